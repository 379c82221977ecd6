import ast
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import provenance.engine as engine
from provenance.engine import ENGINE_VERSION, tag

PIECES = st.sampled_from([
    "said", "says", "told", "according to", "reportedly", "the company", "Reuters", "Dr.", "U.S.", "Inc.",
    "\u00a0", "“", "”", "‘", "’", '"', "'", "\n", "\n\n", ".", ",", ":", "?", "!", "—", "―", " ", "  ",
    "who", "and", "Jane Doe", "people familiar with the matter", "(", ")", "3.5", "Advertisement",
    "declined to comment", "could not independently verify", "WSJ", "she", "it", "\t", "\r\n",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


def check_invariants(text: str) -> None:
    doc = tag(text).to_dict()
    json.dumps(doc)
    assert doc["engine_version"] == ENGINE_VERSION
    covered = [0] * len(text)
    last_end = 0
    for seg in doc["segments"]:
        assert 0 <= last_end <= seg["start"] < seg["end"] <= len(text)
        last_end = seg["end"]
        for i in range(seg["start"], seg["end"]):
            covered[i] += 1
        assert seg["kind"] in {"claim", "note", "boilerplate"}
        assert seg["status"] in {"attributed", "hedged", "unattributed"}
        for att in seg["attributions"]:
            assert att["role"] in {"source", "relay"}
            assert 0.0 <= att["confidence"] <= 1.0 and att["reason"]
            spans = [att["cue"]] + ([att["source"]] if att["source"] else [])
            for span in spans:
                assert 0 <= span["start"] < span["end"] <= len(text)
                assert text[span["start"]:span["end"]] == span["text"]
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i] == 1, (i, ch)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_invariants_on_random_text(text):
    check_invariants(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_invariants_on_arbitrary_unicode(text):
    check_invariants(text)


def test_invariants_on_edge_cases():
    for text in ["", " ", "\n\n", ".", "“", "\u00a0said\u00a0", "said", "Mr.", "a" * 5000, '"' * 1000,
                 "He said. " * 200, "\r\n\r\n x \r\n"]:
        check_invariants(text)


def test_no_django_import_under_engine():
    root = Path(engine.__file__).parent
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n == "django" or n.startswith("django.") for n in names), path
