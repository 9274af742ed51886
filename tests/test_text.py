import datetime
from zoneinfo import ZoneInfo

import pytest

from news.text import date_line, fold, slugify

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
