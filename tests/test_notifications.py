"""Notifications: on assignment, and when a matching claim is decided; mail and webhook, after commit."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.urls import reverse

from claims import notify, tasks
from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import assign_claim, change_claim_status
from provenance.models import ClaimMatch, MatchState, Source, SourceType

pytestmark = pytest.mark.django_db


class Hook:
    """A webhook on 127.0.0.1 that records what it is sent and answers `status`."""

    def __init__(self, status: int = 200) -> None:
        self.status, self.bodies = status, []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                hook.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(hook.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook():
    h = Hook()
    yield h
    h.close()


def closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/hook"


def claim_in(title: str, publisher: str, text: str, status: str = ClaimStatus.UNVERIFIED) -> Claim:
    outlet = Source.objects.get_or_create(canonical_name=publisher, type=SourceType.NEWS_OUTLET)[0]
    article = Article.objects.create(title=title, body=text, body_sha256=f"{Article.objects.count():064d}",
                                     publisher=outlet)
    return Claim.objects.create(article=article, ordinal=0, start=0, end=len(text), text=text, text_hash="h",
                                status=status)


def match(a: Claim, b: Claim, state: str = MatchState.SUGGESTED) -> None:
    ClaimMatch.objects.create(claim=a, other=b, score=0.9, state=state)
    ClaimMatch.objects.create(claim=b, other=a, score=0.9, state=state)


@pytest.fixture
def people(editor, fact_checker):
    editor.email, fact_checker.email = "ed@example.org", "fc@example.org"
    editor.save()
    fact_checker.save()
    return editor, fact_checker


def test_assignment_mails_the_assignee_after_commit(people, django_capture_on_commit_callbacks):
    editor, fc = people
    claim = claim_in("Bridge story", "Courier", "The bridge will close for 90 days.")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assign_claim(claim_id=claim.pk, actor=editor, assignee=fc)
    assert mail.outbox == []  # nothing is sent before the change commits
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["fc@example.org"]
    assert f"#{claim.pk}" in message.subject
    assert "ed assigned you" in message.body and "The bridge will close for 90 days." in message.body
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in message.body


def test_nobody_is_told_of_their_own_assignment(people, django_capture_on_commit_callbacks):
    _, fc = people
    claim = claim_in("Bridge story", "Courier", "The bridge will close for 90 days.")
    with django_capture_on_commit_callbacks(execute=True):
        assign_claim(claim_id=claim.pk, actor=fc, assignee=fc)
    assert mail.outbox == []


def test_decision_tells_the_assignees_of_open_matching_claims(people, django_user_model,
                                                            django_capture_on_commit_callbacks):
    editor, fc = people
    decided = claim_in("First report", "Courier", "The mill released 40 tonnes of waste.", ClaimStatus.IN_REVIEW)
    relayed = claim_in("Relay", "Ledger", "The mill released 40 tonnes of waste, the Courier reported.")
    closed = claim_in("Old relay", "Tribune", "The mill dumped 40 tonnes of waste.", ClaimStatus.VERIFIED)
    unrelated = claim_in("Other", "Tribune", "The council approved a budget.")
    match(decided, relayed)
    match(decided, closed)
    other_fc = django_user_model.objects.create_user("fc2", email="fc2@example.org", is_staff=True)
    Claim.objects.filter(pk=relayed.pk).update(assigned_to=fc)
    Claim.objects.filter(pk__in=[closed.pk, unrelated.pk]).update(assigned_to=other_fc)

    with django_capture_on_commit_callbacks(execute=True):
        change_claim_status(claim_id=decided.pk, actor=editor, to_status=ClaimStatus.FALSE, note="Records say 4.",
                            evidence_url="https://records.example.org/mill")
    assert [m.to for m in mail.outbox] == [["fc@example.org"]]
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "A matching claim was rated false"
    assert f"#{relayed.pk}" in body and f"#{decided.pk}" in body
    assert "Records say 4." in body and "https://records.example.org/mill" in body


def test_rejected_matches_and_non_verdicts_tell_nobody(people, django_capture_on_commit_callbacks):
    editor, fc = people
    a = claim_in("A", "Courier", "The port handled 2 million containers.", ClaimStatus.IN_REVIEW)
    b = claim_in("B", "Ledger", "The port handled 2 million containers last year.")
    match(a, b, MatchState.REJECTED)
    Claim.objects.filter(pk=b.pk).update(assigned_to=fc)
    with django_capture_on_commit_callbacks(execute=True):
        change_claim_status(claim_id=a.pk, actor=editor, to_status=ClaimStatus.VERIFIED,
                            evidence_url="https://records.example.org/port")
    c = claim_in("C", "Courier", "Ferries will run hourly.", ClaimStatus.IN_REVIEW)
    d = claim_in("D", "Ledger", "Ferries will run every hour.")
    match(c, d)
    Claim.objects.filter(pk=d.pk).update(assigned_to=fc)
    with django_capture_on_commit_callbacks(execute=True):
        change_claim_status(claim_id=c.pk, actor=editor, to_status=ClaimStatus.NOT_A_CLAIM)
    assert mail.outbox == []


def test_webhook_gets_one_json_message_per_event(people, hook, settings, django_capture_on_commit_callbacks):
    editor, fc = people
    settings.NOTIFY_WEBHOOK_URL = hook.url
    claim = claim_in("Bridge story", "Courier", "The bridge will close for 90 days.")
    with django_capture_on_commit_callbacks(execute=True):
        assign_claim(claim_id=claim.pk, actor=editor, assignee=fc)
    assert len(hook.bodies) == 1
    assert set(hook.bodies[0]) == {"text"}
    assert f"claim #{claim.pk} to fc" in hook.bodies[0]["text"]


def test_webhook_errors_are_sorted_into_transient_and_refused(settings):
    settings.NOTIFY_WEBHOOK_TIMEOUT = 2
    for status, error in [(500, notify.TransientDeliveryError), (503, notify.TransientDeliveryError),
                          (429, notify.TransientDeliveryError), (400, notify.DeliveryRefused),
                          (404, notify.DeliveryRefused)]:
        h = Hook(status)
        try:
            with pytest.raises(error):
                notify.post_webhook("hello", url=h.url)
        finally:
            h.close()
    with pytest.raises(notify.TransientDeliveryError):
        notify.post_webhook("hello", url=closed_port_url())
    assert notify.post_webhook("hello", url="") is False


def _assignment_event(people) -> ReviewEvent:
    editor, fc = people
    claim = claim_in("Bridge story", "Courier", "The bridge will close for 90 days.")
    assign_claim(claim_id=claim.pk, actor=editor, assignee=fc)  # on_commit never runs here: no delivery
    return ReviewEvent.objects.get(claim=claim, action=ReviewAction.ASSIGNED)


def test_a_worker_retries_a_transient_failure_with_backoff(people, settings, monkeypatch):
    event = _assignment_event(people)
    settings.NOTIFY_WEBHOOK_URL = closed_port_url()
    asked = {}

    def fake_retry(exc=None, countdown=None, **kwargs):  # noqa: ANN001, ANN003
        asked.update(exc=exc, countdown=countdown)
        return Retry(exc=exc)

    monkeypatch.setattr(tasks.deliver_webhook, "retry", fake_retry)
    tasks.deliver_webhook.push_request(is_eager=False, retries=2)
    try:
        with pytest.raises(Retry):
            tasks.deliver_webhook.run(event.pk)
    finally:
        tasks.deliver_webhook.pop_request()
    assert isinstance(asked["exc"], notify.TransientDeliveryError)
    base = tasks.NOTIFY_BACKOFF * 2**2
    assert base <= asked["countdown"] <= base * 1.5


def test_refused_and_eager_failures_are_not_retried(people, settings, monkeypatch):
    event = _assignment_event(people)
    monkeypatch.setattr(tasks.deliver_webhook, "retry", lambda **kw: pytest.fail("retried"))
    settings.NOTIFY_WEBHOOK_URL = closed_port_url()
    assert tasks.deliver_webhook.apply(args=[event.pk]).get() == "not delivered"  # eager: in the request
    h = Hook(400)
    try:
        settings.NOTIFY_WEBHOOK_URL = h.url
        tasks.deliver_webhook.push_request(is_eager=False, retries=0)
        try:
            assert tasks.deliver_webhook.run(event.pk) == "refused"
        finally:
            tasks.deliver_webhook.pop_request()
    finally:
        h.close()


def test_a_failing_notification_never_fails_the_request(people, client, settings, monkeypatch,
                                                        django_capture_on_commit_callbacks):
    editor, fc = people
    settings.NOTIFY_WEBHOOK_URL = closed_port_url()  # unreachable: the delivery fails in the request
    claim = claim_in("Bridge story", "Courier", "The bridge will close for 90 days.", ClaimStatus.IN_REVIEW)
    relay = claim_in("Relay", "Ledger", "The bridge will close for 90 days, the Courier said.")
    match(claim, relay)
    Claim.objects.filter(pk=relay.pk).update(assigned_to=fc)
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]),
                               {"op": "status", "status-version": claim.version, "status-to_status": "false",
                                "status-note": "", "status-evidence_url": "https://example.org/e"})
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.FALSE
    assert [m.to for m in mail.outbox] == [["fc@example.org"]]  # the mail still went

    from config.celery import app

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise ConnectionError("broker down")

    monkeypatch.setattr(app.tasks["claims.tasks.notify_event"], "apply_async", broken)
    other = claim_in("Tunnel story", "Courier", "The tunnel opens in May.")
    with django_capture_on_commit_callbacks(execute=True):
        assign_claim(claim_id=other.pk, actor=editor, assignee=fc)
    assert Claim.objects.get(pk=other.pk).assigned_to == fc  # the change stands; the log says what was lost
