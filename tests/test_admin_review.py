"""The editorial review admin through Django's test client: roles, events, workflow rules, conflicts, escaping."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from provenance.models import Attribution, AttributionOrigin, AttributionReview, Source, SourceType
from provenance.services import get_or_create_source, ingest_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_audit_cache():
    """The dashboard keeps its figures in the cache for a minute; each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()

STORY = (
    "Federal safety regulators have opened a review of braking problems in about 80,000 Kestrel "
    "Motors pickup trucks, The Wall Street Journal reported on Tuesday.\n\n"
    "One source told WSJ that the company's own engineers flagged the defect more than a year ago.\n\n"
    "The National Highway Traffic Safety Administration said in a statement that it had received "
    "212 complaints.\n\n"
    "The trucks were built in Ohio."
)


@pytest.fixture
def article(django_capture_on_commit_callbacks) -> Article:
    """A tagged article: tagging runs eagerly when the ingest transaction commits."""
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_article(body=STORY, title="Kestrel brakes", url="https://example.org/k",
                                publisher="Harbor Valley Courier")
    assert Claim.objects.filter(article=result.article).exists()
    return result.article


@pytest.fixture
def claim(article) -> Claim:
    """The first claim with a pending machine attribution."""
    return (
        Claim.objects.filter(article=article, attributions__origin=AttributionOrigin.MACHINE)
        .order_by("start").distinct().first()
    )


def review_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def post(client, claim: Claim, op: str, **fields):  # noqa: ANN001, ANN003, ANN201
    version = fields.pop("version", None)
    claim.refresh_from_db()
    data = {"op": op, f"{op}-version": version if version is not None else claim.version}
    data.update({f"{op}-{k}": v for k, v in fields.items()})
    return client.post(review_url(claim), data)


def events(claim: Claim, action: str | None = None):  # noqa: ANN201
    qs = ReviewEvent.objects.filter(claim=claim)
    return qs.filter(action=action) if action else qs


# --- pages render --------------------------------------------------------------------------------


