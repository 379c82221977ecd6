"""Who the client is (TRUSTED_PROXIES), and what counts against that address: invalid tokens,
the API throttles and the login lockout."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from config.security import ThrottledTokenAuthentication, client_address, throttle_key

API = "/api/v1"
PROXY = "10.0.0.5"


def request_from(remote: str, xff: str | None = None):  # noqa: ANN201
    extra = {"REMOTE_ADDR": remote}
    if xff is not None:
        extra["HTTP_X_FORWARDED_FOR"] = xff
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("trusted", "remote", "xff", "expected"),
    [
        # No trusted proxy: the header is the client's own word and is ignored.
        ([], "203.0.113.9", "198.51.100.1", "203.0.113.9"),
        # Behind our proxy: the address the proxy saw (the rightmost entry).
        ([PROXY], PROXY, "198.51.100.1", "198.51.100.1"),
        # A client forging the header only adds entries to the left of what the proxy appended.
        ([PROXY], PROXY, "1.2.3.4, 198.51.100.1", "198.51.100.1"),
        # Two trusted hops (a CDN network, then our proxy): both are skipped.
        (["192.0.2.0/24", PROXY], PROXY, "198.51.100.7, 192.0.2.44", "198.51.100.7"),
        # A request from the proxy without the header is the proxy's own.
        ([PROXY], PROXY, None, PROXY),
        # Garbage where an address should be: the nearest address that could be checked.
        ([PROXY], PROXY, "198.51.100.1, not-an-ip", PROXY),
        # A trusted hop that is itself the last entry (every hop trusted): the leftmost we reached.
        ([PROXY, "192.0.2.0/24"], PROXY, "192.0.2.1", "192.0.2.1"),
        # IPv6, and IPv4 seen through an IPv6 socket.
        (["::1"], "::1", "2001:db8::1", "2001:db8::1"),
        ([], "::ffff:198.51.100.3", None, "198.51.100.3"),
        # No address at all (an in-process login): None, which django-axes stores as no address.
        ([], "", None, None),
    ],
)
def test_client_address_policy(settings, trusted, remote, xff, expected):
    settings.TRUSTED_PROXIES = trusted
    assert client_address(request_from(remote, xff)) == expected


def test_requests_without_an_address_share_one_throttle_key():
    assert throttle_key(request_from("")) == "unknown"


@pytest.mark.django_db
def test_a_login_without_a_request_address_is_recorded_without_one(editor, client):
    # Django's test client and scripts log in with an empty HttpRequest: axes must store NULL,
    # not "unknown", which PostgreSQL's inet column refuses.
    from axes.models import AccessLog
    from django.contrib.auth import login
    from django.http import HttpRequest

    request = HttpRequest()
    request.session = client.session
    login(request, editor, backend="django.contrib.auth.backends.ModelBackend")
    assert AccessLog.objects.get().ip_address is None


@pytest.mark.django_db
def test_junk_tokens_throttle_only_further_junk_never_a_valid_credential(viewer, settings):
    # The attack: 80 random tokens from one address, then every valid token, session and
    # anonymous schema read from that address got 429 for 15 minutes.
    settings.TRUSTED_PROXIES = [PROXY]
    attacker = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
    attacker.credentials(HTTP_AUTHORIZATION="Token " + "f" * 40)
    codes = [attacker.get(API + "/claims/").status_code for _ in range(ThrottledTokenAuthentication.limit + 5)]
    assert codes[: ThrottledTokenAuthentication.limit] == [401] * ThrottledTokenAuthentication.limit
    assert set(codes[ThrottledTokenAuthentication.limit:]) == {429}
    throttled = attacker.get(API + "/claims/")
    assert throttled.status_code == 429 and 0 < int(throttled["Retry-After"]) <= ThrottledTokenAuthentication.window

    key = Token.objects.create(user=viewer).key
    # Everyone else behind the same proxy: another client address, so not counted with the attacker.
    colleague = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.10")
    colleague.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert colleague.get(API + "/claims/").status_code == 200
    # Even from the attacker's own address, a valid token, a session and an anonymous read pass.
    same = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
    same.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert same.get(API + "/claims/").status_code == 200
    session = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
    assert session.login(username="vi", password="pw-vi-123456")
    assert session.get(API + "/claims/").status_code == 200
    assert APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66").get(
        API + "/schema/").status_code == 200


@pytest.mark.django_db
def test_api_throttles_count_per_decided_client_address(settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import AnonRateThrottle

    settings.TRUSTED_PROXIES = [PROXY]
    AnonRateThrottle.THROTTLE_RATES = {**api_settings.DEFAULT_THROTTLE_RATES, "anon": "2/hour"}
    try:
        one = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1")
        two = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.2")
        assert [one.get(API + "/schema/").status_code for _ in range(3)] == [200, 200, 429]
        # Behind the same proxy, another client has its own count.
        assert two.get(API + "/schema/").status_code == 200
    finally:
        AnonRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


@pytest.mark.django_db
def test_login_lockout_is_keyed_on_the_decided_client_address(editor, settings):
    # Behind the proxy, five bad passwords from one client locked the user out for everyone.
    settings.TRUSTED_PROXIES = [PROXY]
    login = "/admin/login/?next=/admin/"
    guesser = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
    codes = [guesser.post(login, {"username": "ed", "password": "wrong"}).status_code
             for _ in range(settings.AXES_FAILURE_LIMIT)]
    assert codes[-1] == 429
    assert guesser.post(login, {"username": "ed", "password": "pw-ed-123456"}).status_code == 429
    # The real user, behind the same proxy from another address, still logs in.
    real = APIClient(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.10")
    assert real.post(login, {"username": "ed", "password": "pw-ed-123456"}).status_code == 302
    # The lockout is recorded against the client, not the proxy.
    from axes.models import AccessAttempt

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}
    assert get_user_model().objects.filter(username="ed").exists()
