"""Claim matching, measured: quality on the project's evaluation set, and speed at a million claims.

    python bench/matching.py eval                 # pair precision / recall / F1, first appearance
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/provenance_bench_match \\
        python bench/matching.py scale --claims 1000000   # ms per claim, memory, index sizes

`eval` ingests bench/matching_eval.py's articles through the real pipeline (ingest, the engine,
the match task) into a fresh database (a temporary SQLite file unless DATABASE_URL is set; a
PostgreSQL one is flushed first), then compares the stored suggestions with the gold labels:
- pairs: every two claims with the same label in different articles is a gold pair; a stored
  (non-rejected) ClaimMatch is a predicted pair;
- first appearance: for each claim that has a gold partner and at least one suggestion, whether
  the selector's first appearance is the earliest article that states its fact;
- a threshold sweep of the scorer alone over every cross-article pair (no candidate search), to
  show where scorer.THRESHOLD sits.

`scale` appends N claims to a PostgreSQL database with COPY (a Zipf vocabulary, names and figures,
so the full-text index sees realistic term frequencies; their signatures are written by the same
code the service uses), then ingests the evaluation articles one by one and times match_article
for each: the median and p95 milliseconds per claim, peak Python memory per article, and the
index sizes. Seeding again appends again (use a fresh database to start over).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from itertools import accumulate, combinations, count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASE = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def setup(database_url: str | None) -> None:
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ.pop("REDIS_URL", None)  # tasks run eagerly, in this process
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()


# --- quality ---------------------------------------------------------------------------------------


def ingest_eval(*, url_prefix: str = "https://eval.example.org") -> dict[int, str]:
    """Ingest the evaluation articles; returns {claim id: gold label}."""
    from bench.matching_eval import articles
    from claims.models import Claim
    from provenance.services import ingest_article

    labels: dict[int, str] = {}
    for n, art in enumerate(articles()):
        body = "\n\n".join(sentence for _, sentence in art["sentences"])
        published = BASE + dt.timedelta(days=art["day"], minutes=n)
        result = ingest_article(
            body=body, title=f"{art['story']} by {art['outlet']}", url=f"{url_prefix}/{art['story']}/{n}",
            publisher=art["outlet"], published_at=published.isoformat(),
        )
        starts, pos = [], 0
        for label, sentence in art["sentences"]:
            at = body.index(sentence, pos)
            starts.append((at, at + len(sentence), label))
            pos = at + len(sentence)
        for claim_id, start in Claim.objects.filter(article=result.article).values_list("id", "start"):
            label = next((lab for lo, hi, lab in starts if lo <= start < hi), None)
            if label:
                labels[claim_id] = label
    return labels


def pair_metrics(labels: dict[int, str], article_of: dict[int, int], predicted: set[tuple[int, int]]) -> dict:
    by_label: dict[str, list[int]] = defaultdict(list)
    for claim_id, label in labels.items():
        by_label[label].append(claim_id)
    gold = {
        tuple(sorted(p))
        for ids in by_label.values()
        for p in combinations(ids, 2)
        if article_of[p[0]] != article_of[p[1]]
    }
    tp = len(gold & predicted)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": len(gold), "predicted": len(predicted), "tp": tp, "precision": precision, "recall": recall,
            "f1": f1, "missed": sorted(gold - predicted), "wrong": sorted(predicted - gold)}


def run_eval(show: int) -> dict:
    from django.core.management import call_command

    from claims.models import Article, Claim
    from provenance import selectors
    from provenance.matching import Features, scorer
    from provenance.models import ClaimMatch, MatchSignature, MatchState

    call_command("migrate", verbosity=0)
    if Article.objects.exists():
        call_command("flush", interactive=False, verbosity=0)
    started = time.monotonic()
    labels = ingest_eval()
    elapsed = time.monotonic() - started
    info = {c.pk: c for c in Claim.objects.filter(pk__in=labels).select_related("article")}
    article_of = {pk: c.article_id for pk, c in info.items()}
    predicted = {
        tuple(sorted(p))
        for p in ClaimMatch.objects.exclude(state=MatchState.REJECTED).values_list("claim_id", "other_id")
        if p[0] in labels and p[1] in labels
    }
    m = pair_metrics(labels, article_of, predicted)
    print(f"evaluation set: {len({c.article_id for c in info.values()})} articles, {len(labels)} claims, "
          f"{m['gold']} gold pairs; ingest + tag + match took {elapsed:.1f} s")
    print(f"suggestions (threshold {scorer.THRESHOLD}): predicted {m['predicted']}, correct {m['tp']}")
    print(f"pair precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}")

    # First appearance, for every claim with a gold partner elsewhere and at least one suggestion.
    earliest: dict[str, tuple] = {}
    for pk, label in labels.items():
        art = info[pk].article
        key = (art.published_at, art.pk)
        if label not in earliest or key < earliest[label]:
            earliest[label] = key
    partnered = {pk for pk, label in labels.items()
                 if any(labels[o] == label and article_of[o] != article_of[pk] for o in labels if o != pk)}
    matched = set(ClaimMatch.objects.filter(claim_id__in=partnered).exclude(state=MatchState.REJECTED)
                  .values_list("claim_id", flat=True))
    firsts = selectors.first_appearances(sorted(matched))
    right = sum(1 for pk in matched if firsts[pk].article_id == earliest[labels[pk]][1])
    share = right / len(matched) if matched else 0.0
    print(f"first appearance right for {right} of {len(matched)} matched claims ({share:.1%})")

    for title, pairs in (("missed", m["missed"]), ("wrong", m["wrong"])):
        for a, b in pairs[:show]:
            print(f"  {title}: [{labels[a]}] {info[a].text[:90]!r}\n     ~ [{labels[b]}] {info[b].text[:90]!r}")

    # The scorer alone over every cross-article pair, at several thresholds.
    feats = {s.claim_id: Features.from_dict(s.features) for s in MatchSignature.objects.filter(claim_id__in=labels)}
    scores = {}
    for a, b in combinations(sorted(feats), 2):
        if article_of[a] != article_of[b]:
            s = scorer.score(feats[a], feats[b])
            scores[(a, b)] = 0.0 if s.veto else s.value
    print("scorer alone (every cross-article pair), by threshold:")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        mt = pair_metrics(labels, article_of, {p for p, v in scores.items() if v >= t})
        print(f"  {t:.2f}: precision {mt['precision']:.3f} recall {mt['recall']:.3f} F1 {mt['f1']:.3f}")
    return {"f1": m["f1"], "first_appearance": share}


# --- speed at scale ----------------------------------------------------------------------------------

FIRST = ("Alden Bria Carys Dario Elif Faye Goran Hale Ines Joss Kemal Lior Mira Nadia Oren Pia Quill Rhea Soren "
         "Tova Uri Vela Wren Xavi Yara Zane").split()
LAST = ("Abara Benn Castell Dorne Ekwueme Farrow Galt Hessler Ivers Jovic Kaur Lund Merrow Nakata Orsi Petrov "
        "Quaid Rask Sable Tamm Ulrich Voss Whitlow Yoon Zell").split()
PLACES = ("Ashby Brennock Calder Dunmere Elsworth Fairhaven Glenrock Holloway Ironbridge Juniper Kestrel Larkhill "
          "Millbrook Northgate Oakhurst Pendle Quarry Rosslyn Stonebay Thornfield").split()


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(4, 10))))
    return sorted(words)


def sentence_factory(seed_value: int = 11, stream: int | None = None):
    """Synthetic claims: a Zipf vocabulary (a few words everywhere, most rare), names, places, figures.

    The vocabulary depends on `seed_value` only; `stream` picks another sequence of sentences over
    the same vocabulary (the new articles timed against the seeded archive).
    """
    rng = random.Random(seed_value)
    vocab = _vocabulary(50_000, rng)
    if stream is not None:
        rng = random.Random(stream)
    cum = list(accumulate(1 / (rank + 1) for rank in range(len(vocab))))

    def sentence() -> str:
        words = rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 20))
        if rng.random() < 0.6:
            words.insert(rng.randrange(len(words)), f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(PLACES))
        if rng.random() < 0.6:
            words.insert(rng.randrange(len(words)), f"{rng.randint(2, 9999):,}")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    return sentence


def seed_claims(n_claims: int, *, claims_per_article: int = 12, seed_value: int = 11) -> None:
    """Append n_claims synthetic claims with their signatures (COPY), in articles of claims_per_article."""
    from django.db import connection, transaction

    from bench.seed import _copy, _fix_sequence, _next_id
    from provenance.matching import claim_features
    from provenance.services.matching import content_key

    sentence = sentence_factory(seed_value)
    n_articles = -(-n_claims // claims_per_article)
    now = dt.datetime.now(dt.UTC)
    started = time.monotonic()

    from provenance.models import Source, SourceType

    outlets = [Source.objects.get_or_create(canonical_name=f"Scale outlet {n}", type=SourceType.NEWS_OUTLET)[0].pk
               for n in range(40)]
    with transaction.atomic(), connection.cursor() as cur:
        cursor = cur.cursor
        art0, claim0 = _next_id(cur, "claims_article"), _next_id(cur, "claims_claim")
        _copy(cursor, "claims_article",
              ["id", "title", "url", "publisher_id", "published_at", "body", "body_sha256", "created_at", "updated_at"],
              ([art0 + i, f"Scale article {art0 + i}", f"https://scale.example.org/{art0 + i}", outlets[i % len(outlets)],
                BASE - dt.timedelta(minutes=n_articles - i), "Scale body.", f"{art0 + i:064x}", now, now]
               for i in range(n_articles)))
        texts: list[str] = []

        def claims():
            for i in range(n_claims):
                text = sentence()
                texts.append(text)
                yield [claim0 + i, art0 + i // claims_per_article, i % claims_per_article, 0, len(text), text,
                       f"{claim0 + i:064x}", 0, "unattributed", "unverified", "none", "[]", 1, now, now]

        _copy(cursor, "claims_claim",
              ["id", "article_id", "ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status",
               "status", "sourcing_strength", "flags", "version", "created_at", "updated_at"], claims())
        print(f"  claims: {n_claims:,} in {time.monotonic() - started:.0f} s", flush=True)

        def signatures():
            import json

            for i, text in enumerate(texts):
                f = claim_features(text)
                yield [claim0 + i, f.search_terms, content_key(f), json.dumps(f.to_dict()), "seed", now]
                if i and i % 100_000 == 0:
                    print(f"  signatures: {i:,} after {time.monotonic() - started:.0f} s", flush=True)

        _copy(cursor, "provenance_matchsignature",
              ["claim_id", "terms", "content_key", "features", "basis", "updated_at"], signatures())
        for table in ("claims_article", "claims_claim"):
            _fix_sequence(cur, table)
    with connection.cursor() as cur:
        cur.execute("ANALYZE claims_article, claims_claim, provenance_matchsignature")
    print(f"  seeded {n_claims:,} claims with signatures in {time.monotonic() - started:.0f} s", flush=True)


def index_sizes() -> list[tuple[str, str]]:
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute(
            "SELECT indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) FROM pg_stat_user_indexes "
            "WHERE relname IN ('provenance_matchsignature', 'provenance_claimmatch') ORDER BY indexrelname"
        )
        rows = cur.fetchall()
        cur.execute("SELECT pg_size_pretty(pg_total_relation_size('provenance_matchsignature')), "
                    "pg_size_pretty(pg_relation_size('provenance_matchsignature'))")
        total, heap = cur.fetchone()
    return [*rows, ("provenance_matchsignature (table + indexes)", total), ("provenance_matchsignature (heap)", heap)]


def run_scale(n_claims: int, rounds: int, synthetic: int) -> None:
    from django.core.management import call_command
    from django.db import connection

    from claims.models import Article, Claim
    from provenance.models import MatchSignature, Source, SourceType
    from provenance.services import matching

    if connection.vendor != "postgresql":
        raise SystemExit("scale needs PostgreSQL: set DATABASE_URL=postgres://...")
    call_command("migrate", verbosity=0)
    have = MatchSignature.objects.count()
    if have < n_claims:
        print(f"seeding {n_claims - have:,} claims (have {have:,})", flush=True)
        seed_claims(n_claims - have)
    print(f"signatures in the database: {MatchSignature.objects.count():,}")
    for name, size in index_sizes():
        print(f"  {name}: {size}")
    with open("/proc/loadavg") as f:
        print(f"load average before timing: {f.read().split()[:3]}")

    per_claim: list[float] = []
    peaks: list[int] = []
    for r in range(rounds):
        # Fresh articles each round (different urls), so every round matches new claims.
        matching_calls: list[tuple[int, float, int]] = []
        real = matching.match_article

        seen = count()

        def timed(*, article_id: int, _real=real, _calls=matching_calls, _seen=seen):
            n = Claim.objects.filter(article_id=article_id, ordinal__isnull=False).count()
            out, took, peak = measured(lambda: _real(article_id=article_id), memory=next(_seen) % 4 == 3)
            if peak is not None:
                peaks.append(peak)
            else:
                _calls.append((n, took, out.suggested))
            return out

        matching.match_article = timed
        try:
            ingest_eval(url_prefix=f"https://eval.example.org/r{r}-{time.time_ns()}")
        finally:
            matching.match_article = real
        for n, took, _ in matching_calls:
            if n:
                per_claim.append(took * 1000 / n)
        print(f"round {r + 1}: {len(matching_calls)} articles matched, "
              f"median {statistics.median(per_claim):.1f} ms per claim so far", flush=True)
    report("evaluation articles (English; few of their terms occur in the synthetic archive)", per_claim, peaks)

    # New articles drawn from the archive's own vocabulary: their terms are as frequent in the
    # index as the archive's, the pessimistic case for the full-text search.
    sentence = sentence_factory(stream=time.time_ns())
    outlet = Source.objects.get_or_create(canonical_name="Scale outlet 0", type=SourceType.NEWS_OUTLET)[0]
    per_claim, peaks = [], []
    for n in range(synthetic):
        texts = [sentence() for _ in range(12)]
        body = "\n\n".join(texts)
        article = Article.objects.create(title=f"Timed article {n}", body=body, body_sha256=f"t{time.time_ns():063d}"[-64:],
                                         url=f"https://scale.example.org/timed/{time.time_ns()}", publisher=outlet,
                                         published_at=BASE)
        pos = 0
        rows = []
        for i, text in enumerate(texts):
            rows.append(Claim(article=article, ordinal=i, start=pos, end=pos + len(text), text=text, text_hash=f"t{i}"))
            pos += len(text) + 2
        Claim.objects.bulk_create(rows)
        _, took, peak = measured(lambda article_id=article.pk: matching.match_article(article_id=article_id),
                                 memory=n % 4 == 3)
        if peak is not None:
            peaks.append(peak)
        else:
            per_claim.append(took * 1000 / len(texts))
    report("synthetic articles (the archive's vocabulary)", per_claim, peaks)
    print(f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def measured(call, *, memory: bool):  # noqa: ANN001, ANN201
    """(result, seconds, peak bytes or None). tracemalloc slows Python several times over, so an
    article is either timed or measured for memory, never both."""
    if memory:
        tracemalloc.start()
    t0 = time.perf_counter()
    out = call()
    took = time.perf_counter() - t0
    peak = None
    if memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return out, took, peak


def report(what: str, per_claim: list[float], peaks: list[int]) -> None:
    per_claim = sorted(per_claim)
    print(f"{what}: match_article per claim over {len(per_claim)} articles: median "
          f"{statistics.median(per_claim):.1f} ms, p95 {per_claim[int(len(per_claim) * 0.95)]:.1f} ms, "
          f"max {per_claim[-1]:.1f} ms; peak Python memory per article median {statistics.median(peaks) / 1024:.0f} KiB, "
          f"max {max(peaks) / 1024:.0f} KiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="mode", required=True)
    ev = sub.add_parser("eval", help="precision / recall / F1 and first appearance on the evaluation set")
    ev.add_argument("--show", type=int, default=10, help="missed and wrong pairs to print")
    sc = sub.add_parser("scale", help="ms per claim on PostgreSQL with N existing claims")
    sc.add_argument("--claims", type=int, default=1_000_000)
    sc.add_argument("--rounds", type=int, default=2, help="times the evaluation articles are matched")
    sc.add_argument("--synthetic", type=int, default=100, help="new articles drawn from the archive's vocabulary")
    args = parser.parse_args()
    if args.mode == "eval":
        url = os.environ.get("DATABASE_URL")
        tmp = None
        if not url:
            tmp = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)  # noqa: SIM115
            url = f"sqlite:///{tmp.name}"
        setup(url)
        try:
            run_eval(args.show)
        finally:
            if tmp:
                Path(tmp.name).unlink(missing_ok=True)
    else:
        setup(None)
        run_scale(args.claims, args.rounds, args.synthetic)


if __name__ == "__main__":
    main()