def test_article_page_highlights_sources_cues_and_links_claims(client, viewer, article):
    client.force_login(viewer)
    response = client.get(reverse("admin:claims_article_read", args=[article.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="src t-news_outlet' in html
    assert 'class="cue"' in html
    first = Claim.objects.filter(article=article).order_by("start").first()
    assert f'href="{review_url(first)}"' in html
    assert 'class="cp-badge st-unverified"' in html
    assert "cp-legend" in html and "Anonymous" in html
    # A viewer gets no re-tag button.
    assert "Re-tag" not in html


def test_review_page_shows_paragraph_chain_and_history(client, fact_checker, article):
    claim = Claim.objects.filter(article=article, text__startswith="One source").get()
    client.force_login(fact_checker)
    response = client.get(review_url(claim))
    assert response.status_code == 200
    html = response.content.decode()
    chain = re.search(r'id="provenance-chain">(.*?)</div>', html, re.S).group(1)
    labels = re.findall(r'<span class="link [^"]*">(.*?)</span>', chain)
    assert labels[0].startswith("unnamed sources")
    assert any("Wall Street Journal" in label for label in labels[1:-1])
    assert labels[-1].startswith("this article")
    assert 'class="claim st-unverified current"' in html
    assert 'name="decide-version"' in html


def test_script_in_article_body_renders_inert(client, editor):
    body = 'The mayor said <script>alert("x")</script> the bridge <b>reopens</b> in May.'
    article = Article.objects.create(title="<script>t()</script>", body=body, body_sha256="0" * 64)
    source = Source.objects.create(canonical_name="<img src=x onerror=alert(1)>", type=SourceType.GOVERNMENT)
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=len(body), text=body, text_hash="h")
    Attribution.objects.create(claim=claim, source=source, source_text="The mayor", source_start=0, source_end=9,
                               cue_text="said", cue_start=10, cue_end=14, source_type=SourceType.GOVERNMENT)
    client.force_login(editor)
    for url in (reverse("admin:claims_article_read", args=[article.pk]), review_url(claim),
                reverse("admin:claims_claim_changelist"), reverse("admin:claims_audit")):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "<script>t()" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>reopens" not in html, url
    html = client.get(reverse("admin:claims_article_read", args=[article.pk])).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


# --- roles -------------------------------------------------------------------------------------------


def test_viewer_reads_everything_and_every_post_is_refused(client, viewer, claim):
    client.force_login(viewer)
    assert client.get(review_url(claim)).status_code == 200
    assert 'name="op"' not in client.get(review_url(claim)).content.decode()
    attribution = claim.attributions.first()
    refused = [
        post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW, note=""),
        post(client, claim, "attribution", attribution_id=attribution.pk, decision="confirmed"),
        post(client, claim, "add_attribution", source_name="Reuters", source_type="news_outlet", role="source"),
        post(client, claim, "assign", assign="me"),
        post(client, claim, "evidence", evidence_url="https://example.org/e"),
        client.post(reverse("admin:claims_article_retag", args=[claim.article_id])),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    # The bulk action is not even offered; posting it changes nothing.
    client.post(reverse("admin:claims_claim_changelist"),
                {"action": "start_review", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED and claim.version == 1
    assert not ReviewEvent.objects.exists()


def test_fact_checker_reviews_but_cannot_reopen_or_merge(client, fact_checker, claim):
    client.force_login(fact_checker)
    assert post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW).status_code == 302
    assert post(client, claim, "status", to_status=ClaimStatus.VERIFIED, note="Checked the filing",
                evidence_url="https://evidence.example.org/filing").status_code == 302
    page = client.get(review_url(claim)).content.decode()
    assert "Reopening it needs an Editor" in page and 'id="status-form"' not in page
    response = post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW, note="New facts")
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED
    a, b = Source.objects.all()[:2]
    client.post(reverse("admin:provenance_source_changelist"),
                {"action": "merge_selected", "_selected_action": [a.pk, b.pk], "apply": "1", "keep": a.pk})
    assert Source.objects.filter(pk=b.pk).exists()


def test_editor_reopens_with_a_note_and_merges_sources(client, editor, claim):
    client.force_login(editor)
    post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW)
    post(client, claim, "status", to_status=ClaimStatus.FALSE, note="Contradicted by the recall notice",
         evidence_url="https://evidence.example.org/recall")
    response = post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW, note="")
    assert response.status_code == 400
    assert "reopening a decided claim needs a note" in response.content.decode()
    assert events(claim, ReviewAction.STATUS_CHANGED).count() == 2
    assert post(client, claim, "status", to_status=ClaimStatus.IN_REVIEW, note="New filing").status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert events(claim, ReviewAction.STATUS_CHANGED).last().note == "New filing"

    wsj = Source.objects.get(canonical_name="The Wall Street Journal")
    dup = Source.objects.create(canonical_name="WSJ duplicate", type=SourceType.NEWS_OUTLET)
    response = client.post(reverse("admin:provenance_source_changelist"),
                           {"action": "merge_selected", "_selected_action": [wsj.pk, dup.pk]})
    assert response.status_code == 200 and "Keep this one" in response.content.decode()
    client.post(reverse("admin:provenance_source_changelist"),
                {"action": "merge_selected", "_selected_action": [wsj.pk, dup.pk], "apply": "1", "keep": wsj.pk,
                 "note": "same outlet"})
    assert not Source.objects.filter(pk=dup.pk).exists()
    assert ReviewEvent.objects.filter(action=ReviewAction.SOURCE_MERGED, note="same outlet").exists()


# --- workflow rules and events ------------------------------------------------------------------


def test_disallowed_transition_is_refused_with_a_message(client, fact_checker, claim):
    client.force_login(fact_checker)
    response = post(client, claim, "status", to_status=ClaimStatus.VERIFIED, note="skip review")
    assert response.status_code == 400
    assert "cannot go from unverified to verified" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED and claim.version == 1
    assert not events(claim).exists()


