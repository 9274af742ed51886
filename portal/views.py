"""Site-wide views: the home page and the rich-text editor's image upload."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from news.articles.models import Article
from news.images import normalize_image
from portal.cache import cached
from portal.context_processors import main_menu

HOME_FEATURED = 5
HOME_LATEST = 8
HOME_PER_CATEGORY = 5
# Who may upload images through the editor: whoever may write a body that uses it.
EDITOR_PERMISSIONS = (
    "articles.add_article",
    "articles.change_article",
    "pages.add_page",
    "pages.change_page",
)


def category_blocks():
    """One block per top-level menu category: its newest articles, its children's included."""
    blocks = []
    for category in cached("main-menu", main_menu):
        ids = [category.pk, *(child.pk for child in category.menu_children)]
        articles = list(
            Article.objects.published()
            .for_listing()
            .filter(category_id__in=ids)[:HOME_PER_CATEGORY]
        )
        if articles:
            blocks.append({"category": category, "articles": articles})
    return blocks


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.filter(is_featured=True)[:HOME_FEATURED])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:HOME_LATEST])
    return render(
        request,
        "portal/home.html",
        {"featured": featured, "latest": latest, "category_blocks": category_blocks()},
    )


def _upload_error(message, status=400):
    return JsonResponse({"error": {"message": str(message)}}, status=status)


@require_POST
@login_required
def editor_upload(request):
    """Store an image inserted in the rich-text editor, after the same checks as any upload.

    Answers in the shape CKEditor 5's upload adapter reads: {"url": ...} or
    {"error": {"message": ...}}, which the editor shows to the writer.
    """
    user = request.user
    if not (user.is_staff and any(user.has_perm(perm) for perm in EDITOR_PERMISSIONS)):
        return _upload_error(_("Bạn không có quyền tải ảnh lên."), status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _upload_error(_("Không nhận được tệp ảnh nào."))
    try:
        image = normalize_image(upload)
    except ValidationError as error:
        return _upload_error(" ".join(error.messages))
    name = default_storage.save(f"editor/{timezone.now():%Y/%m}/{image.name}", image)
    return JsonResponse({"url": default_storage.url(name)})
