"""The model file: JSON data only, checked before anything in it is used.

A model file is one JSON object (UTF-8). Loading it runs no code: it is parsed with ``json``
and every field is type-checked. It records its format, the format version, the engine
version it was trained against and a SHA-256 of itself (of its canonical JSON without the
``sha256`` field), so a corrupted, truncated, edited or foreign file is refused with a clear
message, and so is a pickle, whatever its name.
"""

from __future__ import annotations

import hashlib
import json
import math
import pickletools
from typing import Any

FORMAT = "provenance-tagger-model"
FORMAT_VERSION = 1
KIND = "span-reranker"
MAX_BYTES = 64 * 1024 * 1024
# Decision thresholds on the two scores (see tagger.pick_cues and tagger.source_choice).
PARAMS = ("cue_threshold", "rule_cue_threshold", "source_threshold", "switch_threshold")


class ModelError(ValueError):
    """A model file that cannot be used; the message says why, for an operator."""


def canonical_bytes(doc: dict[str, Any]) -> bytes:
    body = {k: v for k, v in doc.items() if k != "sha256"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def dumps(doc: dict[str, Any]) -> bytes:
    """The file's bytes for a model document (its sha256 filled in)."""
    body = {k: v for k, v in doc.items() if k != "sha256"}
    body["sha256"] = hashlib.sha256(canonical_bytes(body)).hexdigest()
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


PICKLE_REFUSED = ("this is a Python pickle, not a tagger model: model files are JSON data, and a pickle is never "
                  "loaded (loading one can run code)")


def _is_pickle(data: bytes) -> bool:
    """Whether the bytes parse as a pickle; pickletools only reads opcodes, it executes nothing."""
    try:
        ops = list(pickletools.genops(data))
    except Exception:  # noqa: BLE001 - any parse error means: not a pickle
        return False
    return bool(ops) and ops[-1][0].name == "STOP"


def _sniff(data: bytes) -> None:
    head = data[:2]
    if head[:1] == b"\x80":
        raise ModelError(PICKLE_REFUSED)
    if head == b"PK":
        raise ModelError("this is a zip archive, not a tagger model (a JSON file)")
    if head[:1] == b"\x1f":
        raise ModelError("this is a compressed file, not a tagger model (a JSON file)")


def loads(data: bytes) -> dict[str, Any]:
    """Parse and verify a model file's bytes; returns the model document."""
    if not isinstance(data, (bytes, bytearray)):
        raise ModelError("a model file is bytes")
    if not data:
        raise ModelError("the model file is empty")
    if len(data) > MAX_BYTES:
        raise ModelError(f"the model file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    _sniff(bytes(data[:64]))
    try:
        doc = json.loads(bytes(data).decode("utf-8"))
    except UnicodeDecodeError:
        if _is_pickle(bytes(data)):
            raise ModelError(PICKLE_REFUSED) from None
        raise ModelError("not a tagger model: the file is not UTF-8 text (model files are JSON)") from None
    except json.JSONDecodeError as exc:
        if _is_pickle(bytes(data)):
            raise ModelError(PICKLE_REFUSED) from None
        raise ModelError(f"not a tagger model, or a truncated one: invalid JSON ({exc.msg} at byte {exc.pos})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ModelError(f"not a tagger model: JSON without \"format\": \"{FORMAT}\"")
    version = doc.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelError(f"model format version {version!r} is not supported (this engine reads version {FORMAT_VERSION})")
    declared = doc.get("sha256")
    if not isinstance(declared, str) or len(declared) != 64:
        raise ModelError("the model file has no SHA-256 of itself")
    try:
        actual = hashlib.sha256(canonical_bytes(doc)).hexdigest()
    except ValueError:
        raise ModelError("the model file holds a value JSON does not allow (NaN or infinity)") from None
    if actual != declared:
        raise ModelError("the model file is corrupted or was edited: its SHA-256 does not match its content")
    _check_structure(doc)
    return doc


def _check_structure(doc: dict[str, Any]) -> None:
    if doc.get("kind") != KIND:
        raise ModelError(f"unknown model kind {doc.get('kind')!r} (this engine knows {KIND!r})")
    if not isinstance(doc.get("engine_version"), str):
        raise ModelError("the model does not say which engine version it was trained against")
    params = doc.get("params")
    if not isinstance(params, dict):
        raise ModelError("the model has no params")
    for name in PARAMS:
        value = params.get(name)
        # Above 1 means "never" (e.g. never replace the rules' own source).
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 2:
            raise ModelError(f"params.{name} must be a number between 0 and 2")
    phrases = doc.get("cue_phrases")
    if not isinstance(phrases, list) or not all(
        isinstance(p, list) and p and all(isinstance(w, str) and w for w in p) for p in phrases
    ):
        raise ModelError("cue_phrases must be a list of non-empty word lists")
    for name in ("right_cue_heads", "cue_aux", "rare_cue_words"):
        words = doc.get(name)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ModelError(f"{name} must be a list of words")
    weights = doc.get("weights")
    if not isinstance(weights, dict):
        raise ModelError("the model has no weights")
    for part in ("cue", "source"):
        table = weights.get(part)
        if not isinstance(table, dict) or not isinstance(table.get("features"), dict):
            raise ModelError(f"weights.{part} must hold a features table")
        bias = table.get("bias")
        if not isinstance(bias, (int, float)) or isinstance(bias, bool) or not math.isfinite(bias):
            raise ModelError(f"weights.{part}.bias must be a finite number")
        for name, value in table["features"].items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ModelError(f"weights.{part}: the weight of {name!r} is not a number")
