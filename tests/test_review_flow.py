"""The desk's review flow: one form decides a claim, evidence rules, previous/next in the list's order,
inline decisions on the reading page, and words for people instead of codes and versions."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import WorkflowError, add_evidence, change_claim_status
from provenance.models import Attribution, AttributionReview, Source, SourceType
from provenance.reasons import human_reason
from provenance.services.decide import decide_claim
from tests.test_settings import run

pytestmark = pytest.mark.django_db

EVIDENCE = "https://records.example.org/harbor-budget"


def make_desk(n: int = 5) -> list[Claim]:
    """n claims, each with one pending attribution, created one minute apart (claims[0] oldest)."""
    article = Article.objects.create(title="Harbor budget", body="x" * 200,
                                     body_sha256=f"{Article.objects.count():064d}")
    source, _ = Source.objects.get_or_create(canonical_name="Port Authority of Brinmoor", type=SourceType.GOVERNMENT)
    start = timezone.now() - dt.timedelta(hours=1)
    claims = []
    for i in range(n):
        claim = Claim.objects.create(article=article, ordinal=i, start=i * 10, end=i * 10 + 9,
                                     text=f"The harbor budget grew by {i + 2} percent, the port authority said.",
                                     text_hash=f"h{i}")
        Claim.objects.filter(pk=claim.pk).update(created_at=start + dt.timedelta(minutes=i))
        Attribution.objects.create(claim=claim, source=source, source_text="the port authority", cue_text="said",
                                   source_type=SourceType.GOVERNMENT, reason="SUBJ-VERB: subject + reporting verb")
        claims.append(Claim.objects.get(pk=claim.pk))
    return claims


def review_url(claim: Claim, query: str = "") -> str:
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    return f"{url}?{_filters(query)}" if query else url


def _filters(query: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"_changelist_filters": query})


def rel_link(html: str, rel: str) -> str | None:
    m = re.search(rf'<a rel="{rel}" href="([^"]+)"', html)
    return m.group(1).replace("&amp;", "&") if m else None


def claim_id_of(url: str) -> int:
    return int(re.search(r"/claim/(\d+)/change/", url).group(1))


# --- the workflow service ------------------------------------------------------------------------


def test_through_review_records_both_steps_in_one_version(fact_checker):
    claim = make_desk(1)[0]
    decided = change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.FALSE,
                                  note="The budget fell", evidence_url=EVIDENCE, expected_version=1,
                                  through_review=True)
    assert decided.status == ClaimStatus.FALSE and decided.version == 2
    steps = list(ReviewEvent.objects.filter(claim=claim).order_by("id")
                 .values_list("from_value", "to_value", "note", "evidence_url"))
    assert steps == [("unverified", "in_review", "", ""), ("in_review", "false", "The budget fell", EVIDENCE)]


def test_without_through_review_a_decision_still_needs_the_review_step(fact_checker):
    claim = make_desk(1)[0]
    with pytest.raises(WorkflowError, match="cannot go from unverified to verified"):
        change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED,
                            evidence_url=EVIDENCE)
    assert not ReviewEvent.objects.exists()


def test_evidence_is_required_for_the_configured_decisions(fact_checker):
    claim = make_desk(1)[0]
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    for status in (ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING):
        with pytest.raises(WorkflowError, match=f"marked {status} needs evidence"):
            change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=status, note="looks right")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW and claim.version == 2
    # Unverifiable is a decision about the lack of evidence: not required by default.
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.UNVERIFIABLE)


def test_evidence_added_since_the_last_status_change_counts(fact_checker, editor):
    claim = make_desk(1)[0]
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    add_evidence(claim_id=claim.pk, actor=fact_checker, evidence_url=EVIDENCE)
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED)
    # Reopened, the old evidence was for the old decision: a new verdict needs new evidence.
    change_claim_status(claim_id=claim.pk, actor=editor, to_status=ClaimStatus.IN_REVIEW, note="new filing")
    with pytest.raises(WorkflowError, match="needs evidence"):
        change_claim_status(claim_id=claim.pk, actor=editor, to_status=ClaimStatus.VERIFIED)


def test_evidence_rule_follows_the_setting(fact_checker, settings):
    settings.REVIEW_EVIDENCE_REQUIRED_FOR = frozenset()
    claim = make_desk(1)[0]
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED, through_review=True)
    settings.REVIEW_EVIDENCE_REQUIRED_FOR = frozenset({"not_a_claim"})
    other = make_desk(1)[0]
    with pytest.raises(WorkflowError, match="marked not a claim needs evidence"):
        change_claim_status(claim_id=other.pk, actor=fact_checker, to_status=ClaimStatus.NOT_A_CLAIM)


def test_setting_is_parsed_from_the_environment():
    probe = "import django; from django.conf import settings; django.setup(); print(sorted(settings.REVIEW_EVIDENCE_REQUIRED_FOR))"
    assert run({}, "-c", probe).stdout.strip().splitlines()[-1] == "['false', 'misleading', 'verified']"
    assert run({"REVIEW_EVIDENCE_REQUIRED_FOR": ""}, "-c", probe).stdout.strip().splitlines()[-1] == "[]"
    assert run({"REVIEW_EVIDENCE_REQUIRED_FOR": " verified , unverifiable"}, "-c",
               probe).stdout.strip().splitlines()[-1] == "['unverifiable', 'verified']"
    bad = run({"REVIEW_EVIDENCE_REQUIRED_FOR": "verified,in_reviw"}, "-c", probe)
    assert bad.returncode != 0 and "REVIEW_EVIDENCE_REQUIRED_FOR" in bad.stderr and "in_reviw" in bad.stderr


def test_api_refuses_a_decision_without_evidence(fact_checker):
    from rest_framework.test import APIClient

    claim = make_desk(1)[0]
    change_claim_status(claim_id=claim.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    api = APIClient()
    api.force_authenticate(fact_checker)
    url = f"/api/v1/claims/{claim.pk}/status/"
    response = api.post(url, {"status": "verified", "version": 2}, format="json")
    assert response.status_code == 400 and "needs evidence" in response.json()["detail"]
    response = api.post(url, {"status": "verified", "version": 2, "evidence_url": EVIDENCE}, format="json")
    assert response.status_code == 200


def test_decide_claim_is_one_transaction(fact_checker, viewer):
    first, second = make_desk(2)
    attribution = first.attributions.get()
    # The status is refused (no evidence): the attribution decision made before it is undone too.
    with pytest.raises(WorkflowError, match="needs evidence"):
        decide_claim(claim_id=first.pk, actor=fact_checker, confirm=[attribution.pk], to_status="verified",
                     expected_version=1)
    attribution.refresh_from_db()
    assert attribution.review == AttributionReview.PENDING and not ReviewEvent.objects.exists()
    with pytest.raises(WorkflowError, match="not this claim's"):
        decide_claim(claim_id=first.pk, actor=fact_checker, reject=[second.attributions.get().pk])
    with pytest.raises(PermissionDenied):
        decide_claim(claim_id=first.pk, actor=viewer, confirm=[attribution.pk])


# --- the review page: one form, then the next claim ----------------------------------------------


def test_full_review_takes_two_page_loads_and_lands_on_the_next_claim(client, fact_checker):
    claims = make_desk(3)
    client.force_login(fact_checker)
    query = "status=unverified"
    newest, middle = claims[2], claims[1]  # the list's default order is newest first
    loads = []
    page = client.get(review_url(newest, query))
    loads.append(page)
    html = page.content.decode()
    attribution = newest.attributions.get()
    version = re.search(r'name="decide-version" value="(\d+)"', html).group(1)
    assert f'name="decide-confirm" value="{attribution.pk}" form="status-form"' in html
    response = client.post(review_url(newest, query), {
        "op": "decide", "decide-version": version, "decide-confirm": [attribution.pk],
        "decide-to_status": "verified", "decide-note": "Matches the port's annual report",
        "decide-evidence_url": EVIDENCE,
    }, follow=True)
    loads.append(response)
    assert len(loads) == 2 and all(r.status_code == 200 for r in loads)
    # One redirect, to the next claim of the same filtered list, its filters kept.
    [(landed, code)] = response.redirect_chain
    assert code == 302 and claim_id_of(landed) == middle.pk
    assert parse_qs(urlsplit(landed).query) == {"_changelist_filters": [query]}
    newest.refresh_from_db()
    attribution.refresh_from_db()
    assert newest.status == ClaimStatus.VERIFIED and attribution.review == AttributionReview.CONFIRMED
    assert list(ReviewEvent.objects.filter(claim=newest).order_by("id").values_list("action", "to_value")) == [
        (ReviewAction.ATTRIBUTION_CONFIRMED, "Port Authority of Brinmoor [source]: confirmed"),
        (ReviewAction.STATUS_CHANGED, "in_review"),
        (ReviewAction.STATUS_CHANGED, "verified"),
    ]
    assert "status set to verified" in response.content.decode()


def test_last_claim_decided_returns_to_the_list(client, fact_checker):
    [claim] = make_desk(1)
    client.force_login(fact_checker)
    response = client.post(review_url(claim, "q=harbor"), {
        "op": "decide", "decide-version": 1, "decide-to_status": "not_a_claim"})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_claim_changelist") + "?q=harbor"


def test_refused_decision_keeps_what_was_ticked_and_typed(client, fact_checker):
    claim = make_desk(1)[0]
    attribution = claim.attributions.get()
    client.force_login(fact_checker)
    response = client.post(review_url(claim), {
        "op": "decide", "decide-version": 1, "decide-confirm": [attribution.pk], "decide-to_status": "misleading",
        "decide-note": "Selective figures"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "marked misleading needs evidence" in html
    assert re.search(rf'value="{attribution.pk}" form="status-form" data-mark="confirm" checked', html)
    assert "Selective figures</textarea>" in html
    attribution.refresh_from_db()
    assert attribution.review == AttributionReview.PENDING


def test_previous_and_next_follow_the_lists_order_and_filters(client, fact_checker):
    claims = make_desk(5)
    client.force_login(fact_checker)
    # Default order: newest first. claims[3] sits between claims[4] (before) and claims[2] (after).
    html = client.get(review_url(claims[3])).content.decode()
    assert claim_id_of(rel_link(html, "prev")) == claims[4].pk
    assert claim_id_of(rel_link(html, "next")) == claims[2].pk
    # Filtered: claims 2 and 3 are decided, so the unverified list goes 4 → 1 → 0.
    Claim.objects.filter(pk__in=[claims[2].pk, claims[3].pk]).update(status=ClaimStatus.NOT_A_CLAIM)
    html = client.get(review_url(claims[1], "status=unverified")).content.decode()
    assert claim_id_of(rel_link(html, "prev")) == claims[4].pk
    assert claim_id_of(rel_link(html, "next")) == claims[0].pk
    assert parse_qs(urlsplit(rel_link(html, "next")).query) == {"_changelist_filters": ["status=unverified"]}
    # Sorted by the "created" column ascending (o=5: checkbox, claim, status, who, assigned, created).
    html = client.get(review_url(claims[1], "o=5")).content.decode()
    assert claim_id_of(rel_link(html, "prev")) == claims[0].pk
    assert claim_id_of(rel_link(html, "next")) == claims[2].pk
    # Ends of the list: the newest has no previous claim.
    html = client.get(review_url(claims[4])).content.decode()
    assert rel_link(html, "prev") is None and claim_id_of(rel_link(html, "next")) == claims[3].pk


@pytest.mark.parametrize("query", ["", "o=2", "o=-2.5", "o=5", "status=unverified&o=2", "q=percent&o=-5"])
def test_next_links_walk_the_lists_own_rows_in_order(client, fact_checker, query):
    claims = make_desk(6)
    Claim.objects.filter(pk__in=[claims[1].pk, claims[4].pk]).update(status=ClaimStatus.IN_REVIEW)
    Claim.objects.filter(pk=claims[2].pk).update(created_at=claims[3].created_at)  # a tie
    client.force_login(fact_checker)
    listed = client.get(reverse("admin:claims_claim_changelist") + (f"?{query}" if query else ""))
    order = [c.pk for c in listed.context["cl"].result_list]
    assert len(order) >= 4
    for i, pk in enumerate(order):
        html = client.get(review_url(Claim(pk=pk), query)).content.decode()
        got_next, got_prev = rel_link(html, "next"), rel_link(html, "prev")
        assert (claim_id_of(got_next) if got_next else None) == (order[i + 1] if i + 1 < len(order) else None)
        assert (claim_id_of(got_prev) if got_prev else None) == (order[i - 1] if i else None)


def test_neighbours_are_keyset_queries_and_the_page_query_count_is_pinned(client, fact_checker,
                                                                          django_assert_num_queries):
    claims = make_desk(3)
    client.force_login(fact_checker)
    url = review_url(claims[1], "status=unverified&q=harbor")
    client.get(url)  # warm the session and the permission cache
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    neighbour_sql = [q["sql"] for q in ctx.captured_queries if "LIMIT 1" in q["sql"] and '"claims_claim"."id"' in
                     q["sql"].split("FROM")[0] and "ORDER BY" in q["sql"]]
    assert len(neighbour_sql) == 2, neighbour_sql
    assert not any("OFFSET" in q or "COUNT(" in q.upper() for q in neighbour_sql)
    # The page without a list context answers in the same number of queries as with a filtered one:
    # the two neighbours are the only ones the review flow adds (counted here so that a new one is a
    # decision, not a drift). A search term adds its index probe (claims.selectors.search_claims, up
    # to four bounded queries), so the count is pinned on a list filtered without one.
    filtered = review_url(claims[1], "status=unverified&o=2")
    client.get(filtered)
    with CaptureQueriesContext(connection) as plain:
        assert client.get(filtered).status_code == 200
    with django_assert_num_queries(len(plain.captured_queries)):
        client.get(review_url(claims[1]))


def test_claim_list_links_carry_the_lists_query(client, fact_checker):
    claims = make_desk(2)
    client.force_login(fact_checker)
    html = client.get(reverse("admin:claims_claim_changelist"), {"status": "unverified", "o": "5"}).content.decode()
    link = re.search(rf'href="([^"]*/claim/{claims[0].pk}/change/[^"]*)"', html).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query) == {"_changelist_filters": ["status=unverified&o=5"]}


# --- the reading page's inline decisions ---------------------------------------------------------


def test_reading_page_decides_attributions_inline(client, fact_checker, viewer):
    claim = make_desk(1)[0]
    attribution = claim.attributions.get()
    read = reverse("admin:claims_article_read", args=[claim.article_id])
    client.force_login(viewer)
    assert 'data-action="confirm"' not in client.get(read).content.decode()
    client.force_login(fact_checker)
    html = client.get(read).content.decode()
    assert f'id="claim-{claim.pk}"' in html and f'id="decide-{attribution.pk}"' in html
    form = re.search(rf'<span class="cp-inline-decide" id="decide-{attribution.pk}">.*?</form></span>', html, re.S)
    assert form and 'value="Confirm"' in form.group(0) and 'value="Reject"' in form.group(0)
    response = client.post(review_url(claim), {
        "op": "attribution", "return_to": "article", "attribution-version": 1,
        "attribution-attribution_id": attribution.pk, "attribution-decision": "rejected"})
    assert response.status_code == 302 and response["Location"] == f"{read}#claim-{claim.pk}"
    attribution.refresh_from_db()
    assert attribution.review == AttributionReview.REJECTED
    # Decided: no buttons left for it. A second click from the stale page is a conflict, not a change.
    assert f'id="decide-{attribution.pk}"' not in client.get(read).content.decode()
    response = client.post(review_url(claim), {
        "op": "attribution", "return_to": "article", "attribution-version": 1,
        "attribution-attribution_id": attribution.pk, "attribution-decision": "confirmed"})
    assert response.status_code == 409
    attribution.refresh_from_db()
    assert attribution.review == AttributionReview.REJECTED


# --- words for people ----------------------------------------------------------------------------


def test_reasons_read_as_sentences_with_the_cue():
    assert human_reason("SUBJ-VERB: subject + reporting verb", "said") == "subject of <em>said</em>"
    assert human_reason("HEDGE: adverb", "reportedly") == "hedge <em>reportedly</em>: nobody named"
    assert human_reason("LEARNED p=0.83; rules: PASSIVE-BY: reporting verb + agent", "reported") == (
        "named with “by” after <em>reported</em>; the learned tagger agrees (83% sure)")
    assert human_reason("added by an editor", "") == "added by an editor"
    # A rule family nobody has described yet: a neutral phrase, never the code.
    assert "NEW-RULE" not in human_reason("NEW-RULE: something", "said")
    assert human_reason("SUBJ-VERB: x", "<b>said</b>") == "subject of <em>&lt;b&gt;said&lt;/b&gt;</em>"


def test_every_reason_the_engine_gives_has_words():
    from provenance.engine import tag
    from provenance.reasons import REASONS, family

    text = (
        "The harbor budget grew by 4 percent, the port authority said on Monday. "
        "Officials reportedly plan a second dock. According to the Brinmoor Gazette, the plan costs $3 million. "
        "The plan was criticized by the dockworkers' union. \"We were not asked,\" said Mara Oduya, a union steward. "
        "The mayor's claim that the dock pays for itself was disputed. "
        "A study published by the Coastal Institute found wages fell. "
        "Jane Roe told the Gazette that the vote was rushed."
    )
    reasons = [a.reason for seg in tag(text).segments for a in seg.attributions]
    assert len(reasons) >= 5
    for reason in reasons:
        rule = reason.split("; rules: ", 1)[-1] if reason.startswith("LEARNED") else reason
        assert family(rule) in REASONS, reason


def test_pages_show_labels_not_codes_or_versions(client, editor):
    claim = make_desk(1)[0]
    Claim.objects.filter(pk=claim.pk).update(flags=["not_independently_verified"])
    client.force_login(editor)
    change_claim_status(claim_id=claim.pk, actor=editor, to_status=ClaimStatus.IN_REVIEW, note="checking")
    html = client.get(review_url(claim)).content.decode()
    assert "Covered by a could-not-verify note" in html and ">not_independently_verified<" not in html
    history = re.search(r'<table class="cp-table" id="history">(.*?)</table>', html, re.S).group(1)
    assert "<td>In review</td>" in history and "in_review" not in history
    assert "SUBJ-VERB" not in html and "subject of <em>said</em>" in html
    assert not re.search(r"version\s*\d", html, re.I)
    assert 'type="hidden" name="decide-version"' in html
    events_page = client.get(reverse("admin:claims_reviewevent_changelist")).content.decode()
    assert "In review" in events_page and ">in_review<" not in events_page
    decide_claim(claim_id=claim.pk, actor=editor, reject=[claim.attributions.get().pk])
    history = client.get(review_url(claim)).content.decode()
    assert "Port Authority of Brinmoor (source): Pending" in history
    assert "Port Authority of Brinmoor (source): Rejected" in history and "[source]" not in history
    for url in (reverse("admin:claims_audit"), reverse("admin:claims_article_read", args=[claim.article_id])):
        page = client.get(url).content.decode()
        assert "In review" in page and not re.search(r">[^<]*\bin_review\b", page), url
    # A conflict message names no version either.
    response = client.post(review_url(claim), {"op": "decide", "decide-version": 1, "decide-to_status": "not_a_claim"})
    assert response.status_code == 409 and not re.search(r"version\s*\d", response.content.decode(), re.I)


def test_bulk_set_status_carries_one_evidence_link(client, fact_checker):
    claims = make_desk(3)
    ids = [c.pk for c in claims]
    Claim.objects.filter(pk__in=ids).update(status=ClaimStatus.IN_REVIEW)
    client.force_login(fact_checker)
    url = reverse("admin:claims_claim_changelist")
    response = client.post(url, {"action": "set_status", "_selected_action": ids, "apply": "1",
                                 "to_status": "false", "note": "fabricated"}, follow=True)
    assert "0 claim(s) set to false" in response.content.decode() and "needs evidence" in response.content.decode()
    response = client.post(url, {"action": "set_status", "_selected_action": ids, "apply": "1",
                                 "to_status": "false", "note": "fabricated", "evidence_url": EVIDENCE}, follow=True)
    assert "3 claim(s) set to false" in response.content.decode()
    assert ReviewEvent.objects.filter(claim_id__in=ids, to_value="false", evidence_url=EVIDENCE).count() == 3
