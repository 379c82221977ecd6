"""Simulate a desk that reviews articles and trains the tagger on its decisions; print the learning curve.

    python bench/learning.py --polnear ../shared/eval/polnear-train --out /tmp/model.json \\
        [--sizes 50,100,200,400,all] [--eval ../shared/eval/polnear-dev] [--database-url URL]

1. Ingests every article of --polnear (BRAT standoff: text/*.txt, attributions/*.ann) into a
   throwaway database (a fresh SQLite file in a temporary folder unless --database-url names an
   empty one, e.g. postgres://postgres@127.0.0.1:5432/provenance_wt11_bench); the rules tag them.
2. Turns the gold annotations into an editor's decisions through the product's services, article
   by article in a fixed shuffled order: machine attributions whose source and cue match a gold
   attribution are confirmed, the others rejected, gold attributions still missing are added with
   their spans, and every other claim of the article is moved to `in_review` (the desk read it).
3. After each size (articles reviewed so far) runs the real `manage.py train_tagger` and, with
   --eval, scores that model on the eval split with the shared PolNeAR scorer, next to the rules.
4. Writes the largest size's model file to --out, and prints the engine's speed with it.

PolNeAR text and every model trained on it stay in temporary folders: never commit them.
Figures depend on the machine's load; the speed lines give CPU time on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TRIM = " \t\r\n\"'“”‘’.,;:()[]—–-"


def parse_ann(path: Path) -> list[dict]:
    """Gold attributions of one .ann file: [{"source": (s, e) | None, "cue": (s, e) | None}] (span extents)."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        head = line.split("\t", 1)[0]
        if "\t" in line and head[:1] in "TE#RAN" and head[1:].isdigit():
            lines.append(line)
        elif lines:
            lines[-1] += "\n" + line
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for line in lines:
        parts = line.split("\t")
        if parts[0].startswith("T"):
            _, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
        elif parts[0].startswith("E"):
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, tid = arg.split(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(tid)

            def extent(kind: str, roles: dict = roles) -> tuple[int, int] | None:
                frags = [f for tid in roles.get(kind, []) for f in spans.get(tid, [])]
                return (min(s for s, _ in frags), max(e for _, e in frags)) if frags else None

            out.append({"source": extent("Source"), "cue": extent("Cue")})
    return out


def trimmed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    s, e = span
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return (s, e) if s < e else None


def load_split(folder: Path) -> tuple[dict[str, str], dict[str, list[dict]]]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((folder / "text").glob("*.txt"))}
    gold: dict[str, list[dict]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        gold.setdefault(article, parse_ann(ann))  # the first annotator's file, when there are two
    return texts, gold


def setup_django(database_url: str | None, workdir: Path) -> None:
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.pop("REDIS_URL", None)  # tasks run eagerly, in this process
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "1")
    import logging

    import django

    django.setup()
    logging.getLogger("celery").setLevel(logging.WARNING)  # one line per eager task otherwise
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def offset_map(original: str, stored: str) -> list[int] | None:
    """Where each offset of the original text lies in the stored body, when storing only dropped
    characters (trailing whitespace, control characters); None if it changed them otherwise."""
    out, j = [], 0
    for ch in original:
        out.append(j)
        if j < len(stored) and stored[j] == ch:
            j += 1
    out.append(j)
    return out if j == len(stored) else None


def moved(span: tuple[int, int] | None, where: list[int]) -> tuple[int, int] | None:
    return None if span is None else (where[span[0]], where[span[1]])


def ingest(texts: dict[str, str], gold: dict[str, list[dict]]) -> tuple[dict[str, int], int]:
    """Store and tag every article; gold offsets are moved onto the stored bodies (in place)."""
    from claims.models import Article
    from provenance.services import ingest_article

    if Article.objects.exists():
        sys.exit("the bench database already holds articles: give it an empty (throwaway) database")
    ids, skipped = {}, 0
    for name, text in list(texts.items()):
        try:
            result = ingest_article(body=text, title=name, url=f"https://bench.invalid/{name}")
        except Exception as exc:  # noqa: BLE001 - refused input is counted, the bench goes on
            print(f"  not ingested {name}: {exc}", file=sys.stderr)
            skipped += 1
            continue
        body = result.article.body
        if body != text:
            where = offset_map(text, body)
            if where is None:
                skipped += 1  # normalised on the way in beyond dropping characters: the gold would not fit
                continue
            gold[name] = [{k: moved(g[k], where) for k in ("source", "cue")} for g in gold.get(name, [])]
            texts[name] = body
        ids[name] = result.article.pk
    return ids, skipped


