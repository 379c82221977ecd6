"""Who hears of a review event, what they read, and sending it (mail and an optional webhook).

Two events notify people:
- a claim assigned to someone (by someone else): the assignee;
- a claim rated verified, false, misleading or unverifiable: the assignees of the claims matched
  to it (its match group, provenance.selectors.match_groups) that are still open, so that they can
  apply the verdict or decide otherwise. The verdict is never applied for them.

Mail goes through Django's email backend (EMAIL_* settings) to users with an address; each event
with someone to tell is also POSTed, once, to NOTIFY_WEBHOOK_URL (Slack-compatible {"text": ...})
when that is set. The Celery tasks in claims.tasks call these functions with ids only; a delivery
that fails for a reason a later attempt can cure raises TransientDeliveryError, which they retry.
"""

from __future__ import annotations

import json
import smtplib
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse

from provenance.selectors import VERDICT_STATUSES, match_groups

from .models import OPEN_STATUSES, Claim, ClaimStatus, ReviewAction, ReviewEvent


class TransientDeliveryError(Exception):
    """The mail server or the webhook could not be reached, timed out or answered 5xx: try later."""


class DeliveryRefused(Exception):
    """The webhook refused the message (4xx) or the mail server refused it: retrying cannot help."""


@dataclass
class Notice:
    """What one person is told about one event."""

    user_id: int
    username: str
    email: str
    subject: str
    body: str


@dataclass
class EventNotices:
    notices: list[Notice] = field(default_factory=list)
    summary: str = ""  # the webhook's one message for the event ("" when nobody is told)


def _link(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _claim_line(claim: Claim) -> str:
    text = claim.text if len(claim.text) <= 200 else claim.text[:200] + "…"
    return f"#{claim.pk} “{text}”"


def notices_for_event(*, event_id: int) -> EventNotices:
    """Everyone to tell about this event and what each reads; empty when the event concerns nobody."""
    event = ReviewEvent.objects.select_related("actor", "claim__article__publisher", "claim__assigned_to").filter(
        pk=event_id).first()
    if event is None or event.claim is None:
        return EventNotices()
    if event.action == ReviewAction.ASSIGNED:
        return _assigned(event)
    if event.action == ReviewAction.STATUS_CHANGED and event.to_value in VERDICT_STATUSES:
        return _decided(event)
    return EventNotices()


def _actor(event: ReviewEvent) -> str:
    return event.actor.get_username() if event.actor else "the system"


def _assigned(event: ReviewEvent) -> EventNotices:
    claim = event.claim
    assignee = claim.assigned_to
    # Only while the claim is still theirs (a later reassignment notifies the next person), and
    # nobody is told of what they did themselves ("Assign to me").
    if assignee is None or assignee.get_username() != event.to_value or assignee.pk == event.actor_id:
        return EventNotices()
    body = (
        f"{_actor(event)} assigned you claim {_claim_line(claim)}\n"
        f"in “{claim.article}”.\n\n"
        f"Review it: {_link(reverse('admin:claims_claim_change', args=[claim.pk]))}\n"
        f"Your queue: {_link(reverse('my_queue'))}\n"
    )
    notice = Notice(assignee.pk, assignee.get_username(), assignee.email, f"Claim #{claim.pk} assigned to you", body)
    return EventNotices([notice], f"{_actor(event)} assigned claim #{claim.pk} to {assignee.get_username()}: "
                                  f"{_link(reverse('admin:claims_claim_change', args=[claim.pk]))}")


def _decided(event: ReviewEvent) -> EventNotices:
    claim = event.claim
    label = ClaimStatus(event.to_value).label.lower()
    others = match_groups([claim.pk])[claim.pk] - {claim.pk}
    if not others:
        return EventNotices()
    open_claims = (
        Claim.objects.filter(pk__in=others, status__in=OPEN_STATUSES, assigned_to__isnull=False)
        .exclude(assigned_to_id=event.actor_id)
        .select_related("assigned_to", "article")
        .order_by("assigned_to_id", "id")
    )
    by_user: dict[int, list[Claim]] = {}
    for other in open_claims:
        by_user.setdefault(other.assigned_to_id, []).append(other)
    if not by_user:
        return EventNotices()
    where = f"“{claim.article}”" + (f" ({claim.article.publisher.canonical_name})" if claim.article.publisher else "")
    decided = (
        f"{_actor(event)} rated claim {_claim_line(claim)} {label} on {event.created_at:%Y-%m-%d}.\n"
        f"It appeared in {where}.\n"
        + (f"Note: {event.note}\n" if event.note else "")
        + (f"Evidence: {event.evidence_url}\n" if event.evidence_url else "")
    )
    notices = []
    for claims in by_user.values():
        user = claims[0].assigned_to
        yours = "\n".join(
            f"- {_claim_line(c)} in “{c.article}”: {_link(reverse('admin:claims_claim_change', args=[c.pk]))}"
            for c in claims)
        body = (f"{decided}\nIt matches {'a claim' if len(claims) == 1 else 'claims'} in your queue:\n{yours}\n\n"
                "The verdict is not applied to yours: open it to apply it or to decide otherwise.\n")
        notices.append(Notice(user.pk, user.get_username(), user.email, f"A matching claim was rated {label}", body))
    mentions = ", ".join(f"#{c.pk} ({c.assigned_to.get_username()})" for cs in by_user.values() for c in cs)
    summary = (f"A matching claim was rated {label} by {_actor(event)}: claim #{claim.pk} "
               f"{_link(reverse('admin:claims_claim_change', args=[claim.pk]))}. Matching open claims: {mentions}")
    return EventNotices(notices, summary)


# --- delivery ------------------------------------------------------------------------------------

# Errors of the mail connection that a later attempt can cure; any other SMTP error (a refused
# recipient, a bad login) is refused for good.
TRANSIENT_SMTP = (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, ConnectionError, TimeoutError)


def send_mail(notice: Notice) -> bool:
    """Mail one notice; False when the user has no address (nothing to send)."""
    if not notice.email:
        return False
    message = EmailMessage(subject=notice.subject, body=notice.body, to=[notice.email])
    try:
        message.send()
    except TRANSIENT_SMTP as exc:
        raise TransientDeliveryError(f"mail to {notice.username}: {exc}") from exc
    except smtplib.SMTPException as exc:
        raise DeliveryRefused(f"mail to {notice.username}: {exc}") from exc
    return True


def post_webhook(text: str, *, url: str | None = None) -> bool:
    """POST {"text": text} to the webhook; False when none is configured."""
    url = url if url is not None else settings.NOTIFY_WEBHOOK_URL
    if not url or not text:
        return False
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked by the settings (http/https)
        url, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=settings.NOTIFY_WEBHOOK_TIMEOUT):  # noqa: S310
            return True
    except urllib.error.HTTPError as exc:  # a subclass of URLError: look at the status first
        if exc.code >= 500 or exc.code == 429:
            raise TransientDeliveryError(f"webhook answered {exc.code}") from exc
        raise DeliveryRefused(f"webhook answered {exc.code}") from exc
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        raise TransientDeliveryError(f"webhook unreachable: {exc}") from exc
