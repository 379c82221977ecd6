"""The tagger learns from the desk's decisions: training data, train / activate / roll back with
their audit entries, the engine version naming the model, re-tags keeping editor work, the admin page."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse

from bench.learning import review_article
from claims import selectors as claim_selectors
from claims.models import Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import WorkflowError, change_claim_status
from provenance.engine import ENGINE_VERSION, ModelError
from provenance.models import (
    Attribution,
    AttributionOrigin,
    AttributionReview,
    TaggerModel,
    TaggingRun,
    TaggingState,
)
from provenance.selectors import stale_articles
from provenance.services import add_attribution, ingest_article, retag_articles, review_attribution, runs
from provenance.services.learning import (
    activate_tagger_model,
    roll_back_tagger_model,
    tagger,
    train_tagger,
    training_data,
)
from tests.engine.learning_data import HELD_OUT, HELD_OUT_CUE, HELD_OUT_SOURCE, desk_articles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _tag_at_once(monkeypatch):
    """Queued tagging runs right away (eager Celery) instead of after a commit the test never makes."""
    monkeypatch.setattr(transaction, "on_commit", lambda fn, using=None, robust=False: fn())


def make_desk(actor, n: int = 14) -> list[int]:
    """Ingest n fictional articles (tagged by the rules) and review each as the desk's editor would."""
    ids = []
    for i, art in enumerate(desk_articles(n=n, seed=21)):
        article = ingest_article(body=art.text, title=f"desk {i}", url=f"https://desk.example/{i}").article
        gold = [{"source": src, "cue": cue} for src, cue in art.attributions]
        review_article(article.pk, art.text, gold, actor, {k: 0 for k in
                       ("confirmed", "rejected", "added", "read", "not_in_a_claim")})
        ids.append(article.pk)
    return ids


def test_training_data_is_the_reviewed_claims_with_kept_spans(editor):
    text = ("Mayor Dana Whitfield said the harbor budget was late. Treasurer Omar Haddad fumed that the audit was "
            "rigged. The harbor has 40 berths. Reuters reported the ferry deal.")
    reviewed = ingest_article(body=text, url="https://desk.example/a").article
    ingest_article(body="Commissioner Mei Tan said the library would open in May.", url="https://desk.example/b")
    claims = list(Claim.objects.filter(article=reviewed).order_by("ordinal"))
    said = Attribution.objects.get(claim=claims[0], cue_text="said")
    reported = Attribution.objects.get(claim=claims[3])
    review_attribution(attribution_id=said.pk, actor=editor, decision=AttributionReview.CONFIRMED)
    review_attribution(attribution_id=reported.pk, actor=editor, decision=AttributionReview.REJECTED)
    fumed = text.index("fumed")
    add_attribution(claim_id=claims[1].pk, actor=editor, source_name="Omar Haddad", source_type="government",
                    source_start=text.index("Treasurer"), source_end=fumed - 1, cue_start=fumed, cue_end=fumed + 5)

    data = training_data()
    assert (data.articles, data.claims, data.decisions) == (1, 3, 3)
    [example] = data.examples
    assert example.text == text
    # Only the reviewed claims; the plain sentence nobody touched is not one of them.
    assert example.reviewed == [(c.start, c.end) for c in (claims[0], claims[1], claims[3])]
    kept = {(text[g.source[0]:g.source[1]], text[g.cue[0]:g.cue[1]], g.source_type) for g in example.attributions}
    # Confirmed and added spans are positives; the rejected one is left out (a negative).
    assert kept == {("Mayor Dana Whitfield", "said", said.source_type), ("Treasurer Omar Haddad", "fumed", "government")}


def test_training_data_skips_spans_that_no_longer_point_at_their_words(editor):
    text = "Mayor Dana Whitfield said the harbor budget was late."
    article = ingest_article(body=text, url="https://desk.example/c").article
    a = Attribution.objects.get(claim__article=article)
    review_attribution(attribution_id=a.pk, actor=editor, decision=AttributionReview.CONFIRMED)
    Attribution.objects.filter(pk=a.pk).update(source_start=0, source_end=5)  # "Mayor" != "Mayor Dana Whitfield"
    [example] = training_data().examples
    assert [(g.source, text[g.cue[0]:g.cue[1]]) for g in example.attributions] == [(None, "said")]


def test_train_tagger_says_clearly_when_there_are_too_few_decisions(editor):
    with pytest.raises(CommandError, match=r"only 0 article\(s\) have reviewed claims.*at least 20") as info:
        call_command("train_tagger", no_progress=True)
    assert info.value.returncode == 1
    make_desk(editor, n=3)
    with pytest.raises(CommandError, match=r"only 3 article\(s\)"):
        call_command("train_tagger", "--min-articles", "5", no_progress=True)
    assert not TaggerModel.objects.exists()
    with pytest.raises(CommandError, match="at least 2") as info:
        call_command("train_tagger", "--min-articles", "1", no_progress=True)
    assert info.value.returncode == 2