def editor_user():  # noqa: ANN201
    from django.contrib.auth.models import Group, Permission, User

    from claims.roles import sync_roles

    sync_roles(Group, Permission)
    user, _ = User.objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="Editor"))
    return User.objects.get(pk=user.pk)


def review_article(article_id: int, text: str, gold: list[dict], actor, counts: dict) -> None:  # noqa: ANN001
    """One editor's pass over an article, through the services the admin and the API use."""
    from claims.models import Claim, ClaimStatus
    from claims.services import WorkflowError, change_claim_status
    from provenance.engine.learned.rules import classify
    from provenance.models import Attribution, AttributionReview
    from provenance.services import add_attribution, review_attribution

    wanted = []
    for g in gold:
        cue, source = trimmed(text, g["cue"]), trimmed(text, g["source"])
        if cue or source:
            wanted.append((source, cue))
    matched: set[int] = set()
    claims = list(Claim.objects.filter(article_id=article_id, ordinal__isnull=False).order_by("ordinal"))
    touched: set[int] = set()
    for a in Attribution.objects.filter(claim__article_id=article_id, review=AttributionReview.PENDING).order_by("id"):
        mine = (trimmed(text, (a.source_start, a.source_end)) if a.source_start is not None else None,
                trimmed(text, (a.cue_start, a.cue_end)) if a.cue_start is not None else None)
        hit = next((k for k, w in enumerate(wanted) if w == mine and k not in matched), None)
        decision = AttributionReview.CONFIRMED if hit is not None else AttributionReview.REJECTED
        if hit is not None:
            matched.add(hit)
        review_attribution(attribution_id=a.pk, actor=actor, decision=decision)
        counts["confirmed" if hit is not None else "rejected"] += 1
        touched.add(a.claim_id)
    for k, (source, cue) in enumerate(wanted):
        if k in matched:
            continue
        anchor = cue or source
        claim = next((c for c in claims if c.start <= anchor[0] and anchor[1] <= c.end), None)
        if claim is None:
            counts["not_in_a_claim"] += 1  # a boilerplate or note segment, or across two sentences
            continue
        try:
            add_attribution(
                claim_id=claim.pk, actor=actor,
                source_name=text[source[0]:source[1]] if source else "",
                source_type=classify(text[source[0]:source[1]]) if source else "person",
                source_start=source[0] if source else None, source_end=source[1] if source else None,
                cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
            )
        except WorkflowError:
            counts["not_in_a_claim"] += 1  # its source lies in another sentence
            continue
        counts["added"] += 1
        touched.add(claim.pk)
    for claim in claims:
        if claim.pk not in touched:
            change_claim_status(claim_id=claim.pk, actor=actor, to_status=ClaimStatus.IN_REVIEW,
                                note="read: no attribution to correct")
            counts["read"] += 1


def scorer_figures(scorer: Path, eval_dir: Path, model: Path | None) -> dict[str, float]:
    engine = f"{shlex.quote(sys.executable)} -m provenance.engine --jsonl"
    if model is not None:
        engine += f" --model {shlex.quote(str(model))}"
    proc = subprocess.run(
        [sys.executable, str(scorer), "--data", str(eval_dir), "--project", str(ROOT), "--engine", engine],
        capture_output=True, text=True, check=True,
    )
    out: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"(source|cue)\s+exact\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            out[m.group(1)] = tuple(float(x) for x in m.groups()[1:])  # type: ignore[assignment]
    return out


