"""The tagging pipeline under failure, with real worker processes on Redis and PostgreSQL.

Each test starts `celery -A config worker` subprocesses (tests/conftest.py) with short time
limits in their environment, so that crashes, redeliveries and sweeps happen within seconds.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest
from django.db import transaction

from claims.models import Article, Claim
from claims.services.articles import prepare_article
from provenance.engine import tag
from provenance.models import Attribution, TaggingRun, TaggingState
from provenance.services.ingest import ingest_articles
from provenance.services.runs import engine_version
from provenance.tasks import sweep_stuck_runs, tag_article
from tests.conftest import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres]

# Short limits (seconds) so a killed worker's runs come back quickly: soft < hard < visibility,
# and a run counts as stuck only after the hard limit would have killed a live one.
FAST_RECOVERY = {
    "CELERY_TASK_SOFT_TIME_LIMIT": "2",
    "CELERY_TASK_TIME_LIMIT": "3",
    "CELERY_VISIBILITY_TIMEOUT": "5",
    "TAGGING_STUCK_AFTER": "4",
    "TAGGING_MAX_ATTEMPTS": "3",
}

SUBJECTS = ["The Harwick city council", "A company spokesperson", "People familiar with the matter",
            "Commerce Secretary Laura Pinsky", "The Coastline Herald", "Analyst Jane Doe", "Critics",
            "A filing with the SEC"]
VERBS = ["said", "reported", "told reporters", "warned", "argued"]
FACTS = ["the bridge would reopen in May", "prices rose 3 percent last year", "the plant employs 400 people",
         "the merger needs approval from regulators", "talks with the union had stalled"]


def generated_bodies(n: int, seed: int) -> list[str]:
    """Project-written, templated articles (never real news text)."""
    rng = random.Random(seed)
    bodies = []
    for i in range(n):
        sentences = [f"Story {seed}-{i}: {rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(FACTS)}."]
        for _ in range(rng.randint(3, 7)):
            form = rng.randrange(3)
            if form == 0:
                sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(FACTS)}.")
            elif form == 1:
                sentences.append(f"{rng.choice(FACTS).capitalize()}, according to {rng.choice(SUBJECTS).lower()}.")
            else:
                sentences.append(f"The mayor reportedly said {rng.choice(FACTS)}.")
        bodies.append(" ".join(sentences))
    return bodies


def ingest(bodies: list[str]) -> list[int]:
    with transaction.atomic():
        outcomes = ingest_articles(items=[prepare_article(body=b) for b in bodies])
    assert outcomes == ["created"] * len(bodies)
    return list(Article.objects.order_by("pk").values_list("pk", flat=True))


def engine_view(body: str) -> list[tuple[str, list[tuple]]]:
    doc = tag(body).to_dict()
    out = []
    for seg in doc["segments"]:
        if seg["kind"] != "claim":
            continue
        attrs = sorted(
            (a["role"], (a["source"] or {}).get("text", ""), (a["cue"] or {}).get("text", ""),
             (a["source"] or {}).get("start"), (a["cue"] or {}).get("start"))
            for a in seg["attributions"]
        )
        out.append((body[seg["start"] : seg["end"]], attrs))
    return out


def stored_view(article: Article) -> list[tuple[str, list[tuple]]]:
    out = []
    for claim in article.claims.order_by("ordinal").prefetch_related("attributions"):
        attrs = sorted(
            (a.role, a.source_text, a.cue_text, a.source_start, a.cue_start) for a in claim.attributions.all()
        )
        out.append((claim.text, attrs))
    return out


def assert_tagged_exactly_once(article_ids: list[int]) -> None:
    version = engine_version()
    for article in Article.objects.filter(pk__in=article_ids):
        runs = list(TaggingRun.objects.filter(article=article))
        assert len(runs) == 1, runs
        assert (runs[0].state, runs[0].body_sha256, runs[0].engine_version) == (
            TaggingState.DONE, article.body_sha256, version,
        )
        assert stored_view(article) == engine_view(article.body), article.pk
    claims = Claim.objects.filter(article_id__in=article_ids)
    assert not claims.filter(ordinal__isnull=True).exists()
    keys = Counter(claims.values_list("article_id", "text_hash", "occurrence"))
    assert max(keys.values()) == 1, "duplicate claims"
    spans = Counter(
        Attribution.objects.filter(claim__article_id__in=article_ids).values_list(
            "claim_id", "role", "source_start", "source_end", "cue_start", "cue_end"
        )
    )
    assert max(spans.values()) == 1, "duplicate attributions"


@pytest.mark.timeout(150)
def test_worker_killed_mid_batch_every_article_ends_tagged_exactly_once(worker_factory):
    env = {**FAST_RECOVERY, "TAGGING_ENGINE": "tests.poison_engine.tag_slowly", "TAG_DELAY": "0.03"}
    first = worker_factory(**env).start(concurrency=2)
    ids = ingest(generated_bodies(300, seed=1))

    def done() -> int:
        return TaggingRun.objects.filter(state=TaggingState.DONE).count()

    wait_for(lambda: done() >= 40, timeout=60, what="the first worker to tag some articles")
    first.kill()
    at_kill = Counter(TaggingRun.objects.values_list("state", flat=True))
    print("states when the worker was killed:", dict(at_kill))
    assert at_kill[TaggingState.DONE] < 300, "the worker finished before it was killed; the test proved nothing"

    worker_factory(**env).start(concurrency=2)

    def all_done_sweeping() -> bool:
        # What beat does every minute in production: sent to the new worker, which uses its short limits.
        sweep_stuck_runs.delay()
        return done() == 300

    wait_for(all_done_sweeping, timeout=90, interval=1.0, what="every article to be tagged after the crash")
    assert_tagged_exactly_once(ids)
    assert not TaggingRun.objects.exclude(state=TaggingState.DONE).exists()
    # Runs caught mid-flight by the kill were claimed again (attempt 2), never written twice.
    if at_kill[TaggingState.RUNNING]:
        assert TaggingRun.objects.filter(attempts__gte=2).exists()


@pytest.mark.timeout(90)
def test_poison_article_fails_after_n_attempts_while_fifty_others_are_tagged(worker_factory):
    worker_factory(**FAST_RECOVERY, TAGGING_ENGINE="tests.poison_engine.tag").start(concurrency=2)
    bodies = generated_bodies(50, seed=2)
    bodies.insert(25, "The mayor said the river contained POISON. Officials said the water was safe.")
    ids = ingest(bodies)
    poison_id = ids[25]

    def settled() -> bool:
        return (
            TaggingRun.objects.filter(state=TaggingState.DONE).count() == 50
            and TaggingRun.objects.filter(article_id=poison_id, state=TaggingState.FAILED).exists()
        )

    wait_for(settled, timeout=60, what="50 articles done and the poison one failed")
    run = TaggingRun.objects.get(article_id=poison_id)
    assert run.attempts == 3
    assert "PoisonArticleError" in run.error and "attempt 3 of 3" in run.error
    assert not Claim.objects.filter(article_id=poison_id).exists()
    assert_tagged_exactly_once([i for i in ids if i != poison_id])


@pytest.mark.timeout(90)
def test_duplicate_delivery_to_two_workers_writes_one_set_of_claims(worker_factory, monkeypatch):
    from provenance import queue

    # Hold back the enqueue-after-commit so that every article gets exactly two deliveries, sent
    # back to back while no worker runs, then picked up by two workers at once.
    monkeypatch.setattr(queue, "enqueue_tagging_batch", lambda article_ids: None)
    ids = ingest(generated_bodies(30, seed=3))
    for article_id in ids:
        tag_article.delay(article_id)
        tag_article.delay(article_id)
    env = {**FAST_RECOVERY, "TAGGING_ENGINE": "tests.poison_engine.tag_slowly", "TAG_DELAY": "0.1"}
    one, two = worker_factory(**env).start(), worker_factory(**env).start()

    def results() -> Counter[str]:
        logs = one.log.read_text() + two.log.read_text()
        return Counter(re.findall(r"tag_article\[[^\]]+\] succeeded in [0-9.e-]+s: '(\w+)'", logs))

    wait_for(lambda: sum(results().values()) == 60, timeout=60, what="all 60 deliveries to be processed")
    assert results() == Counter({"done": 30, "skipped": 30})
    # Both workers took part, so some duplicates really did arrive at two processes.
    assert "succeeded" in one.log.read_text() and "succeeded" in two.log.read_text()
    assert set(TaggingRun.objects.values_list("attempts", flat=True)) == {1}
    assert_tagged_exactly_once(ids)