def test_every_change_leaves_its_event_and_bumps_the_version(client, fact_checker, claim):
    client.force_login(fact_checker)
    attribution = claim.attributions.first()
    # A Fact-checker names sources the registry knows (adding one is an Editor's right).
    get_or_create_source(name="Reuters", type=SourceType.NEWS_OUTLET)
    get_or_create_source(name="Dr. Paul Mensah", type=SourceType.PERSON)
    steps = [
        ("attribution", {"attribution_id": attribution.pk, "decision": "rejected"}, ReviewAction.ATTRIBUTION_REJECTED),
        ("attribution", {"attribution_id": attribution.pk, "decision": "confirmed"}, ReviewAction.ATTRIBUTION_CONFIRMED),
        ("edit_source", {"attribution_id": attribution.pk, "source_name": "Reuters", "source_type": "news_outlet",
                         "role": "relay", "note": "wire copy"}, ReviewAction.ATTRIBUTION_EDITED),
        ("add_attribution", {"source_name": "Dr. Paul Mensah", "source_type": "person", "role": "source",
                             "cue_text": "said"}, ReviewAction.ATTRIBUTION_ADDED),
        ("evidence", {"evidence_url": "https://example.org/recall", "note": "recall notice"},
         ReviewAction.EVIDENCE_ADDED),
        ("assign", {"assign": "me"}, ReviewAction.ASSIGNED),
        ("status", {"to_status": "in_review", "note": ""}, ReviewAction.STATUS_CHANGED),
    ]
    for n, (op, fields, action) in enumerate(steps, start=1):
        response = post(client, claim, op, **fields)
        assert response.status_code == 302, (op, response.content.decode()[:2000])
        claim.refresh_from_db()
        assert claim.version == 1 + n, op
        event = events(claim).order_by("-id").first()
        assert event.action == action and event.actor == fact_checker, op
    assert events(claim).count() == len(steps)
    history = client.get(review_url(claim)).content.decode()
    assert "recall notice" in history and "Attribution source changed" in history
    assert Attribution.objects.filter(claim=claim, origin=AttributionOrigin.EDITOR).exists()


def test_stale_edit_is_refused_and_the_first_edit_kept(client, fact_checker, editor, claim):
    page = client  # the fact-checker's browser
    page.force_login(fact_checker)
    html = page.get(review_url(claim)).content.decode()
    version = int(re.search(r'name="decide-version" value="(\d+)"', html).group(1))

    from django.test import Client

    other = Client()
    other.force_login(editor)
    assert post(other, claim, "status", to_status=ClaimStatus.IN_REVIEW, note="taking it",
                version=version).status_code == 302

    response = post(page, claim, "decide", to_status=ClaimStatus.NOT_A_CLAIM, note="mine", version=version)
    assert response.status_code == 409
    assert "changed by someone else meanwhile" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert [(e.to_value, e.note) for e in events(claim)] == [(ClaimStatus.IN_REVIEW, "taking it")]
    # What the editor typed is kept on the re-shown form, now carrying the current version.
    assert "mine</textarea>" in response.content.decode()
    assert f'name="decide-version" value="{claim.version}"' in response.content.decode()


def test_stale_attribution_decision_is_refused(client, fact_checker, claim):
    client.force_login(fact_checker)
    attribution = claim.attributions.first()
    assert post(client, claim, "assign", assign="me").status_code == 302
    response = post(client, claim, "attribution", attribution_id=attribution.pk, decision="rejected", version=1)
    assert response.status_code == 409
    attribution.refresh_from_db()
    assert attribution.review == AttributionReview.PENDING


