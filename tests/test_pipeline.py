"""The tagging pipeline without a broker: runs, retries, the sweeper, re-tags and the operator commands.

Tasks run eagerly here; `on_commit` callbacks are executed explicitly, as a real commit would.
"""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, ReviewEvent
from claims.services import assign_claim, change_claim_status
from claims.text import body_sha256
from provenance import queue
from provenance.engine import tag
from provenance.models import Attribution, AttributionReview, TaggingRun, TaggingState
from provenance.services import add_attribution, batch, edit_article, ingest_article, review_attribution, runs

pytestmark = pytest.mark.django_db

STORY = (
    "The Wall Street Journal reported on Monday that Acme Corp. would close its Dover plant. "
    "People familiar with the matter said the closure had been planned for months. "
    "A company spokesperson said the plant was no longer profitable. "
    "The union reportedly asked the city council to intervene. "
    "Mayor Dana Whitfield said the city would study the plan."
)
OTHER = (
    "Commerce Secretary Laura Pinsky said exports fell for a third straight month. "
    "Critics say the figures understate the decline. "
    "Data from the Census Bureau showed a 2 percent drop in shipments."
)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block and then its on-commit callbacks (enqueued tagging runs eagerly, like a worker)."""

    def run(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return run


def engine_claims(body: str) -> list[str]:
    return [body[s.start : s.end] for s in tag(body).segments if s.kind == "claim"]


def current_claims(article: Article) -> list[str]:
    return list(article.claims.filter(ordinal__isnull=False).order_by("ordinal").values_list("text", flat=True))


def test_body_back_to_an_earlier_version_is_tagged_again(committed, editor):
    article = committed(ingest_article, body=STORY, url="https://example.org/a").article
    edited = STORY + " The plant employs 400 people, the company said."
    committed(edit_article, article_id=article.pk, actor=editor, title="t", body=edited, url=article.url)
    assert current_claims(article) == engine_claims(edited)
    # Back to the first body: its run is done but the claims show the second body.
    committed(edit_article, article_id=article.pk, actor=editor, title="t", body=STORY, url=article.url)
    assert current_claims(article) == engine_claims(STORY)
    article_runs = TaggingRun.objects.filter(article=article)
    assert article_runs.count() == 2 and set(article_runs.values_list("state", flat=True)) == {TaggingState.DONE}


def test_superseded_run_is_queued_again_when_its_body_returns(editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=STORY, url="https://example.org/a").article
        edit_article(article_id=article.pk, actor=editor, title="t", body=OTHER, url=article.url)
        first = TaggingRun.objects.get(article=article, body_sha256=body_sha256(STORY))
        assert first.state == TaggingState.SUPERSEDED
        edit_article(article_id=article.pk, actor=editor, title="t", body=STORY, url=article.url)
    first.refresh_from_db()
    assert first.state == TaggingState.QUEUED
    assert runs.run_tagging(article_id=article.pk).result == "done"
    assert current_claims(article) == engine_claims(STORY)
    assert set(TaggingRun.objects.filter(article=article).values_list("state", flat=True)) == {
        TaggingState.DONE, TaggingState.SUPERSEDED,
    }


def test_duplicate_delivery_is_skipped(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=STORY).article
    assert runs.run_tagging(article_id=article.pk).result == "done"
    before = list(Claim.objects.values_list("id", "text"))
    assert runs.run_tagging(article_id=article.pk).result == "skipped"
    assert list(Claim.objects.values_list("id", "text")) == before
    assert TaggingRun.objects.get().attempts == 1


def test_transient_error_while_writing_hands_the_run_back_for_the_retry(monkeypatch, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=STORY).article
    real = runs.apply_document
    calls = []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real(**kwargs)

    monkeypatch.setattr(runs, "apply_document", flaky)
    with pytest.raises(OperationalError):
        runs.run_tagging(article_id=article.pk)
    run = TaggingRun.objects.get()
    assert (run.state, run.attempts) == (TaggingState.QUEUED, 0)
    assert Claim.objects.count() == 0  # nothing partial
    assert runs.run_tagging(article_id=article.pk).result == "done"
    run.refresh_from_db()
    assert (run.state, run.attempts) == (TaggingState.DONE, 1)


def test_poison_article_fails_after_max_attempts_with_its_error_kept(settings, django_capture_on_commit_callbacks):
    settings.TAGGING_ENGINE = "tests.poison_engine.tag"
    settings.TAGGING_MAX_ATTEMPTS = 3
    with django_capture_on_commit_callbacks(execute=False):
        poison = ingest_article(body="The mayor said POISON was found in the river.").article
        fine = ingest_article(body=STORY).article
    results = [runs.run_tagging(article_id=poison.pk).result for _ in range(4)]
    assert results == ["retry", "retry", "failed", "skipped"]
    run = TaggingRun.objects.get(article=poison)
    assert (run.state, run.attempts) == (TaggingState.FAILED, 3)
    assert "PoisonArticleError" in run.error and "attempt 3 of 3" in run.error
    assert not Claim.objects.filter(article=poison).exists()
    assert runs.run_tagging(article_id=fine.pk).result == "done"


def test_write_bug_is_recorded_and_bounded_like_an_engine_bug(monkeypatch, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=STORY).article

    def broken(**kwargs):
        raise KeyError("segments")

    monkeypatch.setattr(runs, "apply_document", broken)
    assert runs.run_tagging(article_id=article.pk).result == "retry"
    run = TaggingRun.objects.get()
    assert run.state == TaggingState.QUEUED and "KeyError" in run.error


def test_sweeper_requeues_stuck_runs_fails_exhausted_ones_and_resends_lost_ones_once(monkeypatch, settings):
    settings.TAGGING_MAX_ATTEMPTS = 3
    sent: list[int] = []
    monkeypatch.setattr(queue, "enqueue_tagging", lambda article_id, **kw: sent.append(article_id))
    a, b, c, d = (Article.objects.create(body=f"Body {i}.", body_sha256=f"{i}" * 64) for i in range(4))
    long_ago = timezone.now() - timedelta(hours=1)
    version = runs.engine_version()
    stuck = TaggingRun.objects.create(article=a, body_sha256=a.body_sha256, engine_version=version,
                                      state=TaggingState.RUNNING, attempts=1, started_at=long_ago)
    exhausted = TaggingRun.objects.create(article=b, body_sha256=b.body_sha256, engine_version=version,
                                          state=TaggingState.RUNNING, attempts=3, started_at=long_ago)
    lost = TaggingRun.objects.create(article=c, body_sha256=c.body_sha256, engine_version=version,
                                     state=TaggingState.QUEUED, enqueued_at=long_ago)
    waiting = TaggingRun.objects.create(article=d, body_sha256=d.body_sha256, engine_version=version,
                                        state=TaggingState.QUEUED, enqueued_at=timezone.now())
    assert runs.sweep_stuck_runs() == {"requeued": 1, "failed": 1, "resent": 2}
    assert sorted(sent) == sorted([a.pk, c.pk])
    for run, state in [(stuck, "queued"), (exhausted, "failed"), (lost, "queued"), (waiting, "queued")]:
        run.refresh_from_db()
        assert run.state == state, run
    assert "worker lost" in exhausted.error
    sent.clear()
    # The next sweep does not send the same runs again: their messages are fresh.
    assert runs.sweep_stuck_runs() == {"requeued": 0, "failed": 0, "resent": 0}
    assert sent == []


def test_slow_worker_does_not_write_after_the_sweeper_gave_its_run_away(monkeypatch, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=STORY).article
    real = runs.run_engine

    def slow_engine(text, engine_version=None):
        # While this worker runs the engine, the sweeper re-queues the run and another worker claims it.
        TaggingRun.objects.update(state=TaggingState.QUEUED)
        monkeypatch.setattr(runs, "run_engine", real)
        assert runs.run_tagging(article_id=article.pk).result == "done"
        return real(text, engine_version)

    monkeypatch.setattr(runs, "run_engine", slow_engine)
    assert runs.run_tagging(article_id=article.pk).result == "skipped"
    assert current_claims(article) == engine_claims(STORY)
    assert Claim.objects.values("article", "ordinal").distinct().count() == Claim.objects.count()


# --- re-tag keeps editor work ----------------------------------------------------------------

CLAIM_FIELDS = ["id", "article_id", "ordinal", "text", "status", "assigned_to_id", "version"]
ATTRIBUTION_FIELDS = [
    "id", "claim_id", "source_id", "role", "cue_text", "cue_start", "cue_end", "source_text", "source_start",
    "source_end", "source_type", "confidence", "reason", "origin", "review", "engine_version",
]


def _editor_pass(article: Article, editor) -> None:
    """An editor decides on every claim: statuses, assignment, every attribution confirmed or
    rejected (alternately), plus one added by hand."""
    statuses = [ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE,
                ClaimStatus.IN_REVIEW, ClaimStatus.NOT_A_CLAIM]
    for i, claim in enumerate(article.claims.order_by("ordinal")):
        for j, attribution in enumerate(claim.attributions.order_by("id")):
            decision = AttributionReview.CONFIRMED if (i + j) % 2 == 0 else AttributionReview.REJECTED
            review_attribution(attribution_id=attribution.pk, actor=editor, decision=decision, note=f"checked {i}.{j}")
        add_attribution(claim_id=claim.pk, actor=editor, source_name=f"Desk note {i}", source_type="document",
                        cue_text="", note="found in the archive")
        assign_claim(claim_id=claim.pk, actor=editor, assignee=editor)
        target = statuses[i % len(statuses)]
        if target == ClaimStatus.NOT_A_CLAIM:
            change_claim_status(claim_id=claim.pk, actor=editor, to_status=target,
                                evidence_url="https://evidence.example.org/check")
        else:
            change_claim_status(claim_id=claim.pk, actor=editor, to_status=ClaimStatus.IN_REVIEW)
            if target != ClaimStatus.IN_REVIEW:
                change_claim_status(claim_id=claim.pk, actor=editor, to_status=target, note="checked",
                                evidence_url="https://evidence.example.org/check")


def test_retag_with_a_new_engine_keeps_every_editor_decision_field_by_field(
    committed, editor, settings, monkeypatch
):
    articles = [committed(ingest_article, body=body).article for body in (STORY, OTHER, STORY + " " + OTHER)]
    # A fourth article nobody touched: its machine attributions must be replaced.
    untouched = committed(ingest_article, body=OTHER + " The Journal said the data were revised.").article
    for article in articles:
        _editor_pass(article, editor)
    claims_before = {c["id"]: c for c in Claim.objects.filter(article__in=articles).values(*CLAIM_FIELDS, "flags")}
    touched_before = {a["id"]: a for a in Attribution.objects.editor_touched().values(*ATTRIBUTION_FIELDS)}
    events_before = list(ReviewEvent.objects.order_by("id").values_list("id", "claim_id", "action", "to_value"))
    assert all(c["status"] != ClaimStatus.UNVERIFIED for c in claims_before.values())
    assert Attribution.objects.filter(claim__article__in=articles).machine_pending().count() == 0
    assert {a["review"] for a in touched_before.values()} == {"confirmed", "rejected"}
    old_pending = set(Attribution.objects.filter(claim__article=untouched).values_list("id", flat=True))
    assert old_pending

    monkeypatch.setattr(runs, "engine_version", lambda: "2099.1")
    settings.TAGGING_ENGINE = "tests.poison_engine.tag_v2"
    out = StringIO()
    committed(call_command, "retag", "--stale", "--no-progress", stdout=out)
    assert "4 articles: 4 queued" in out.getvalue()

    for article in [*articles, untouched]:
        assert TaggingRun.objects.get(article=article, engine_version="2099.1").state == TaggingState.DONE
    claims_after = {c["id"]: c for c in Claim.objects.filter(article__in=articles).values(*CLAIM_FIELDS, "flags")}
    assert claims_after == claims_before
    touched_after = {a["id"]: a for a in Attribution.objects.editor_touched().values(*ATTRIBUTION_FIELDS)}
    assert touched_after == touched_before
    assert list(ReviewEvent.objects.order_by("id").values_list("id", "claim_id", "action", "to_value")) == events_before
    # Decided attributions are not proposed again by the new engine, confirmed or rejected.
    assert not Attribution.objects.filter(claim__article__in=articles).machine_pending().exists()
    # The untouched article's machine attributions were replaced by the new engine's.
    new = Attribution.objects.filter(claim__article=untouched)
    assert new.exists() and not old_pending & set(new.values_list("id", flat=True))
    assert set(new.values_list("engine_version", flat=True)) == {"2099.1"}
    assert all(r.startswith("v2: ") for r in new.values_list("reason", flat=True))


def test_body_edit_moves_kept_attributions_with_their_words_and_does_not_duplicate_them(committed, editor):
    article = committed(ingest_article, body=STORY, url="https://example.org/a").article
    for attribution in Attribution.objects.filter(claim__article=article):
        review_attribution(attribution_id=attribution.pk, actor=editor, decision=AttributionReview.CONFIRMED)
    edited = "Dover, Delaware. The city council met on Tuesday.\n\n" + STORY
    committed(edit_article, article_id=article.pk, actor=editor, title="t", body=edited, url=article.url)
    body = Article.objects.get(pk=article.pk).body
    confirmed = Attribution.objects.filter(claim__article=article, review=AttributionReview.CONFIRMED)
    assert confirmed.exists()
    for a in confirmed:
        if a.source_start is not None:
            assert body[a.source_start : a.source_end] == a.source_text
        if a.cue_start is not None:
            assert body[a.cue_start : a.cue_end] == a.cue_text
    confirmed_claims = set(confirmed.values_list("claim_id", flat=True))
    assert not Attribution.objects.filter(claim_id__in=confirmed_claims).machine_pending().exists()


# --- operator commands -----------------------------------------------------------------------


def _call(*args: str) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command(*args, stdout=out)
    except CommandError as exc:
        return exc.returncode, out.getvalue() + str(exc)
    return 0, out.getvalue()


def test_tagging_status_counts_states_and_names_the_oldest_stuck_run(settings, committed):
    settings.TAGGING_STUCK_AFTER = 60
    done = committed(ingest_article, body=STORY).article
    a = Article.objects.create(body="x.", body_sha256="a" * 64)
    b = Article.objects.create(body="y.", body_sha256="b" * 64)
    version = runs.engine_version()
    stuck = TaggingRun.objects.create(article=a, body_sha256=a.body_sha256, engine_version=version,
                                      state=TaggingState.RUNNING, attempts=2,
                                      started_at=timezone.now() - timedelta(minutes=10))
    TaggingRun.objects.create(article=b, body_sha256=b.body_sha256, engine_version=version,
                              state=TaggingState.FAILED, attempts=3, error="Traceback...\nValueError: bad segment",
                              finished_at=timezone.now())
    code, out = _call("tagging_status")
    assert code == 0, out
    assert "  done               1" in out and "  running            1" in out and "  failed             1" in out
    assert "  queued             0" in out
    assert f"oldest stuck run: run #{stuck.pk} of article {a.pk} (attempt 2), 10m" in out
    assert "ValueError: bad segment" in out
    assert "  stale              2" in out  # the two articles without a done run
    assert TaggingRun.objects.get(article=done).state == TaggingState.DONE
    code, out = _call("tagging_status", "--check")
    assert code == 1


def test_retag_modes_and_summary(committed, monkeypatch):
    first = committed(ingest_article, body=STORY).article
    second = committed(ingest_article, body=OTHER).article
    code, out = _call("retag", "--stale", "--no-progress")
    assert code == 0 and "0 articles" in out, out
    # --article forces a new pass even when tagged; the run stays the one for (body, engine).
    code, out = committed(_call, "retag", "--article", str(first.pk), "999999", "--no-progress")
    assert code == 1 and "1 queued" in out and "no article with id 999999" in out, out
    assert TaggingRun.objects.filter(article=first).count() == 1
    assert TaggingRun.objects.get(article=first).state == TaggingState.DONE

    monkeypatch.setattr(runs, "engine_version", lambda: "2099.1")
    code, out = _call("retag", "--stale", "--no-progress", "--batch-size", "1")
    assert code == 0 and "2 articles: 2 queued" in out, out
    code, out = _call("retag", "--stale", "--no-progress")  # queued, not yet run: not sent again
    assert "2 articles: 0 queued, 2 already queued or running" in out, out
    for article in (first, second):
        assert runs.run_tagging(article_id=article.pk).result == "done"
    code, out = _call("retag", "--all", "--no-progress")
    assert code == 0 and "2 articles: 2 queued" in out, out


def test_retag_failed_resets_failed_runs(settings, committed):
    settings.TAGGING_ENGINE = "tests.poison_engine.tag"
    settings.TAGGING_MAX_ATTEMPTS = 1
    article = committed(ingest_article, body="The mayor said POISON was found.").article
    assert TaggingRun.objects.get(article=article).state == TaggingState.FAILED
    code, out = _call("retag", "--stale", "--no-progress")
    assert "1 failed (use --failed to retry them)" in out, out
    settings.TAGGING_ENGINE = "provenance.engine.tag"
    code, out = committed(_call, "retag", "--failed", "--no-progress")
    assert code == 0 and "1 queued" in out, out
    run = TaggingRun.objects.get(article=article)
    assert (run.state, run.error) == (TaggingState.DONE, "")
    assert Claim.objects.filter(article=article).exists()


def test_retag_needs_exactly_one_mode():
    with pytest.raises(CommandError):
        call_command("retag", "--all", "--stale")
    with pytest.raises(CommandError):
        call_command("retag")



# --- batched tagging of new articles ---------------------------------------------------------


def test_batch_tagging_writes_what_the_one_by_one_path_writes(settings, django_capture_on_commit_callbacks):
    settings.TAGGING_ENGINE = "tests.poison_engine.tag"
    bodies = [STORY, OTHER, "The mayor said POISON was found.", STORY + " " + OTHER]
    with django_capture_on_commit_callbacks(execute=False):
        ids = [ingest_article(body=b).article.pk for b in bodies]
    # One article already has claims (an earlier body's): it must take the careful path.
    runs.run_tagging(article_id=ids[1])
    outcome = batch.run_tagging_batch(article_ids=[*ids, 999999])
    assert outcome == {"done": 2, "retry": 1, "skipped": 1, "gone": 1}
    for pk, body in zip(ids, bodies, strict=True):
        if "POISON" in body:
            assert not Claim.objects.filter(article_id=pk).exists()
            continue
        article = Article.objects.get(pk=pk)
        assert current_claims(article) == engine_claims(body)
    batch_written = {
        (c.text, c.sourcing_strength, c.tag_status, tuple(c.flags),
         tuple(sorted(c.attributions.values_list("role", "source_text", "cue_text", "source__canonical_name"))))
        for c in Claim.objects.filter(article_id=ids[0])
    }
    # The same body tagged one by one writes the same rows.
    with django_capture_on_commit_callbacks(execute=False):
        single = ingest_article(body=STORY, url="https://example.org/same").article
    runs.run_tagging(article_id=single.pk)
    assert batch_written == {
        (c.text, c.sourcing_strength, c.tag_status, tuple(c.flags),
         tuple(sorted(c.attributions.values_list("role", "source_text", "cue_text", "source__canonical_name"))))
        for c in Claim.objects.filter(article_id=single.pk)
    }
    run = TaggingRun.objects.get(article_id=ids[0])
    assert (run.state, run.attempts, run.claims_written) == (TaggingState.DONE, 1, len(engine_claims(STORY)))
    # A second delivery of the same batch writes nothing.
    before = Claim.objects.count(), Attribution.objects.count()
    assert batch.run_tagging_batch(article_ids=ids[:2])["skipped"] == 2
    assert (Claim.objects.count(), Attribution.objects.count()) == before


def test_batch_defers_what_it_cannot_reach_within_its_engine_budget(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    # A zero budget: each batch tags one article and hands the rest back, sent again as a new batch.
    settings.CELERY_TASK_SOFT_TIME_LIMIT = 0
    bodies = [STORY, OTHER, STORY + " " + OTHER]
    with django_capture_on_commit_callbacks(execute=False):
        ids = [ingest_article(body=b).article.pk for b in bodies]
    sent: list[list[int]] = []
    monkeypatch.setattr(queue, "enqueue_tagging_batch", sent.append)
    with django_capture_on_commit_callbacks(execute=True):
        assert batch.run_tagging_batch(article_ids=ids) == {"done": 1, "deferred": 2}
    assert sent == [ids[1:]]
    # Handed back uncounted and queued again, so the next batch claims them as usual.
    assert [r.attempts for r in TaggingRun.objects.filter(article_id__in=ids[1:])] == [0, 0]
    assert set(TaggingRun.objects.filter(article_id__in=ids[1:]).values_list("state", flat=True)) == {"queued"}
    while sent:
        with django_capture_on_commit_callbacks(execute=True):
            batch.run_tagging_batch(article_ids=sent.pop(0))
    for pk, body in zip(ids, bodies, strict=True):
        assert current_claims(Article.objects.get(pk=pk)) == engine_claims(body)
        run = TaggingRun.objects.get(article_id=pk)
        assert (run.state, run.attempts) == (TaggingState.DONE, 1)


def test_batch_write_keeps_backslashes_tabs_quotes_and_newlines():
    # COPY's text format escapes these on PostgreSQL; the stored text must be the body's, exactly.
    body = (
        'Officials said the share drive "C:\\new\\table" held the\tplans, per a filing with the SEC.\n'
        "The mayor said a backslash \\N is not a NULL and that\r\nprices rose 3 percent, the ministry said."
    )
    article = ingest_article(body=body).article
    assert batch.run_tagging_batch(article_ids=[article.pk]) == {"done": 1}
    article.refresh_from_db()
    stored = list(article.claims.order_by("ordinal"))
    assert [c.text for c in stored] == engine_claims(article.body)
    assert any("\\new\\table" in c.text and "\t" in c.text for c in stored)
    assert any("\\N" in c.text for c in stored)
    assert all(article.body[c.start : c.end] == c.text for c in stored)
    for claim in stored:
        for a in claim.attributions.all():
            if a.source_start is not None:
                assert article.body[a.source_start : a.source_end] == a.source_text
            if a.cue_start is not None:
                assert article.body[a.cue_start : a.cue_end] == a.cue_text
    assert Attribution.objects.filter(claim__article=article).exists()


# --- re-tags write only what changed ---------------------------------------------------------


def _claim_rows(article: Article) -> dict[int, tuple]:
    return {c.pk: (c.ordinal, c.start, c.text, c.version, c.updated_at) for c in article.claims.all()}


def test_retag_with_the_same_output_rewrites_no_claim_and_no_attribution(committed):
    article = committed(ingest_article, body=STORY + " " + OTHER).article
    claims_before = _claim_rows(article)
    attributions_before = set(Attribution.objects.filter(claim__article=article).values_list("id", "updated_at"))
    assert attributions_before
    committed(runs.retag_articles, article_ids=[article.pk], force=True)
    run = TaggingRun.objects.get(article=article)
    assert (run.state, run.attempts) == (TaggingState.DONE, 1)
    assert run.attributions_written == len(attributions_before)
    assert _claim_rows(article) == claims_before
    assert set(Attribution.objects.filter(claim__article=article).values_list("id", "updated_at")) == attributions_before


def test_retag_with_new_proposals_replaces_them_and_marks_only_those_claims_updated(committed, settings, monkeypatch):
    # One sentence says nothing about its source: no proposals, old or new, so it stays untouched.
    article = committed(ingest_article, body=STORY + " The plant opened in 1952. " + OTHER).article
    claims_before = _claim_rows(article)
    with_attributions = set(Attribution.objects.filter(claim__article=article).values_list("claim_id", flat=True))
    assert 0 < len(with_attributions) < len(claims_before)
    monkeypatch.setattr(runs, "engine_version", lambda: "2099.1")
    settings.TAGGING_ENGINE = "tests.poison_engine.tag_v2"
    committed(runs.retag_articles, article_ids=[article.pk])
    after = _claim_rows(article)
    for pk, row in claims_before.items():
        # Same sentences, so same columns; only the claims whose proposals changed count as updated.
        assert after[pk][:4] == row[:4]
        assert (after[pk][4] > row[4]) == (pk in with_attributions)
    assert set(Attribution.objects.filter(claim__article=article).values_list("engine_version", flat=True)) == {"2099.1"}


def test_reordered_paragraphs_swap_ordinals_without_collisions(committed, editor):
    first, second, third = STORY, OTHER, "Mayor Dana Whitfield said the bridge would reopen in May."
    body = "\n\n".join([first, second, third])
    article = committed(ingest_article, body=body, url="https://example.org/r").article
    decided = article.claims.order_by("ordinal").first()
    change_claim_status(claim_id=decided.pk, actor=editor, to_status=ClaimStatus.IN_REVIEW)
    reordered = "\n\n".join([third, second, first])
    committed(edit_article, article_id=article.pk, actor=editor, title="t", body=reordered, url=article.url)
    assert current_claims(article) == engine_claims(reordered)
    decided.refresh_from_db()
    # The editor's claim moved with its sentence: same row, new position, status kept.
    assert decided.status == ClaimStatus.IN_REVIEW and decided.ordinal > 0
    assert Article.objects.get(pk=article.pk).body[decided.start : decided.end] == decided.text
