import datetime
from zoneinfo import ZoneInfo

import pytest

from news.text import date_line, fold, parse_date_line, slugify

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đảng ủy Khối các Cơ quan", "dang-uy-khoi-cac-co-quan"),
        ("Tổng kết giai đoạn 2016-2020", "tong-ket-giai-doan-2016-2020"),
        ("  Hội nghị: “Học tập và làm theo Bác”!  ", "hoi-nghi-hoc-tap-va-lam-theo-bac"),
        ("ĐOÀN THANH NIÊN — Tuổi trẻ", "doan-thanh-nien-tuoi-tre"),
        ("Nghị quyết 05-CT/TW", "nghi-quyet-05-ct-tw"),
        ("Ưu tiên ươm mầm", "uu-tien-uom-mam"),
    ],
)
def test_slug_from_vietnamese_title(title, slug):
    assert slugify(title) == slug


def test_slug_of_decomposed_text_matches_composed():
    composed = "Đảng viên"
    decomposed = "Đa\u0309ng vie\u0302n"  # decomposed marks, as some keyboards type them
    assert slugify(composed) == "dang-vien"
    assert slugify(decomposed) == "dang-vien"


def test_fold_maps_d_with_stroke():
    assert fold("Đảng viên Nam Định") == "Dang vien Nam Dinh"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.datetime(2021, 10, 25, 8, 0, tzinfo=VN), "Thứ 2, Ngày 25/10/2021"),
        (datetime.datetime(2021, 10, 30, 8, 0, tzinfo=VN), "Thứ 7, Ngày 30/10/2021"),
        (datetime.datetime(2021, 10, 31, 8, 0, tzinfo=VN), "Chủ nhật, Ngày 31/10/2021"),
        (datetime.datetime(2021, 11, 3, 8, 0, tzinfo=VN), "Thứ 4, Ngày 03/11/2021"),
    ],
)
def test_date_line(day, expected):
    assert date_line(day) == expected


def test_date_line_uses_vietnam_time_not_utc():
    # 20:00 UTC on Sunday 24 October is already Monday 25 October in Hà Nội.
    utc_evening = datetime.datetime(2021, 10, 24, 20, 0, tzinfo=datetime.UTC)
    assert date_line(utc_evening) == "Thứ 2, Ngày 25/10/2021"


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("Thứ 2, Ngày 25 / 10 / 2021", datetime.datetime(2021, 10, 25, tzinfo=VN)),
        ("Thứ 2, Ngày 25/10/2021", datetime.datetime(2021, 10, 25, tzinfo=VN)),
        ("Ngày 25/10/2021", datetime.datetime(2021, 10, 25, tzinfo=VN)),
        ("25-10-2021", datetime.datetime(2021, 10, 25, tzinfo=VN)),
        ("Chủ nhật, ngày 24/10/2021 - 08:15", datetime.datetime(2021, 10, 24, 8, 15, tzinfo=VN)),
        ("Cập nhật lúc 8h30 ngày 25.10.2021", datetime.datetime(2021, 10, 25, 8, 30, tzinfo=VN)),
        ("02:05 CH, 25/10/2021", datetime.datetime(2021, 10, 25, 14, 5, tzinfo=VN)),
        ("Ngày 5 tháng 3 năm 2020", datetime.datetime(2020, 3, 5, tzinfo=VN)),
        ("2021-10-25T08:30:00+07:00", datetime.datetime(2021, 10, 25, 8, 30, tzinfo=VN)),
        ("2021-10-25 01:30", datetime.datetime(2021, 10, 25, 1, 30, tzinfo=VN)),
    ],
)
def test_date_lines_of_old_portals_are_read(line, moment):
    assert parse_date_line(line) == moment


@pytest.mark.parametrize("line", ["", "Thứ 2", "31/02/2021", "Tin tức 2021", "99/99/9999"])
def test_what_is_not_a_date_gives_none(line):
    assert parse_date_line(line) is None