def test_train_activate_and_roll_back_are_audited_and_editor_only(editor, fact_checker, capsys):
    make_desk(editor)
    call_command("train_tagger", "--min-articles", "10", "--label", "first", "--folds", "3", no_progress=True)
    out = capsys.readouterr().out
    first = TaggerModel.objects.get()
    assert "trained on 14 articles" in out and "active: no" in out and "source:" in out
    assert not first.active and first.articles == 14 and first.engine_version == ENGINE_VERSION
    assert first.figures["cv"]["source"]["f1"] > first.figures["rules_cv"]["source"]["f1"]
    assert ReviewEvent.objects.filter(action=ReviewAction.TAGGER_TRAINED, to_value__contains=str(first)).exists()
    assert runs.engine_version() == ENGINE_VERSION

    with pytest.raises(PermissionDenied):
        activate_tagger_model(model_id=first.pk, actor=fact_checker)
    assert not TaggerModel.objects.filter(active=True).exists()

    activate_tagger_model(model_id=first.pk, actor=editor, note="better on our copy")
    assert runs.engine_version() == f"{ENGINE_VERSION}+m{first.pk}"
    event = ReviewEvent.objects.filter(action=ReviewAction.TAGGER_ACTIVATED).latest("id")
    assert (event.actor, event.from_value, event.note) == (editor, "rules only", "better on our copy")
    assert event.to_value.startswith(str(first))

    second = train_tagger(actor=editor, min_articles=10, folds=2, activate=True, label="second")
    assert list(TaggerModel.objects.filter(active=True)) == [second]
    assert runs.engine_version().endswith(f"+m{second.pk}")

    with pytest.raises(PermissionDenied):
        roll_back_tagger_model(actor=fact_checker)
    assert roll_back_tagger_model(actor=editor, note="second tags too much") == first
    assert list(TaggerModel.objects.filter(active=True)) == [first]
    event = ReviewEvent.objects.filter(action=ReviewAction.TAGGER_ROLLED_BACK).latest("id")
    assert event.from_value.startswith(str(second)) and event.to_value.startswith(str(first))

    TaggerModel.objects.filter(pk=second.pk).update(activated_at=None)  # as if never active
    assert roll_back_tagger_model(actor=editor) is None
    assert runs.engine_version() == ENGINE_VERSION
    with pytest.raises(WorkflowError, match="no tagger model is active"):
        roll_back_tagger_model(actor=editor)


def _editor_work(article_ids: list[int]) -> tuple[list[tuple], list[tuple], list[int]]:
    touched = sorted(
        Attribution.objects.filter(claim__article_id__in=article_ids).editor_touched().values_list(
            "id", "claim_id", "origin", "review", "source_id", "source_start", "source_end", "cue_start", "cue_end")
    )
    statuses = sorted(Claim.objects.filter(article_id__in=article_ids).values_list("id", "status", "text"))
    events = sorted(ReviewEvent.objects.filter(claim__article_id__in=article_ids).values_list("id", flat=True))
    return touched, statuses, events


def test_retag_after_activation_keeps_every_editor_decision(editor):
    ids = make_desk(editor)
    held_out = ingest_article(body=HELD_OUT, url="https://desk.example/held-out").article
    claim = Claim.objects.filter(article_id__in=ids, status=ClaimStatus.IN_REVIEW).order_by("pk").first()
    change_claim_status(claim_id=claim.pk, actor=editor, to_status=ClaimStatus.VERIFIED, note="checked",
                        evidence_url="https://evidence.example.org/check")
    before = _editor_work(ids)
    assert before[0] and any(r[2] == AttributionOrigin.EDITOR for r in before[0])
    assert any(r[3] == AttributionReview.REJECTED for r in before[0])

    model = train_tagger(actor=editor, min_articles=10, folds=2, activate=True)
    stale = list(stale_articles().values_list("pk", flat=True))
    assert set(stale) == {*ids, held_out.pk}  # a new model makes every article stale
    retag_articles(article_ids=stale)  # eager in tests: runs now

    version = f"{ENGINE_VERSION}+m{model.pk}"
    assert set(TaggingRun.objects.filter(state=TaggingState.DONE, engine_version=version)
               .values_list("article_id", flat=True)) == {*ids, held_out.pk}
    assert not stale_articles().exists()
    after = _editor_work(ids)
    assert after == before  # every decision, added span, status and history entry is still there
    # ...and the model did tag: the held-out sentence the rules miss now has its attribution.
    [a] = Attribution.objects.filter(claim__article=held_out)
    assert (a.source_text, a.cue_text, a.engine_version) == (HELD_OUT_SOURCE, HELD_OUT_CUE, version)
    assert a.reason.startswith("LEARNED")


def test_a_corrupted_stored_model_is_never_activated_and_fails_runs_visibly(editor):
    make_desk(editor, n=6)
    model = train_tagger(actor=editor, min_articles=5, folds=2)
    TaggerModel.objects.filter(pk=model.pk).update(file=b'{"format": "provenance-tagger-model"}')
    with pytest.raises(ModelError, match="does not match its SHA-256"):
        tagger(model.pk)
    with pytest.raises(WorkflowError, match="cannot be activated: .*SHA-256"):
        activate_tagger_model(model_id=model.pk, actor=editor)
    assert not TaggerModel.objects.filter(active=True).exists()
    with pytest.raises(ModelError, match="does not match"):
        runs.run_engine(HELD_OUT, f"{ENGINE_VERSION}+m{model.pk}")