def speed(texts: list[str], model_path: Path | None) -> float:
    """MB/s of CPU time on one core, tagging every text once."""
    from provenance.engine import load_model, tag

    model = load_model(model_path) if model_path else None
    total = sum(len(t.encode("utf-8")) for t in texts)
    started = time.process_time()
    for t in texts:
        tag(t, model)
    return total / 1e6 / (time.process_time() - started)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", required=True, type=Path, help="a PolNeAR split to review and train on")
    ap.add_argument("--out", required=True, type=Path, help="where to write the largest size's model file")
    ap.add_argument("--sizes", default="50,100,200,400,all", help="articles reviewed before each training")
    ap.add_argument("--eval", type=Path, help="a PolNeAR split to score each model on")
    ap.add_argument("--scorer", type=Path, help="score_polnear.py (default: next to --eval)")
    ap.add_argument("--database-url", help="an empty throwaway database (default: SQLite in a temporary folder)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--folds", type=int, default=3, help="train_tagger's cross-validation folds (default 3)")
    args = ap.parse_args()

    texts, gold = load_split(args.polnear)
    order = sorted(texts)
    random.Random(args.seed).shuffle(order)
    sizes = sorted({len(order) if s == "all" else min(int(s), len(order)) for s in args.sizes.split(",")})
    workdir = Path(tempfile.mkdtemp(prefix="bench-learning-"))
    setup_django(args.database_url, workdir)
    from django.core.management import call_command

    from provenance.models import TaggerModel

    started = time.monotonic()
    ids, skipped = ingest(texts, gold)
    print(f"ingested and tagged {len(ids)} articles ({skipped} skipped) in {time.monotonic() - started:.0f} s; "
          f"database {os.environ['DATABASE_URL']}")
    actor = editor_user()
    counts: dict[str, int] = dict.fromkeys(["confirmed", "rejected", "added", "read", "not_in_a_claim"], 0)
    reviewed = 0
    rows = []
    scorer = args.scorer or (args.eval.parent / "score_polnear.py" if args.eval else None)
    if args.eval:
        rules = scorer_figures(scorer, args.eval, None)
        rows.append(("rules only", 0, 0, 0.0, None, rules))
    queue = [name for name in order if name in ids]
    last_model = None
    for size in sizes:
        t0 = time.monotonic()
        while reviewed < min(size, len(queue)):
            name = queue[reviewed]
            review_article(ids[name], texts[name], gold.get(name, []), actor, counts)
            reviewed += 1
        review_s = time.monotonic() - t0
        t0 = time.monotonic()
        model_file = workdir / f"model-{reviewed}.json"
        call_command("train_tagger", min_articles=2, folds=args.folds, label=f"bench: {reviewed} articles",
                     out=str(model_file), no_progress=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
        train_s = time.monotonic() - t0
        model = TaggerModel.objects.defer("file").order_by("-pk").first()
        cv = model.figures["cv"].get("source", {}).get("f1", 0.0)
        figures = scorer_figures(scorer, args.eval, model_file) if args.eval else {}
        rows.append((f"{reviewed} articles", model.decisions, round(review_s), round(train_s), cv, figures))
        print(f"  {reviewed} articles reviewed ({review_s:.0f} s), trained in {train_s:.0f} s; decisions so far: {counts}",
              flush=True)
        last_model = model_file
    args.out.write_bytes(last_model.read_bytes())

    print()
    print(f"{'desk':14} {'decisions':>9} {'review s':>8} {'train s':>7} {'CV src F1':>9}   "
          f"{'source P':>8} {'R':>6} {'F1':>6}   {'cue P':>6} {'R':>6} {'F1':>6}")
    for label, decisions, review_s, train_s, cv, figures in rows:
        s, c = figures.get("source", (0, 0, 0)), figures.get("cue", (0, 0, 0))
        cv_text = "" if cv is None else f"{cv:.3f}"
        print(f"{label:14} {decisions:9} {review_s:8} {train_s:7} {cv_text:>9}   "
              f"{s[0]:8.3f} {s[1]:6.3f} {s[2]:6.3f}   {c[0]:6.3f} {c[1]:6.3f} {c[2]:6.3f}")
    if args.eval:
        eval_texts = [p.read_text(encoding="utf-8") for p in sorted((args.eval / "text").glob("*.txt"))]
        rules_speed, model_speed = speed(eval_texts, None), speed(eval_texts, args.out)
        print(f"\nengine speed on {args.eval.name} (CPU time, one core): rules {rules_speed:.2f} MB/s, "
              f"with the model {model_speed:.2f} MB/s")
    print(json.dumps({"model": str(args.out), "bytes": args.out.stat().st_size, "decisions": counts}))


if __name__ == "__main__":
    main()
