"""Keywords ("Từ khóa"): tag pages, "Tin liên quan", the admin, the demo content."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from news.articles.models import Article, Tag
from news.publishing import Status
from tests.articles.test_views import main_column, queries_for
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def tagged(title, *tags, **fields):
    article = make_article(title, **fields)
    article.tags.set(tags)
    return article


def test_a_tag_gets_an_ascii_slug_and_one_spelling_per_keyword():
    tag = Tag(name="  Đảng   viên ")
    tag.full_clean()
    tag.save()
    assert (tag.name, tag.slug) == ("Đảng viên", "dang-vien")
    assert tag.get_absolute_url() == "/tu-khoa/dang-vien/"
    with pytest.raises(ValidationError, match="Từ khóa này đã có."):
        Tag(name="đảng viên").full_clean()
    with pytest.raises(ValidationError, match="ít nhất một chữ cái"):
        Tag(name="!!!").full_clean()


def test_tag_page_lists_the_published_articles_of_the_tag_newest_first(client):
    tag = Tag.objects.create(name="Chuyển đổi số")
    older = tagged("Tin cũ", tag, days_ago=5)
    newer = tagged("Tin mới", tag, days_ago=1)
    tagged("Bản nháp", tag, published=False)
    tagged("Tin hẹn giờ", tag, days_ago=-1)
    make_article("Tin không gắn từ khóa")
    response = client.get("/tu-khoa/chuyen-doi-so/")
    html = main_column(response)
    assert response.status_code == 200
    assert "Từ khóa: Chuyển đổi số" in html
    assert html.index(newer.title) < html.index(older.title)
    for hidden in ("Bản nháp", "Tin hẹn giờ", "Tin không gắn từ khóa"):
        assert hidden not in html


def test_unknown_tag_is_404(client):
    assert client.get("/tu-khoa/khong-co/").status_code == 404


def test_article_page_links_its_tags(client):
    article = tagged("Tin", Tag.objects.create(name="Đảng viên"))
    html = main_column(client.get(article.get_absolute_url()))
    assert "Từ khóa:" in html
    assert '<a class="tags__tag" href="/tu-khoa/dang-vien/">Đảng viên</a>' in html


def test_related_articles_share_keywords_most_shared_first_then_same_category(client):
    home_category = make_category("Xây dựng Đảng")
    other_category = make_category("Đoàn thể")
    a, b, c = (Tag.objects.create(name=n) for n in ("Đảng viên", "Kết nạp", "Thanh niên"))
    article = tagged("Bài đang đọc", a, b, c, category=home_category)
    two_shared = tagged("Chung hai từ khóa", a, b, category=other_category, days_ago=9)
    one_same_category = tagged("Chung một, cùng chuyên mục", a, category=home_category, days_ago=8)
    one_newer = tagged("Chung một, mới hơn", c, category=other_category, days_ago=1)
    one_older = tagged("Chung một, cũ hơn", b, category=other_category, days_ago=7)
    tagged("Bản nháp chung từ khóa", a, b, c, published=False)
    make_article("Cùng chuyên mục, không chung từ khóa", category=home_category)

    assert list(article.related()) == [two_shared, one_same_category, one_newer, one_older]
    html = main_column(client.get(article.get_absolute_url()))
    related = html.split("Tin liên quan")[1].split("</section>")[0]
    assert related.index(two_shared.title) < related.index(one_older.title)
    assert "Bản nháp chung từ khóa" not in html
    # "Các tin khác" does not repeat what "Tin liên quan" shows.
    others = html.split("Các tin khác")[1]
    assert "Cùng chuyên mục, không chung từ khóa" in others
    assert one_same_category.title not in others


def test_an_article_without_keywords_has_no_related_section(client):
    article = make_article("Tin lẻ")
    assert "Tin liên quan" not in main_column(client.get(article.get_absolute_url()))


def test_article_and_tag_pages_query_count_does_not_grow_with_tags(client):
    tag = Tag.objects.create(name="Đảng viên")
    category = make_category()
    article_counts, tag_counts = [], []
    for total in (3, 40):
        for n in range(Article.objects.count(), total):
            Tag.objects.create(name=f"Từ khóa {n}")
            tagged(f"Bài {n}", tag, *Tag.objects.all()[:5], category=category, days_ago=n + 1)
        first = Article.objects.published().first()
        article_counts.append(queries_for(client, first.get_absolute_url()))
        tag_counts.append(queries_for(client, tag.get_absolute_url()))
    assert article_counts[0] == article_counts[1]
    assert tag_counts[0] == tag_counts[1]


def test_admin_picks_tags_with_autocomplete(admin_client):
    Tag.objects.create(name="Đảng viên")
    Tag.objects.create(name="Thanh niên")
    page = admin_client.get("/admin/articles/article/add/").content.decode()
    assert 'data-model-ref="tag"' in page and 'class="admin-autocomplete"' in page
    found = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "article", "field_name": "tags", "term": "Đảng"},
    ).json()
    assert [r["text"] for r in found["results"]] == ["Đảng viên"]


def test_admin_refuses_a_duplicate_keyword_in_vietnamese(admin_client):
    Tag.objects.create(name="Đảng viên")
    response = admin_client.post("/admin/articles/tag/add/", {"name": "ĐẢNG VIÊN"})
    assert response.status_code == 200
    assert "Từ khóa này đã có." in response.content.decode()
    assert Tag.objects.count() == 1


def test_load_demo_attaches_keywords_once(client):
    call_command("load_demo")
    counts = (Tag.objects.count(), Article.tags.through.objects.count())
    assert counts[0] > 20 and counts[1] >= 40
    call_command("load_demo")
    assert (Tag.objects.count(), Article.tags.through.objects.count()) == counts
    article = Article.objects.get(title="Đảng ủy Khối sơ kết công tác 6 tháng đầu năm 2021")
    assert {t.name for t in article.tags.all()} == {
        "sơ kết 6 tháng",
        "Đảng ủy Khối",
        "phòng chống dịch",
    }
    shared = Tag.objects.get(slug="xay-dung-dang")
    assert shared.articles.count() >= 2
    page = main_column(client.get(shared.get_absolute_url()))
    assert all(a.title in page for a in shared.articles.all())


def test_tag_page_follows_publishing_by_time(client):
    tag = Tag.objects.create(name="Hẹn giờ")
    article = tagged("Tin hẹn giờ", tag, days_ago=-1)
    assert article.title not in main_column(client.get(tag.get_absolute_url()))
    Article.objects.filter(pk=article.pk).update(
        publish_at=timezone.now() - timedelta(minutes=1), status=Status.PUBLISHED
    )
    assert article.title in main_column(client.get(tag.get_absolute_url()))


@pytest.mark.parametrize(
    "hidden",
    [
        {"status": Status.DRAFT},
        {"status": Status.REVIEW},
        {"status": Status.UNPUBLISHED},
        {"status": Status.PUBLISHED, "days_ago": -2},
    ],
    ids=["draft", "review", "unpublished", "scheduled"],
)
def test_a_keyword_used_only_by_unpublished_articles_is_404(client, hidden):
    tag = Tag.objects.create(name="Nhân sự mới")
    article = tagged("Tin chưa công bố", tag, **hidden)
    assert client.get(tag.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(
        status=Status.PUBLISHED, publish_at=timezone.now() - timedelta(minutes=1)
    )
    assert client.get(tag.get_absolute_url()).status_code == 200
