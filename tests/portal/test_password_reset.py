""" "Quên mật khẩu?": the same answer in the same time for any address, and its limits.

Mail goes to a real SMTP server on loopback that takes its time, as a distant one does."""

import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from portal import roles
from tests.conftest import make_staff
from tests.servers import SMTPServer

pytestmark = pytest.mark.django_db

URL = reverse("admin_password_reset")


@pytest.fixture
def slow_smtp(settings):
    server = SMTPServer(delay=1.5)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield server
    server.close()


def timed_reset(email, ip="203.0.113.5"):
    started = time.perf_counter()
    response = Client().post(URL, {"email": email}, REMOTE_ADDR=ip)
    return response, time.perf_counter() - started


def test_known_and_unknown_addresses_get_the_same_answer_as_fast(slow_smtp):
    make_staff("phongvien", roles.AUTHOR, email="phongvien@example.vn")
    known, known_time = timed_reset("phongvien@example.vn")
    unknown, unknown_time = timed_reset("khong-co@example.vn")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # The mail server greets after 1.5 s: the answer does not wait for it.
    assert known_time < 1.0 and unknown_time < 1.0, (known_time, unknown_time)
    assert slow_smtp.received.wait(10)
    assert len(slow_smtp.messages) == 1 and "phongvien@example.vn" in slow_smtp.messages[0]


def wait_for_mail(count, timeout=5):
    deadline = time.monotonic() + timeout
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return len(mail.outbox)


def test_a_few_requests_per_address_then_no_more_mail_and_the_same_answer(settings):
    make_staff("phongvien", roles.AUTHOR, email="phongvien@example.vn")
    answers = [timed_reset("PhongVien@example.vn", ip=f"198.51.100.{n}")[0] for n in range(1, 6)]
    assert {answer.status_code for answer in answers} == {302}
    assert wait_for_mail(settings.PASSWORD_RESET_ADDRESS_LIMIT) == 3
    time.sleep(0.2)
    assert len(mail.outbox) == 3


def test_a_client_asking_too_often_is_told_to_wait(settings):
    settings.PASSWORD_RESET_CLIENT_LIMIT = 4
    for n in range(4):
        assert timed_reset(f"nguoi{n}@example.vn")[0].status_code == 302
    refused, _elapsed = timed_reset("nguoi9@example.vn")
    assert refused.status_code == 429
    assert "quá nhiều yêu cầu đặt lại mật khẩu" in refused.content.decode()
    # Another client is not affected.
    assert timed_reset("nguoi9@example.vn", ip="198.51.100.77")[0].status_code == 302