def test_retag_queues_a_run_for_a_reviewer(client, fact_checker, article, django_capture_on_commit_callbacks):
    client.force_login(fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:claims_article_retag", args=[article.pk]))
    assert response.status_code == 302
    assert article.tagging_runs.get().attempts >= 1


# --- the desk's list --------------------------------------------------------------------------------


def changelist(client, **params):  # noqa: ANN001, ANN003, ANN201
    return client.get(reverse("admin:claims_claim_changelist"), params)


def test_claim_list_filters_and_search(client, viewer, article):
    client.force_login(viewer)
    anonymous = Claim.objects.get(article=article, text__startswith="One source")
    for params in [{}, {"status": "unverified"}, {"sourcing_strength": "on_record"},
                   {"source_type": "anonymous"}, {"publisher": str(article.publisher_id)},
                   {"assigned_to": str(viewer.pk)}, {"unassigned": "true"}, {"flag": "text_changed"},
                   {"flag": "not_independently_verified"}, {"age": "under_1_day"}, {"q": "familiar"}]:
        response = changelist(client, **params)
        assert response.status_code == 200, params
    shown = changelist(client, source_type="anonymous").context["cl"].result_list
    assert [c.pk for c in shown] == [anonymous.pk]
    # Search reaches source names, by registry name and by alias.
    by_source = changelist(client, q="Wall Street Journal").context["cl"].result_list
    assert anonymous.pk in [c.pk for c in by_source]
    assert not changelist(client, flag="text_changed").context["cl"].result_list
    Claim.objects.filter(pk=anonymous.pk).update(flags=["text_changed"])
    assert [c.pk for c in changelist(client, flag="text_changed").context["cl"].result_list] == [anonymous.pk]


def test_bulk_actions_go_through_the_services(client, fact_checker, article):
    client.force_login(fact_checker)
    ids = list(Claim.objects.filter(article=article).values_list("pk", flat=True))
    url = reverse("admin:claims_claim_changelist")
    client.post(url, {"action": "assign_to_me", "_selected_action": ids})
    assert Claim.objects.filter(pk__in=ids, assigned_to=fact_checker).count() == len(ids)
    client.post(url, {"action": "start_review", "_selected_action": ids})
    assert Claim.objects.filter(pk__in=ids, status=ClaimStatus.IN_REVIEW).count() == len(ids)
    client.post(url, {"action": "confirm_machine_attributions", "_selected_action": ids})
    assert not Attribution.objects.filter(claim_id__in=ids).machine_pending().exists()
    response = client.post(url, {"action": "set_status", "_selected_action": ids})
    assert response.status_code == 200 and "one note for all" not in response.content.decode()
    response = client.post(url, {"action": "set_status", "_selected_action": ids, "apply": "1",
                                 "to_status": "unverifiable", "note": "no records"}, follow=True)
    assert f"{len(ids)} claim(s) set to unverifiable" in response.content.decode()
    assert ReviewEvent.objects.filter(claim_id__in=ids, note="no records").count() == len(ids)
    # A claim that cannot take the status is skipped and reported; the others move.
    response = client.post(url, {"action": "start_review", "_selected_action": ids}, follow=True)
    assert "skipped" in response.content.decode()
    assert ReviewEvent.objects.filter(claim_id__in=ids, action=ReviewAction.ASSIGNED).count() == len(ids)


def test_source_registry_shows_aliases_and_figures(client, editor, claim):
    client.force_login(editor)
    response = client.get(reverse("admin:provenance_source_changelist"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The Wall Street Journal" in html
    source = claim.attributions.exclude(source=None).first().source
    detail = client.get(reverse("admin:provenance_source_change", args=[source.pk])).content.decode()
    assert "claim(s) attributed" in detail


def test_dashboard_renders_every_figure(client, viewer, article):
    client.force_login(viewer)
    response = client.get(reverse("admin:claims_audit"))
    assert response.status_code == 200
    html = response.content.decode()
    for block in ("status-strength", "open-by-age", "weak-articles", "most-cited", "engine-precision"):
        assert f'id="{block}"' in html
    # Figures are kept for a minute; "recompute now" shows a decision made meanwhile.
    claim = Claim.objects.filter(article=article).first()
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.FALSE)
    cell = re.compile(r'st-false">False</span></a></td>(.*?)</tr>', re.S)
    assert "<strong>0</strong>" in cell.search(client.get(reverse("admin:claims_audit")).content.decode()).group(1)
    fresh = client.get(reverse("admin:claims_audit"), {"refresh": "1"}).content.decode()
    assert "<strong>1</strong>" in cell.search(fresh).group(1)


# --- the form acts on the claim in the URL only (issue 15, item 10) --------------------------------


@pytest.mark.parametrize("op", ["attribution", "edit_source"])
def test_a_form_naming_another_claims_attribution_is_refused(client, fact_checker, article, claim, op):
    other = (Attribution.objects.filter(claim__article=article, origin=AttributionOrigin.MACHINE)
             .exclude(claim=claim).select_related("claim").first())
    assert other is not None, "the story has machine attributions on more than one claim"
    before = {a.pk: (a.review, a.source_id) for a in Attribution.objects.filter(claim__article=article)}
    client.force_login(fact_checker)
    fields = {"attribution_id": other.pk}
    if op == "attribution":
        fields["decision"] = AttributionReview.CONFIRMED
    else:
        fields.update(source_name=other.source.canonical_name, source_type="", role="source", note="")
    response = post(client, claim, op, **fields)
    assert response.status_code == 400
    assert "not one of claim" in response.content.decode()
    after = {a.pk: (a.review, a.source_id) for a in Attribution.objects.filter(claim__article=article)}
    assert after == before
    assert not ReviewEvent.objects.filter(attribution=other).exists()


def test_a_form_naming_a_missing_attribution_is_a_clear_400(client, fact_checker, claim):
    client.force_login(fact_checker)
    response = post(client, claim, "attribution", attribution_id=999_999_999, decision=AttributionReview.REJECTED)
    assert response.status_code == 400
    assert "no longer exists" in response.content.decode()
