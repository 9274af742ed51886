"""The video URL parser: every accepted form, and the tricks it must refuse."""

import pytest
from django.core.exceptions import ValidationError

from news.videos.providers import embed_url, parse_video_url, thumbnail_url

ID = "dQw4w9WgXcQ"


@pytest.mark.parametrize(
    ("url", "provider", "video_id", "start"),
    [
        (f"https://www.youtube.com/watch?v={ID}", "youtube", ID, 0),
        (f"https://youtube.com/watch?v={ID}", "youtube", ID, 0),
        (f"http://www.youtube.com/watch?v={ID}", "youtube", ID, 0),
        (f"www.youtube.com/watch?v={ID}", "youtube", ID, 0),
        (f"  https://www.youtube.com/watch?v={ID}  ", "youtube", ID, 0),
        (f"https://WWW.YouTube.com/watch?v={ID}", "youtube", ID, 0),
        (f"https://www.youtube.com/watch?v={ID}&t=42s", "youtube", ID, 42),
        (f"https://www.youtube.com/watch?v={ID}&t=1m30s", "youtube", ID, 90),
        (f"https://www.youtube.com/watch?v={ID}&t=1h2m3s", "youtube", ID, 3723),
        (
            f"https://www.youtube.com/watch?feature=share&v={ID}&list=PL1234&index=2",
            "youtube",
            ID,
            0,
        ),
        (f"https://m.youtube.com/watch?v={ID}&feature=youtu.be", "youtube", ID, 0),
        (f"https://youtu.be/{ID}", "youtube", ID, 0),
        (f"https://youtu.be/{ID}?t=42", "youtube", ID, 42),
        (f"https://youtu.be/{ID}?si=AbCdEfGh12345", "youtube", ID, 0),
        (f"https://www.youtube.com/shorts/{ID}", "youtube", ID, 0),
        (f"https://youtube.com/shorts/{ID}?feature=share", "youtube", ID, 0),
        (f"https://www.youtube.com/embed/{ID}", "youtube", ID, 0),
        (f"https://www.youtube.com/embed/{ID}?start=30&rel=0", "youtube", ID, 30),
        (f"https://www.youtube.com/live/{ID}?feature=shared", "youtube", ID, 0),
        (f"https://m.youtube.com/shorts/{ID}", "youtube", ID, 0),
        ("https://www.youtube.com/watch?v=Hx9_kP2dZ0a", "youtube", "Hx9_kP2dZ0a", 0),
        ("https://vimeo.com/583920147", "vimeo", "583920147", 0),
        ("https://www.vimeo.com/583920147#t=65s", "vimeo", "583920147", 65),
        ("https://player.vimeo.com/video/583920147", "vimeo", "583920147", 0),
        ("https://vimeo.com/channels/staffpicks/583920147", "vimeo", "583920147", 0),
        ("https://www.facebook.com/watch/?v=1234567890123456", "facebook", "1234567890123456", 0),
        ("https://www.facebook.com/watch?v=1234567890123456", "facebook", "1234567890123456", 0),
        ("https://www.facebook.com/baonhandan/videos/1234567890/", "facebook", "1234567890", 0),
        (
            "https://m.facebook.com/baonhandan/videos/hoi-nghi-tong-ket/1234567890/",
            "facebook",
            "1234567890",
            0,
        ),
        ("https://web.facebook.com/reel/987654321012345", "facebook", "987654321012345", 0),
        ("https://www.facebook.com/video.php?v=1234567890", "facebook", "1234567890", 0),
    ],
)
def test_accepted_forms(url, provider, video_id, start):
    parsed = parse_video_url(url)
    assert (parsed.provider, parsed.video_id, parsed.start) == (provider, video_id, start)


def refusal(url):
    with pytest.raises(ValidationError) as error:
        parse_video_url(url)
    return " ".join(error.value.messages)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (f"https://youtube.com.evil.test/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://evilyoutube.com/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://www.youtube.com@evil.test/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://evil.test@www.youtube.com/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://user:pass@www.youtube.com/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://evil.test\\@www.youtube.com/watch?v={ID}", "không hợp lệ"),
        (f"https://www.yоutube.com/watch?v={ID}", "Chỉ nhận video trên YouTube"),  # Cyrillic о
        (f"https://www.youtube.com:8443/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://xn--youtube-3ya.com/watch?v={ID}", "Chỉ nhận video trên YouTube"),
        (f"https://dailymotion.com/video/{ID}", "Chỉ nhận video trên YouTube"),
        ("javascript:alert(document.cookie)", "http:// hoặc https://"),
        ("JaVaScRiPt:alert(1)//https://www.youtube.com/watch?v=" + ID, "http:// hoặc https://"),
        ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "http:// hoặc https://"),
        ("ftp://www.youtube.com/watch?v=" + ID, "http:// hoặc https://"),
        (
            f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{ID}"></iframe>',
            "không dán mã nhúng <iframe>",
        ),
        ("https://www.youtube.com/watch?v=dQw4w9WgX\"'", "không hợp lệ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload%3D", "Không tìm thấy mã video"),
        ("https://www.youtube.com/embed/dQw4w9WgXc%27", "Không tìm thấy mã video"),
        ("https://www.youtube.com/watch?v=short", "Không tìm thấy mã video"),
        ("https://www.youtube.com/watch", "Không tìm thấy mã video"),
        ("https://www.youtube.com/channel/UC1234567890", "Không tìm thấy mã video"),
        ("https://vimeo.com/abc", "Không tìm thấy mã video"),
        ("https://www.facebook.com/baonhandan", "Không tìm thấy mã video"),
        ("https://fb.watch/abcDEF123/", "fb.watch"),
        ("https://www.youtube.com/watch?v=" + ID + "&x=" + "a" * 2100, "quá dài"),
        ("", "không hợp lệ"),
        ("https:///watch?v=" + ID, "Chỉ nhận video trên YouTube"),
    ],
)
def test_refused_forms_say_why(url, message):
    assert message in refusal(url)


def test_the_player_and_thumbnail_come_from_the_provider_and_id_only():
    assert embed_url("youtube", ID, 42) == f"https://www.youtube-nocookie.com/embed/{ID}?start=42"
    assert embed_url("vimeo", "583920147") == "https://player.vimeo.com/video/583920147"
    assert embed_url("facebook", "123").startswith(
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch"
    )
    assert thumbnail_url("youtube", ID) == f"https://i.ytimg.com/vi/{ID}/hqdefault.jpg"
    assert thumbnail_url("vimeo", "583920147") == ""