def test_tagger_models_admin_page(client, editor, fact_checker):
    make_desk(editor, n=6)
    model = train_tagger(actor=editor, min_articles=5, folds=2, label="spring")
    client.force_login(fact_checker)
    page = client.get(reverse("admin:provenance_taggermodel_changelist"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "spring" in html and "the rules only" in html and "(rules " in html
    assert "Roll back" not in html
    detail = client.get(reverse("admin:provenance_taggermodel_change", args=[model.pk])).content.decode()
    assert "source:government" in detail and "Activate this model" not in detail
    client.post(reverse("admin:provenance_taggermodel_activate", args=[model.pk]))
    assert not TaggerModel.objects.filter(active=True).exists()

    client.force_login(editor)
    detail = client.get(reverse("admin:provenance_taggermodel_change", args=[model.pk])).content.decode()
    assert "Activate this model" in detail
    response = client.post(reverse("admin:provenance_taggermodel_activate", args=[model.pk]), {"note": "try it"},
                           follow=True)
    assert "is active" in response.content.decode()
    assert TaggerModel.objects.get(active=True) == model
    response = client.post(reverse("admin:provenance_taggermodel_rollback"), follow=True)
    assert "rules only" in response.content.decode()
    assert not TaggerModel.objects.filter(active=True).exists()


def test_dashboard_precision_names_the_model_that_produced_the_attributions(editor):
    ids = make_desk(editor, n=6)
    model = train_tagger(actor=editor, min_articles=5, folds=2, label="spring", activate=True)
    article = ingest_article(body=HELD_OUT, url="https://desk.example/held-out").article
    [a] = Attribution.objects.filter(claim__article=article)
    review_attribution(attribution_id=a.pk, actor=editor, decision=AttributionReview.CONFIRMED)
    rows = {r["engine_version"]: r for r in claim_selectors.engine_precision_by_engine_version()}
    mine = rows[f"{ENGINE_VERSION}+m{model.pk}"]
    assert (mine["model"], mine["confirmed"], mine["rejected"], mine["precision"]) == (str(model), 1, 0, 1.0)
    assert rows[ENGINE_VERSION]["model"] == "rules only"
    assert claim_selectors.audit_summary()["tagger_model"]["id"] == model.pk
    assert ids


@pytest.mark.parametrize("older, newer", [
    ("2026.9", "2026.10"), ("2026.10", "2026.10+m3"), ("2026.9+m12", "2026.10"), ("2025.12", "2026.1"), ("", "2026.1"),
])
def test_engine_versions_order_as_numbers(older, newer):
    # As strings '2026.10' sorts before '2026.9': the dashboard would list an upgrade below the engine it replaced.
    assert claim_selectors.version_key(older) < claim_selectors.version_key(newer)


def test_dashboard_lists_the_newest_engine_first(editor):
    body = "Jane Roe said the harbor pier would close in May for repairs."
    article = ingest_article(body=body, url="https://desk.example/versions").article
    [a] = Attribution.objects.filter(claim__article=article)
    review_attribution(attribution_id=a.pk, actor=editor, decision=AttributionReview.CONFIRMED)
    for version in ("2026.9", "2026.10", "2026.2"):
        copy = Attribution.objects.get(pk=a.pk)
        copy.pk = None
        copy.engine_version = version
        copy.save()
    order = [r["engine_version"] for r in claim_selectors.engine_precision_by_engine_version()]
    assert order.index("2026.10") < order.index("2026.9") < order.index("2026.2")


def test_a_run_queued_before_an_activation_is_superseded_not_left_for_the_sweeper(editor, monkeypatch):
    make_desk(editor, n=6)
    model = train_tagger(actor=editor, min_articles=5, folds=2)
    article = ingest_article(body=HELD_OUT, url="https://desk.example/held-out").article
    monkeypatch.setattr(transaction, "on_commit", lambda fn, using=None, robust=False: None)  # queue, do not run
    old = runs.retag_articles(article_ids=[article.pk], force=True)
    assert old["queued"] == 1
    queued = TaggingRun.objects.get(article=article, state=TaggingState.QUEUED)
    assert queued.engine_version == ENGINE_VERSION
    activate_tagger_model(model_id=model.pk, actor=editor)
    assert runs.run_tagging(article_id=article.pk).result == "done"  # the message arrives after the activation
    queued.refresh_from_db()
    assert queued.state == TaggingState.SUPERSEDED
    assert TaggingRun.objects.get(article=article, state=TaggingState.DONE,
                                  engine_version=f"{ENGINE_VERSION}+m{model.pk}")
    assert runs.sweep_stuck_runs() == {"requeued": 0, "failed": 0, "resent": 0}
