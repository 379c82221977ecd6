"""The learned layer without Django: training on a small desk, the model file's guarantees, the CLI."""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.engine import ENGINE_VERSION, ModelError, load_model, tag
from provenance.engine.learned import modelfile
from provenance.engine.learned.train import Example, GoldAttribution, TrainingError, train_model

from .learning_data import HELD_OUT, HELD_OUT_CUE, HELD_OUT_SOURCE, desk_articles

ROOT = Path(__file__).resolve().parents[2]


def examples(articles):
    return [Example(a.text, [GoldAttribution(cue, src, "government") for src, cue in a.attributions], None, str(i))
            for i, a in enumerate(articles)]


@pytest.fixture(scope="module")
def trained():
    return train_model(examples(desk_articles()), folds=3)


@pytest.fixture
def model_file(trained, tmp_path):
    path = tmp_path / "model.json"
    path.write_bytes(trained.data)
    return path


def pairs(doc) -> list[tuple[str | None, str]]:
    return [((a["source"] or {}).get("text"), a["cue"]["text"])
            for s in doc["segments"] for a in s["attributions"] if a["role"] == "source"]


def test_held_out_sentence_the_rules_miss_is_tagged_after_training(trained):
    # The rules do not know the desk's house cue; if they learn it some day, pick another one here.
    assert pairs(tag(HELD_OUT).to_dict()) == []
    assert pairs(tag(HELD_OUT, trained.model).to_dict()) == [(HELD_OUT_SOURCE, HELD_OUT_CUE)]


def test_cross_validated_figures_beat_the_rules_on_held_out_articles(trained):
    cv, rules = trained.report["cv"], trained.report["rules_cv"]
    assert cv["source"]["f1"] > rules["source"]["f1"]
    assert cv["cue"]["f1"] > rules["cue"]["f1"]
    # Every gold span of the held-out articles is counted once, for the model and for the rules.
    assert cv["source"]["tp"] + cv["source"]["fn"] == rules["source"]["tp"] + rules["source"]["fn"]
    assert trained.report["articles"] == 36 and trained.report["folds"] == 3


def test_a_segment_without_a_cue_keeps_the_rules_output(trained):
    text = "The harbor has 40 berths. Rain delayed the vote twice."
    assert tag(text, trained.model).to_dict()["segments"] == tag(text).to_dict()["segments"]


def test_refined_document_keeps_the_contract(trained):
    text = " ".join(a.text for a in desk_articles(n=3, seed=99)) + " " + HELD_OUT
    rules, refined = tag(text).to_dict(), tag(text, trained.model).to_dict()
    # Segmentation is the rules'; every span points at its words; statuses follow the attributions.
    assert [(s["start"], s["end"], s["kind"]) for s in refined["segments"]] == \
        [(s["start"], s["end"], s["kind"]) for s in rules["segments"]]
    for seg in refined["segments"]:
        for a in seg["attributions"]:
            for span in (a["cue"], a["source"]):
                if span:
                    assert text[span["start"]:span["end"]] == span["text"]
            assert 0 <= a["confidence"] <= 1 and a["reason"].startswith("LEARNED")
        assert seg["status"] == ("attributed" if any(a["source"] for a in seg["attributions"]) else
                                 "hedged" if seg["attributions"] else "unattributed")
    assert refined["engine_version"] == f"{ENGINE_VERSION}+{trained.model.sha256[:12]}"


