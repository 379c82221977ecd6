"""The same claim across articles, for the exports: each claim's matches and its group's first
appearance (provenance.selectors decides both), one batch of rows at a time: a few queries per
batch, none per row. CSV keeps to one value a cell, so it carries none of this.
"""

from __future__ import annotations

from provenance import selectors as provenance_selectors
from provenance.models import ClaimMatch, MatchState

from .columns import format_time

# Keys every JSON-lines row has beyond the CSV's columns and `attributions`.
JSONL_MATCH_FIELDS = ("matches", "first_appearance")


def jsonl_match_fields(claim_ids: list[int]) -> dict[int, dict]:
    """Per claim: its suggested and confirmed matches (best first) and its group's first appearance."""
    out: dict[int, dict] = {pk: {"matches": [], "first_appearance": None} for pk in claim_ids}
    matches = (
        ClaimMatch.objects.filter(claim_id__in=claim_ids).exclude(state=MatchState.REJECTED)
        .order_by("claim_id", "-score", "other_id").values_list("claim_id", "other_id", "score", "state")
    )
    for claim_id, other_id, score, state in matches:
        out[claim_id]["matches"].append({"claim_id": other_id, "score": score, "state": state})
    for claim_id, first in provenance_selectors.first_appearances(claim_ids).items():
        out[claim_id]["first_appearance"] = {
            "claim_id": first.claim_id, "article_url": first.article_url,
            "published_at": format_time(first.published_at) if first.published_at else None,
        }
    return out
