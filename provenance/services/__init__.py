"""Writes for sources, attributions and tagging runs (HackSoft's services), one module per concern."""

from .review import add_attribution, edit_attribution_source, review_attribution
from .sources import (
    get_or_create_source,
    merge_sources,
    recompute_sourcing_strength,
    resolve_sources,
    sourcing_strength_for,
)
from .tagging import (
    TaggingOutcome,
    apply_document,
    engine_version,
    enqueue_tagging,
    request_tagging,
    reset_run,
    run_engine,
    run_tagging,
    sweep_stuck_runs,
)

__all__ = [
    "TaggingOutcome",
    "add_attribution",
    "apply_document",
    "edit_attribution_source",
    "engine_version",
    "enqueue_tagging",
    "get_or_create_source",
    "merge_sources",
    "recompute_sourcing_strength",
    "request_tagging",
    "reset_run",
    "resolve_sources",
    "review_attribution",
    "run_engine",
    "run_tagging",
    "sourcing_strength_for",
    "sweep_stuck_runs",
]
