"""Request hygiene, the client's address, and brute-force protection shared by the API and the admin.

- RequestSafetyMiddleware: a query string with a NUL byte or invalid UTF-8, or a malformed or
  oversized Content-Length, is answered 400/413 before any view or database sees it (PostgreSQL
  refuses NUL in text, which would otherwise surface as a 500).
- client_address(): the one decision of who the client is, used by the API throttles, the
  invalid-token counter and django-axes' lockout (AXES_CLIENT_IP_CALLABLE). The policy:
  REMOTE_ADDR is the client unless it is one of TRUSTED_PROXIES; then X-Forwarded-For is read
  from the right, skipping the trusted proxies, and the first address that is not one of them
  is the client. Whatever a client writes into X-Forwarded-For itself lies to the left of what
  our proxies appended, so it is never reached. With TRUSTED_PROXIES empty (the default) the
  header is ignored: behind an unlisted proxy every client would share the proxy's address.
- RequestAwareAxesBackend: django-axes locks out repeated failed logins per (username, client
  address). Logins without an HTTP request (tests' client.login, shell scripts) pass through.
- ThrottledTokenAuthentication: DRF authenticates before it throttles, so guessed tokens would
  never be throttled; this counts invalid tokens per client address and answers 429 to further
  invalid tokens past a limit. A valid token, a session or an anonymous request is never
  refused by that count: the junk of one client must not lock out anyone else.
"""

from __future__ import annotations

import ipaddress
import time
from functools import cache as memoize
from urllib.parse import unquote_to_bytes

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class RequestSafetyMiddleware:
    def __init__(self, get_response) -> None:  # noqa: ANN001
        self.get_response = get_response

    def __call__(self, request):  # noqa: ANN001, ANN204
        problem = self._query_string_problem(request.META.get("QUERY_STRING", ""))
        if problem:
            return JsonResponse({"detail": problem}, status=400)
        raw_length = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(raw_length)
        except ValueError:
            return JsonResponse({"detail": "Content-Length is not a number."}, status=400)
        if length < 0:
            return JsonResponse({"detail": "Content-Length is negative."}, status=400)
        if length > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return JsonResponse(
                {"detail": f"Request body is {length:,} bytes, over the limit of "
                           f"{settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes."},
                status=413,
            )
        return self.get_response(request)

    @staticmethod
    def _query_string_problem(query: str) -> str:
        if not query:
            return ""
        # WSGI hands the query string over as latin-1 text; its bytes are what the client sent.
        raw = unquote_to_bytes(query.replace("+", " ").encode("latin-1", "replace"))
        if b"\x00" in raw:
            return "Query string contains a NUL byte."
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return "Query string is not valid UTF-8."
        return ""


class RequestAwareAxesBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):  # noqa: ANN001, ANN003, ANN201
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@memoize
def trusted_networks(spec: tuple[str, ...]) -> tuple[Network, ...]:
    """TRUSTED_PROXIES entries (addresses or CIDR networks) as networks; settings validated them."""
    return tuple(ipaddress.ip_network(item, strict=False) for item in spec)


def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket is the same client.
    return address.ipv4_mapped or address if isinstance(address, ipaddress.IPv6Address) else address


def client_address(request) -> str | None:  # noqa: ANN001
    """The client's address under the TRUSTED_PROXIES policy (see the module docstring), or None
    for a request without one (an in-process login): django-axes stores None as no address."""
    remote = _parse_ip(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return None
    networks = trusted_networks(tuple(settings.TRUSTED_PROXIES))

    def trusted(address) -> bool:  # noqa: ANN001
        return any(address in network for network in networks)

    client = remote
    if trusted(remote):
        for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            address = _parse_ip(hop)
            if address is None:
                # Our proxies append real addresses; garbage was written by someone else, so the
                # nearest address we could check is as far as the chain can be believed.
                break
            client = address
            if not trusted(address):
                break
    return str(client)


def throttle_key(request) -> str:  # noqa: ANN001
    return client_address(request) or "unknown"


class ClientAnonRateThrottle(AnonRateThrottle):
    def get_ident(self, request) -> str:  # noqa: ANN001
        return throttle_key(request)


class ClientUserRateThrottle(UserRateThrottle):
    def get_ident(self, request) -> str:  # noqa: ANN001
        return throttle_key(request)


class ThrottledTokenAuthentication(TokenAuthentication):
    """Token authentication that answers 429 to a client's further invalid tokens past a limit."""

    limit = 20  # invalid tokens per client address per window
    window = 15 * 60  # seconds

    def authenticate(self, request):  # noqa: ANN001, ANN201
        try:
            # The credential is checked first: a valid token is never refused for others' junk.
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            failures, since = self._count_failure(throttle_key(request))
            if failures > self.limit:
                raise exceptions.Throttled(wait=max(1, since + self.window - time.time())) from None
            raise

    def _count_failure(self, address: str) -> tuple[int, float]:
        """Add one invalid token to the address's window (in the shared cache, so every web
        process counts together); returns the failures so far and when the window began."""
        key = f"bad-token:{address}"
        now = time.time()
        # add() only creates: the first failure starts the window, later ones count into it.
        cache.add(f"{key}:since", now, self.window)
        cache.add(key, 0, self.window)
        try:
            failures = cache.incr(key)
        except ValueError:  # the window expired between add() and incr()
            cache.set(key, 1, self.window)
            cache.set(f"{key}:since", now, self.window)
            failures = 1
        return failures, cache.get(f"{key}:since", now)


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser, with a nesting too deep for the parser (`[` x 100,000) a 400 like any
    other malformed JSON instead of a RecursionError (a 500)."""

    def parse(self, stream, media_type=None, parser_context=None):  # noqa: ANN001, ANN201
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply") from None
