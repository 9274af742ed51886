"""Broken and hostile WordPress exports: a clear Vietnamese message naming the line, a non-zero
exit, and a database exactly as it was."""

import pytest
from django.core.management import CommandError, ManagementUtility

from news.articles.models import Article, Category, Tag
from portal.importers.models import ImportedItem, ImportRun
from portal.redirects.models import Redirect
from tests.importers.archive import archive
from tests.importers.wxr import Item, export

pytestmark = pytest.mark.django_db

MODELS = (Article, Category, Tag, Redirect, ImportedItem, ImportRun)


def snapshot():
    return [sorted(model.objects.values_list("pk", flat=True)) for model in MODELS] + [
        sorted(Article.objects.values_list("title", "body", "status"))
    ]


@pytest.fixture
def earlier(uploads, write_export, run_import):
    """A site that already holds an earlier import, which a broken file must not touch."""
    run_import("import_wordpress", write_export(archive(), "earlier.xml"), media=str(uploads))
    return snapshot()


def refused(path, **options):
    with pytest.raises(CommandError) as error:
        from django.core.management import call_command

        call_command("import_wordpress", path, **options)
    return str(error.value)


def line_of(text, needle):
    return text[: text.index(needle)].count("\n") + 1


def test_a_truncated_export_writes_nothing(earlier, write_export, uploads):
    text = archive().replace("Hội nghị", "Hội nghị mới")
    cut = text[: text.index("<wp:post_id>24</wp:post_id>")]
    message = refused(write_export(cut), media=str(uploads))
    assert f"dòng {cut.count(chr(10)) + 1}" in message
    assert "Không có gì được ghi vào cơ sở dữ liệu" in message
    assert snapshot() == earlier


def test_a_mismatched_tag_is_named_by_its_line(earlier, write_export):
    text = archive().replace("<title>Bài nháp</title>", "<title>Bài nháp</tieude>")
    message = refused(write_export(text))
    assert f"dòng {line_of(text, '</tieude>')}," in message
    assert "thẻ đóng không khớp thẻ mở" in message
    assert snapshot() == earlier


def test_an_undeclared_entity_outside_cdata(write_export):
    text = export([Item(1, "Bài X lỗi", "Nội dung")]).replace("Bài X lỗi", "Bài &nbsp; lỗi")
    message = refused(write_export(text))
    assert f"dòng {line_of(text, '&nbsp;')}," in message
    assert "thực thể (entity) chưa khai báo" in message
    assert not Article.objects.exists()


BILLION_LAUGHS = """<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>"""
EXTERNAL = '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog", [BILLION_LAUGHS, EXTERNAL], ids=["bomb", "external"])
def test_entity_declarations_are_refused(prolog, earlier, write_export):
    text = export([Item(1, "Bài &lol9; &secret;", "Nội dung")], prolog=prolog)
    message = refused(write_export(text))
    assert "khai báo thực thể (entity)" in message and "bị từ chối" in message
    assert f"dòng {line_of(text, '<!ENTITY')}" in message
    assert "root:" not in message
    assert snapshot() == earlier


def test_a_file_that_is_not_a_wordpress_export(write_export):
    rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title></channel></rss>'
    assert "không có dữ liệu WordPress" in refused(write_export(rss))
    html = "<html><body><p>Trang web</p></body></html>"
    assert "không phải tệp xuất WordPress" in refused(write_export(html, "trang.xml"))
    assert "Không thấy tệp" in refused("/khong/co/tep.xml")


def test_the_command_exits_non_zero_with_the_message(write_export, capsys, monkeypatch):
    # The command closes every connection on its way out, the test's own included.
    monkeypatch.setattr("django.db.connections.close_all", lambda: None)
    path = write_export(export([Item(1, "Bài", "Nội dung")])[:-40])
    with pytest.raises(SystemExit) as exit_status:
        ManagementUtility(["manage.py", "import_wordpress", path]).execute()
    assert exit_status.value.code == 1
    assert "Tệp xuất WordPress không đọc được: dòng" in capsys.readouterr().err
    assert not Article.objects.exists()


def test_hostile_content_is_sanitized_like_the_editors(write_export, run_import, client):
    body = (
        '<p onclick="steal()">Chữ <script>alert(1)</script><a href="javascript:alert(2)">x</a>'
        '<iframe src="https://evil.example"></iframe><img src="data:image/png;base64,AAAA" '
        'onerror="alert(3)"></p>'
    )
    run_import(
        "import_wordpress", write_export(export([Item(1, "<b>Tiêu đề</b>", body, name="x")]))
    )
    article = Article.objects.get()
    assert article.title == "Tiêu đề"
    for bad in ("script", "onclick", "javascript:", "iframe", "onerror", "data:"):
        assert bad not in article.body
    assert "alert" not in client.get(article.get_absolute_url()).content.decode().split("<main")[1]
