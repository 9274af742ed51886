"""Site-wide views: the home page, search, robots.txt, the editor's upload, uploaded files."""

import mimetypes
import posixpath

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import resolve, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from django.views.static import serve

from news import library, sharing
from news.articles.models import Article, Pin
from news.cache import lists, page_query, searches
from news.documents.files import PRIVATE_PREFIX
from portal import search as site_search
from portal.content import SOURCES
from portal.context_processors import main_menu
from portal.signin import client_ip

HOME_FEATURED = 5
HOME_LATEST = 8
HOME_PER_CATEGORY = 5
SEARCH_PAGE_SIZE = 10
# Who may upload images through the editor: whoever may write a body that uses it.
EDITOR_PERMISSIONS = (
    "articles.add_article",
    "articles.change_article",
    "pages.add_page",
    "pages.change_page",
)


def home_content():
    """Featured, latest and one block per top-level menu category (its children's articles
    included). Each block shows its pinned articles first, in the editors' order, then its newest;
    no article shows twice on the page. Two queries: the pins, then every list's newest and the
    pinned articles at once, sorted out here."""
    lists(Article)
    lists(Pin)
    pins = {}
    for place, category_id, article_id in Pin.objects.active().values_list(
        "place", "category_id", "article_id"
    ):
        pins.setdefault((place, category_id), []).append(article_id)
    pinned = {pk for ids in pins.values() for pk in ids}
    published = Article.objects.published()
    blocks = [(entry, {entry.pk, *(child.pk for child in entry.children)}) for entry in main_menu()]
    # A block loses to the blocks above it at most what they show: read that many more.
    taken = HOME_FEATURED + HOME_LATEST + len(pinned)
    newest = [
        published.filter(is_featured=True).values("pk")[: HOME_FEATURED + len(pinned)],
        published.values("pk")[:taken],
        *(
            published.filter(category_id__in=ids).values("pk")[: HOME_PER_CATEGORY + taken]
            for _entry, ids in blocks
        ),
    ]
    if pinned:
        newest.append(published.filter(pk__in=pinned).values("pk"))
    articles = list(published.for_listing().among(*newest))
    by_pk = {article.pk: article for article in articles}
    shown = set()

    def fill(place, candidates, size, category_id=None):
        chosen = [by_pk[pk] for pk in pins.get((place, category_id), ()) if pk in by_pk]
        chosen += candidates
        block = []
        for article in chosen:
            if len(block) == size:
                break
            if article.pk not in shown:
                shown.add(article.pk)
                block.append(article)
        return block

    featured = fill(Pin.Place.FEATURED, [a for a in articles if a.is_featured], HOME_FEATURED)
    latest = fill(Pin.Place.LATEST, articles, HOME_LATEST)
    category_blocks = []
    for entry, ids in blocks:
        in_block = [article for article in articles if article.category_id in ids]
        block = fill(Pin.Place.CATEGORY, in_block, HOME_PER_CATEGORY, entry.pk)
        if block:
            category_blocks.append({"category": entry, "articles": block})
    return {"featured": featured, "latest": latest, "category_blocks": category_blocks}


def home(request):
    return render(request, "portal/home.html", {"home": home_content()})


