"""Compare the speed of two engine checkouts on one machine, by interleaved CPU time.

    python bench/compare_engines.py OLD_ROOT NEW_ROOT                 # the generated bench corpus, 6 rounds
    python bench/compare_engines.py OLD NEW --corpus FILE --rounds 4  # a JSON-lines file of {"id", "text"}

Each root is a directory holding a ``provenance/engine`` package (a git worktree, or ``git archive REV
provenance | tar -x -C DIR``). The two engines run alternately, each in a fresh process, and the script
prints the median CPU time of each and their ratio (NEW / OLD; below 1 is faster), with the ratio of every
round. Alternating matters: a machine's speed drifts by several percent from one minute to the next, and
callgrind's instruction counts cannot rank engines that differ in how much work they leave to regexes
(the interpreter's instructions cost far more cycles each). Not part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# Run in the child process: tag the corpus once to warm up, then time one pass.
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from provenance.engine import tag
docs = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
for d in docs[:50]:
    tag(d)
t0 = time.process_time()
for d in docs:
    tag(d)
print(time.process_time() - t0)
"""


def _corpus_file(path: str | None) -> Path:
    if path:
        return Path(path)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from engine import corpus  # bench/engine.py's generated corpus

    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".jsonl", delete=False) as f:
        for i, doc in enumerate(corpus(1_500_000)):
            f.write(json.dumps({"id": i, "text": doc}) + "\n")
    return Path(f.name)


def _cpu_seconds(root: str, corpus: Path) -> float:
    done = subprocess.run([sys.executable, "-c", CHILD, root, str(corpus)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the engine in {root} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", help="root of the engine to compare against")
    ap.add_argument("new", help="root of the engine being measured")
    ap.add_argument("--corpus", help='JSON lines {"id", "text"} (default: 1.5 MB of the generated bench corpus)')
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()
    for root in (args.old, args.new):
        if not (Path(root) / "provenance" / "engine" / "__init__.py").is_file():
            sys.exit(f"{root}: no provenance/engine package there")
    corpus = _corpus_file(args.corpus)
    old: list[float] = []
    new: list[float] = []
    try:
        for r in range(args.rounds):
            order = [(args.old, old), (args.new, new)] if r % 2 == 0 else [(args.new, new), (args.old, old)]
            for root, times in order:
                times.append(_cpu_seconds(root, corpus))
            print(f"round {r + 1}/{args.rounds}: old {old[-1]:.3f} s, new {new[-1]:.3f} s", file=sys.stderr)
    finally:
        if args.corpus is None:
            corpus.unlink()  # the generated corpus, written for this run only
    mo, mn = statistics.median(old), statistics.median(new)
    rounds = ", ".join(f"{b / a:.2f}" for a, b in zip(old, new, strict=True))
    print(f"old {mo:.3f} s  new {mn:.3f} s CPU (medians)  new/old {mn / mo:.3f}  (per round: {rounds})")


if __name__ == "__main__":
    main()