def test_model_file_is_json_with_version_engine_and_its_own_sha256(trained):
    doc = json.loads(trained.data)
    assert doc["format"] == "provenance-tagger-model" and doc["format_version"] == modelfile.FORMAT_VERSION
    assert doc["engine_version"] == ENGINE_VERSION
    body = {k: v for k, v in doc.items() if k != "sha256"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    assert doc["sha256"] == hashlib.sha256(canonical).hexdigest()
    assert load_model(trained.data).sha256 == doc["sha256"]


def _edited(data: bytes, change) -> bytes:  # noqa: ANN001
    doc = json.loads(data)
    change(doc)
    return json.dumps(doc).encode()


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda d: d[: len(d) // 2], "invalid JSON"),
        (lambda d: d.replace(b'"cue_threshold":', b'"cue_threshold": 0.0, "x":', 1), "SHA-256 does not match"),
        (lambda d: _edited(d, lambda doc: doc["weights"]["cue"]["features"].update({"w=said": 9.0})),
         "SHA-256 does not match"),
        (lambda d: b"", "empty"),
        (lambda d: b"\x00\xff\xfe garbage", "not UTF-8"),
        (lambda d: json.dumps({"weights": {}}).encode(), "not a tagger model"),
        (lambda d: json.dumps([1, 2, 3]).encode(), "not a tagger model"),
        (lambda d: _edited(d, lambda doc: doc.update(format_version=99)), "format version 99 is not supported"),
        (lambda d: b"PK\x03\x04 a zip", "zip archive"),
    ],
)
def test_corrupted_or_foreign_model_is_refused_with_a_clear_error(trained, mangle, message):
    with pytest.raises(ModelError, match=message):
        load_model(mangle(trained.data))


def test_a_structurally_wrong_model_with_a_valid_hash_is_refused(trained):
    doc = json.loads(trained.data)
    doc["params"]["cue_threshold"] = "high"
    with pytest.raises(ModelError, match="cue_threshold must be a number"):
        load_model(modelfile.dumps(doc))


@pytest.mark.parametrize("protocol", [0, 2, pickle.HIGHEST_PROTOCOL])
def test_a_pickle_is_refused_and_never_run(tmp_path, protocol):
    marker = tmp_path / "pickle-ran"
    payload = pickle.dumps({"format": "provenance-tagger-model", "hook": _Touch(marker)}, protocol=protocol)
    path = tmp_path / "model.json"  # the name does not matter
    path.write_bytes(payload)
    with pytest.raises(ModelError, match="pickle"):
        load_model(path)
    assert not marker.exists()


class _Touch:
    """Unpickling this would create a file: the proof that loading never unpickles."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (Path.touch, (self.path,))


def test_training_refuses_data_it_cannot_learn_from():
    with pytest.raises(TrainingError, match="at least two articles"):
        train_model([Example("Mayor Dana Whitfield said it rained.", [], None, "only")])
    no_cues = [Example(a.text, [], None, str(i)) for i, a in enumerate(desk_articles(n=4))]
    with pytest.raises(TrainingError, match="no confirmed or added attribution"):
        train_model(no_cues)


def run_cli(args, stdin=""):
    return subprocess.run([sys.executable, "-m", "provenance.engine", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_cli_tags_with_a_model_file(model_file):
    line = json.dumps({"id": "x", "text": HELD_OUT})
    proc = run_cli(["--jsonl", "--model", str(model_file)], stdin=line + "\n")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == "x" and pairs(out) == [(HELD_OUT_SOURCE, HELD_OUT_CUE)]


def test_cli_refuses_a_bad_model_file_before_reading_input(tmp_path):
    bad = tmp_path / "model.pkl"
    bad.write_bytes(pickle.dumps({"a": 1}))
    proc = run_cli(["--jsonl", "--model", str(bad)], stdin=json.dumps({"id": 1, "text": "x"}) + "\n")
    assert proc.returncode == 2 and "model refused" in proc.stderr and "pickle" in proc.stderr
    assert proc.stdout == ""
    proc = run_cli(["--model", str(tmp_path / "missing.json")], stdin="text")
    assert proc.returncode == 2 and "cannot read model file" in proc.stderr


def test_cli_warns_when_the_model_was_trained_against_other_rules(trained, tmp_path):
    doc = json.loads(trained.data)
    doc["engine_version"] = "1999.1"
    path = tmp_path / "old.json"
    path.write_bytes(modelfile.dumps(doc))
    proc = run_cli(["--model", str(path)], stdin=HELD_OUT)
    assert proc.returncode == 0 and "trained against engine 1999.1" in proc.stderr
