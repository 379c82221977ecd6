"""Test hooks for settings.TAGGING_ENGINE (env TAGGING_ENGINE=tests.poison_engine.tag in a worker).

`tag` raises for any body containing POISON and tags every other body with the real engine, so
a test can prove one bad article ends `failed` while the articles around it are tagged.
`tag_slowly` sleeps first, so a test can kill a worker while runs are in flight.
`tag_v2` is the real engine with every machine confidence lowered: a "new engine" whose
proposals differ from the old ones, to prove a re-tag replaces only what editors left alone.
"""

from __future__ import annotations

import os
import time

from provenance.engine import tag as real_tag

POISON = "POISON"


class PoisonArticleError(RuntimeError):
    pass


def tag(text: str):  # noqa: ANN201 - returns the engine's Document
    if POISON in text:
        raise PoisonArticleError("this article makes the engine raise (test hook)")
    return real_tag(text)


def tag_slowly(text: str):  # noqa: ANN201
    time.sleep(float(os.environ.get("TAG_DELAY", "0.05")))
    return real_tag(text)


def tag_v2(text: str) -> dict:
    doc = real_tag(text).to_dict()
    for seg in doc["segments"]:
        for a in seg.get("attributions") or []:
            a["confidence"] = round(float(a.get("confidence", 0.5)) * 0.5, 4)
            a["reason"] = f"v2: {a.get('reason', '')}"[:255]
    return doc