@page_query("q", "kind", "category", "start", "end", "page", skip=["q"])
@require_safe
def search(request):
    """/tim-kiem/?q=...: published items of every content type, without or with diacritics.

    Reads the GET parameters q, kind, category, start, end and page, and nothing else."""
    for source in SOURCES:
        searches(source.model)
    form = site_search.SearchForm(request.GET or None, menu=main_menu())
    context = {"form": form, "query": "", "notice": "", "page_obj": None, "results": []}
    if form.is_bound and form.is_valid():
        text = form.cleaned_data["q"]
        query = site_search.Query.parse(text)
        context.update(query=text, notice=form.notice)
        if text and not query:
            context["notice"] = _("Hãy nhập từ khóa có chữ hoặc số.")
        if query:
            filters = form.filters()
            matches = site_search.search(query, **filters)
            page = Paginator(matches, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
            context["page_obj"] = page
            context["capped"] = page.paginator.count >= site_search.MAX_RESULTS
            if page.paginator.count < site_search.FEW_RESULTS:
                suggestion = site_search.suggestion(query, filters)
                if suggestion:
                    params = request.GET.copy()
                    params["q"] = suggestion[0]
                    params.pop("page", None)
                    context["suggestion"] = suggestion[0]
                    context["suggestion_url"] = f"{reverse('search')}?{params.urlencode()}"
            context["results"] = []
            for source, obj in site_search.results(page.object_list):
                title, snippet = site_search.shown(source, obj, query)
                context["results"].append(
                    {"object": obj, "label": source.label, "title": title, "snippet": snippet}
                )
    return render(request, "portal/search.html", context)


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Disallow: {reverse('search')}",
        f"Disallow: {reverse('editor_upload')}",
        f"Disallow: {reverse('shared', args=['x']).rsplit('/', 2)[0]}/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def shared(request, token):
    """/duyet/<token>/: one item's public page as it stands now, for the holder of a share link
    (news.sharing). Read through the item's own view, which lets the link's item through
    (news.workflow.openable); never cached, never indexed."""
    opened = sharing.open_link(
        token, address=client_ip(request) or None, user_agent=request.headers.get("User-Agent", "")
    )
    if opened is None:
        response = render(request, "portal/share_gone.html", status=410)
    else:
        obj, link = opened
        request.shared_item, request.share_link = obj, link
        match = resolve(obj.get_absolute_url())
        response = match.func(request, *match.args, **match.kwargs)
        if hasattr(response, "render"):
            response.render()
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _upload_error(message, status=400):
    return JsonResponse({"error": {"message": str(message)}}, status=status)


@require_POST
@login_required
def editor_upload(request):
    """Store an image inserted in the rich-text editor, after the same checks as any upload.

    Answers in the shape CKEditor 5's upload adapter reads: {"urls": {"default": ...,
    "480": ..., ...}} or {"error": {"message": ...}}, which the editor shows to the writer.
    The editor writes the numbered (WebP) renditions into the image's `srcset`, the default
    (a JPEG or PNG no wider than 1600 pixels) into its `src`.
    """
    user = request.user
    if not (user.is_staff and any(user.has_perm(perm) for perm in EDITOR_PERMISSIONS)):
        return _upload_error(_("Bạn không có quyền tải ảnh lên."), status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _upload_error(_("Không nhận được tệp ảnh nào."))
    try:
        media = library.store_image(upload, folder="editor", origin=_("Ảnh trong bài viết"))
    except ValidationError as error:
        return _upload_error(" ".join(error.messages))
    return JsonResponse({"urls": editor_urls(media)})


def editor_urls(media):
    """The addresses CKEditor writes for a library image: the WebP widths for `srcset`, the
    largest JPEG or PNG (at most 1600 pixels wide) for `src`."""
    record = media.renditions
    urls = {str(width): default_storage.url(stored) for width, stored in record.get("webp", [])}
    fallback = record.get("fallback")
    urls["default"] = default_storage.url(fallback[-1][1] if fallback else media.file.name)
    return urls


# Types a browser may show inline; anything else in the media folder is sent as a download.
INLINE_MEDIA_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf"}


@require_safe
def media(request, path):
    """An uploaded file, typed by its (safe, generated) name and never sniffed or run.

    Uploads get a random suffix, so the bytes behind a URL never change: browsers and a CDN may
    keep them for a month.
    """
    if posixpath.normpath(path).lstrip("/").startswith(PRIVATE_PREFIX):
        raise Http404  # documents' files: through their download view only
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as unreadable:  # a name longer than the file system allows, say
        raise Http404 from unreadable
    content_type, _encoding = mimetypes.guess_type(path)
    if content_type not in INLINE_MEDIA_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["Cache-Control"] = "public, max-age=2592000"
    return response
