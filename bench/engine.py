"""Benchmark the attribution engine on one core.

    python bench/engine.py                 # generated corpus (>= 4 MB of project-written text)
    python bench/engine.py --corpus FILE   # a JSON-lines file of {"id", "text"} instead

Prints throughput (MB/s, articles/s), per-MB times for pathological inputs (no punctuation,
100,000 quotation marks, one 50,000-character sentence, 15,000 captions with credit lines, 25,000 Q&A
answers), and memory before/after a long batch
run to show that batch mode does not grow. Not part of the test suite's pass/fail.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.engine import BUILD, BUILD_REASON, ENGINE_VERSION, tag  # noqa: E402

NAMES = ["Laura Pinsky", "Paul Mensah", "Dana Whitfield", "Ray Holt", "Carla Nunez", "Omar Haddad", "Mei Tan",
         "Jonas Berg", "Aisha Bello", "Tom Reyes"]
TITLES = ["Commerce Secretary", "Dr.", "Sen.", "analyst", "Mayor", "Gov.", "economist", "Rep."]
ORGS = ["the company", "the Commerce Department", "Reuters", "The Wall Street Journal", "the city council",
        "Acme Corp.", "the union", "NHTSA", "Bloomberg News", "the ministry"]
VERBS = ["said", "says", "told reporters", "added", "warned", "argued", "noted", "wrote on X", "acknowledged"]
CLAIMS = ["the plant would reopen in June", "prices rose 3.5 percent in the U.S. last year",
          "the recall covers 40,000 vehicles", "talks with the union had stalled",
          "the budget gap was larger than expected", "the bridge is safe for traffic",
          "exports fell for a third straight month", "the merger needs approval from regulators"]
HEDGES = ["reportedly", "allegedly"]


def sentence(rng: random.Random) -> str:
    name = f"{rng.choice(TITLES)} {rng.choice(NAMES)}"
    claim = rng.choice(CLAIMS)
    form = rng.randrange(9)
    if form == 0:
        return f"{name} {rng.choice(VERBS)} that {claim}."
    if form == 1:
        return f"“{claim.capitalize()},” {rng.choice(['he', 'she'])} said."
    if form == 2:
        return f"{claim.capitalize()}, according to {rng.choice(ORGS)}."
    if form == 3:
        return f"{rng.choice(ORGS).capitalize()} {rng.choice(VERBS)} {claim}."
    if form == 4:
        return f"People familiar with the matter said {claim}."
    if form == 5:
        return f"The minister {rng.choice(HEDGES)} knew that {claim}."
    if form == 6:
        return f"{name}, a spokesperson for {rng.choice(ORGS)}, declined to comment."
    if form == 7:
        return f"{claim.capitalize()}, {rng.choice(ORGS)} reported, citing federal records."
    return f"In a statement on Monday, {name} said {claim} and warned of delays."


def article(rng: random.Random) -> str:
    paras = ["Factory orders slip as talks stall", "By Jane Roe", "BERLIN (Reuters) — " + sentence(rng)]
    for _ in range(rng.randint(8, 14)):
        paras.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))))
    paras.append("Advertisement")
    return "\n\n".join(paras)


def corpus(min_bytes: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs, size = [], 0
    while size < min_bytes:
        doc = article(rng)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def timed(text: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) for one tag() call."""
    started, cpu = time.perf_counter(), time.process_time()
    tag(text)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSON lines {id, text}; default: generate")
    ap.add_argument("--mb", type=float, default=4.5, help="size of the generated corpus in MB")
    args = ap.parse_args()

    if args.corpus:
        with open(args.corpus, encoding="utf-8") as fh:
            docs = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        docs = corpus(int(args.mb * 1_000_000))
    total = sum(len(d.encode("utf-8")) for d in docs)

    tag(docs[0])  # warm caches (gazetteer load)
    started = time.perf_counter()
    cpu_started = time.process_time()
    for doc in docs:
        tag(doc).to_dict()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    # Which build ran: the compiled one (make engine) reads about twice as fast as the pure-Python source.
    print(f"engine {ENGINE_VERSION}, {BUILD} build ({BUILD_REASON}); Python {sys.version.split()[0]}")
    print(f"corpus: {len(docs)} articles, {total / 1e6:.2f} MB")
    print(f"throughput: {total / 1e6 / elapsed:.2f} MB/s, {len(docs) / elapsed:.0f} articles/s "
          f"({elapsed:.2f} s wall, one core)")
    # CPU time of this process: the one-core figure when other work shares the machine.
    print(f"throughput (CPU time): {total / 1e6 / cpu:.2f} MB/s, {len(docs) / cpu:.0f} articles/s ({cpu:.2f} s CPU)")

    words = ("the council said prices would rise while critics argued the plan was rushed and "
             "officials familiar with the matter told reporters ").split()
    rng = random.Random(1)
    no_punct = " ".join(rng.choice(words) for _ in range(400_000))[:2_000_000]
    # 100,000 quotation marks: straight quotes around words, then 50,000 unbalanced curly ones.
    quotes = 'The official said "yes" and ' * 25_000 + "“ the ” " * 25_000
    long_sentence = ("Jane Doe, an analyst at Acme, said that " + ", and ".join(
        f"the firm {w}" for w in words * 2000))[:50_000] + "."
    # A page of photo captions, each above its credit line (segmentation looks back for the caption).
    credits = "\n".join("A ferry leaves the harbor.\nOmar Tell | Elmwood Gazette | Getty Images"
                         for _ in range(15_000))
    # A question-and-answer article whose every answer is the interviewee's (interview.py).
    answers = "We asked Dr. Ann Roe what shoppers should know.\n\n" + "Q: What changes?\n\nA: The label. It is new.\n\n" * 25_000
    for label, text in (("2 MB without punctuation", no_punct), ("100,000 quotation marks", quotes),
                        ("one 50,000-character sentence", long_sentence), ("15,000 captions with credits", credits),
                        ("25,000 Q&A answers", answers)):
        seconds, cpu = timed(text)
        mb = len(text.encode("utf-8")) / 1e6
        print(f"pathological: {label}: {seconds:.3f} s for {mb:.2f} MB = {seconds / mb:.3f} s per MB "
              f"({cpu / mb:.3f} s CPU per MB)")

    # Batch mode keeps no state between documents: memory after N documents equals memory after a few.
    gc.collect()
    tracemalloc.start()
    for doc in docs[:50]:
        tag(doc).to_dict()
    gc.collect()
    early = tracemalloc.get_traced_memory()[0]
    for doc in docs:
        tag(doc).to_dict()
    gc.collect()
    late, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory (tracemalloc): after 50 docs {early / 1e3:.0f} kB, after {50 + len(docs)} docs "
          f"{late / 1e3:.0f} kB, peak {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
