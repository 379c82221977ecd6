"""My queue: the logged-in fact-checker's open assigned claims, oldest first, and the header's count."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from claims import selectors
from claims.models import Article, Claim, ClaimStatus
from claims.services import assign_claim
from tests.test_admin_queries import MY_QUEUE_QUERIES

pytestmark = pytest.mark.django_db


def make_claims(n: int, *, statuses: list[str] | None = None) -> list[Claim]:
    article = Article.objects.create(title="Queue article", body="x" * 10, body_sha256=f"{Article.objects.count():064d}")
    now = timezone.now()
    claims = []
    for i in range(n):
        claim = Claim.objects.create(article=article, ordinal=i, start=0, end=1, text=f"Queue claim number {i}.",
                                     text_hash=str(i), status=(statuses or [ClaimStatus.UNVERIFIED])[i % len(statuses or [1])])
        claims.append(claim)
    # Stored oldest last, so "oldest first" is not just insertion order.
    for i, claim in enumerate(claims):
        Claim.objects.filter(pk=claim.pk).update(created_at=now - dt.timedelta(hours=i))
    return claims


def test_queue_holds_my_open_claims_oldest_first(client, fact_checker, editor):
    statuses = [ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW, ClaimStatus.VERIFIED, ClaimStatus.NOT_A_CLAIM]
    mine = make_claims(8, statuses=statuses)
    others = make_claims(2)
    Claim.objects.filter(pk__in=[c.pk for c in mine]).update(assigned_to=fact_checker)
    Claim.objects.filter(pk__in=[c.pk for c in others]).update(assigned_to=editor)
    client.force_login(fact_checker)
    response = client.get(reverse("my_queue"))
    assert response.status_code == 200
    shown = [c.pk for c in response.context["claims"]]
    expected = [c.pk for c in sorted(mine, key=lambda c: Claim.objects.get(pk=c.pk).created_at)
                if c.status in (ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW)]
    assert shown == expected
    assert len(shown) == 4  # the decided ones and the editor's are left out
    page = response.content.decode()
    assert f'href="{reverse("admin:claims_claim_change", args=[expected[0]])}"' in page
    assert 'id="my-queue-link"' in page and "(4)" in page


def test_header_count_follows_assignment(client, fact_checker):
    claims = make_claims(3)
    client.force_login(fact_checker)
    page = client.get(reverse("admin:index")).content.decode()
    assert 'id="my-queue-link"' in page and "queue-count" not in page
    for claim in claims[:2]:
        assign_claim(claim_id=claim.pk, actor=fact_checker, assignee=fact_checker)
    page = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert '<span class="queue-count">(2)</span>' in page


def test_header_count_is_capped(client, fact_checker, monkeypatch):
    monkeypatch.setattr(selectors, "QUEUE_COUNT_CAP", 2)
    claims = make_claims(4)
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(assigned_to=fact_checker)
    assert selectors.my_queue_count(user_id=fact_checker.pk) == 3  # cap + 1: "more than the cap"
    client.force_login(fact_checker)
    assert "(2+)" in client.get(reverse("admin:index")).content.decode()


def test_empty_queue_says_how_claims_get_there(client, viewer):
    client.force_login(viewer)
    response = client.get(reverse("my_queue"))
    assert response.status_code == 200 and 'id="my-queue-empty"' in response.content.decode()


def test_queue_needs_login(client):
    response = client.get(reverse("my_queue"))
    assert response.status_code == 302 and reverse("admin:login") in response["Location"]


def test_queue_pages(client, fact_checker, monkeypatch):
    from claims import admin_queue

    monkeypatch.setattr(admin_queue, "PAGE_SIZE", 3)
    claims = make_claims(5)
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(assigned_to=fact_checker)
    client.force_login(fact_checker)
    first = client.get(reverse("my_queue"))
    second = client.get(reverse("my_queue"), {"page": "2"})
    assert first.context["has_next"] and not second.context["has_next"]
    assert len(first.context["claims"]) == 3 and len(second.context["claims"]) == 2
    assert {c.pk for c in first.context["claims"]} | {c.pk for c in second.context["claims"]} == {c.pk for c in claims}
    # Nonsense and absurd page numbers answer a page, not an error.
    for page in ["abc", "0", "-1", "99999999999999999999999"]:
        assert client.get(reverse("my_queue"), {"page": page}).status_code == 200


@pytest.mark.parametrize("n", [2, 12])
def test_queue_query_count(client, fact_checker, django_assert_num_queries, n):
    claims = make_claims(n)
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(assigned_to=fact_checker)
    client.force_login(fact_checker)
    with django_assert_num_queries(MY_QUEUE_QUERIES):
        response = client.get(reverse("my_queue"))
    assert len(response.context["claims"]) == n
