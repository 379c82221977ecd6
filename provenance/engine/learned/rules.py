"""The one place the learned layer reaches into the rule engine.

The learned layer builds on the rules' public output (``tag(text)``: segments, attributions,
spans, types, reasons) and on what the rules know about sources: the reporting-verb forms, the
source-type classifier, the resolver of later references ("he", "the company") and the
segment status rule. When the rule modules are reorganised, re-point these names here and nothing else.
"""

from __future__ import annotations

from ..core import ENGINE_VERSION
from ..core import SPECIFIC as SPECIFIC_TYPES
from ..core import _status as segment_status
from ..core import tag as rules_tag
from ..cue_lexicon import VERB_FORMS
from ..gazetteer import entries as gazetteer_entries
from ..resolution import Resolver
from ..source_types import classify

__all__ = ["ENGINE_VERSION", "SPECIFIC_TYPES", "Resolver", "classify", "cue_form", "gazetteer_entries",
           "rules_tag", "segment_status", "verb_forms"]


def cue_form(low: str) -> tuple[str, str] | None:
    """(lemma, form) when a lower-cased word is a form of a reporting or cognition verb."""
    return VERB_FORMS.get(low)


def verb_forms() -> list[str]:
    """Every form of the reporting and cognition verbs the rules know."""
    return sorted(VERB_FORMS)
