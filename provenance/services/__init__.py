"""Writes for sources, attributions and the tagging pipeline (HackSoft's services).

One module per job:
- ingest: the pipeline's entry, storing articles and queueing their tagging;
- runs: tagging runs and their states (claim, failures, sweep), the engine behind one seam;
- apply: one engine document into claims and machine attributions, re-tag alignment;
- batch: many new articles tagged and written together;
- rows: bulk write primitives (COPY on PostgreSQL via provenance.pgcopy);
- sources: the source registry and sourcing strength;
- review: editors' decisions on attributions and re-tag requests.
"""

from .apply import apply_document
from .ingest import IngestResult, edit_article, ingest_article, ingest_articles
from .review import add_attribution, edit_attribution_source, retag_article, review_attribution
from .runs import (
    TaggingOutcome,
    engine_version,
    request_tagging,
    reset_run,
    retag_articles,
    run_engine,
    run_tagging,
    sweep_stuck_runs,
)
from .sources import (
    get_or_create_source,
    merge_sources,
    recompute_sourcing_strength,
    resolve_sources,
    sourcing_strength_for,
)

__all__ = [
    "IngestResult",
    "TaggingOutcome",
    "add_attribution",
    "apply_document",
    "edit_article",
    "edit_attribution_source",
    "engine_version",
    "get_or_create_source",
    "ingest_article",
    "ingest_articles",
    "merge_sources",
    "recompute_sourcing_strength",
    "request_tagging",
    "reset_run",
    "resolve_sources",
    "retag_article",
    "retag_articles",
    "review_attribution",
    "run_engine",
    "run_tagging",
    "sourcing_strength_for",
    "sweep_stuck_runs",
]
