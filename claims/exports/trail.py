"""A claim's provenance trail for the Python writers: its attributions, the chain, the decision that
set its current status and the evidence links. Two queries per batch of claims, whatever its size.

PostgreSQL's CSV export computes the same columns in SQL (pgcopy.py); the rules below are the
reference, and tests hold the two to the same bytes:
- attributions that count are the non-rejected ones;
- `sources` / `source_types` / `roles` list each distinct (role, name, type) that names someone
  (a registry source or a name as written; a bare hedge such as "reportedly" names nobody), in
  sentence order: by the first mention's offset in the article, then by attribution id;
- the chain is the admin's (provenance.selectors.chain_links), built innermost first (by id);
- the decision is the latest `status_changed` event whose new status is the claim's current one;
- evidence links are every link in the claim's history, once each, oldest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from django.db.models import Q

from provenance.models import Attribution, AttributionReview
from provenance.selectors import ChainLink, chain_links, mention_label

from ..models import ReviewAction, ReviewEvent
from .columns import CHAIN_SEPARATOR, LIST_SEPARATOR, URL_SEPARATOR


@dataclass
class Trail:
    attributions: list[dict] = field(default_factory=list)  # every attribution, rejected included, by id
    sources: list[str] = field(default_factory=list)
    source_types: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    chain: list[ChainLink] = field(default_factory=list)
    decision_note: str = ""
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    evidence_urls: list[str] = field(default_factory=list)

    def json_values(self) -> dict[str, object]:
        """The provenance columns as JSON lines carries them: lists stay lists."""
        return {
            "sources": self.sources,
            "source_types": self.source_types,
            "roles": self.roles,
            "chain": [asdict(link) for link in self.chain],
            "decision_note": self.decision_note,
            "evidence_urls": self.evidence_urls,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
        }

    def csv_values(self) -> dict[str, object]:
        """The same columns as CSV cells hold them, before the cell rules (columns.csv_cell)."""
        return {
            "sources": LIST_SEPARATOR.join(self.sources),
            "source_types": LIST_SEPARATOR.join(self.source_types),
            "roles": LIST_SEPARATOR.join(self.roles),
            "chain": CHAIN_SEPARATOR.join(link.label for link in self.chain),
            "decision_note": self.decision_note,
            "evidence_urls": URL_SEPARATOR.join(self.evidence_urls),
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
        }


_ATTRIBUTION_FIELDS = ("claim_id", "id", "role", "source__canonical_name", "source__type", "source_text",
                       "source_type", "cue_text", "source_start", "cue_start", "review", "origin")


def trails(claims: Sequence[tuple[int, str, str | None]]) -> dict[int, Trail]:
    """{claim id: Trail} for (claim id, current status, publisher name) of a batch of claims."""
    ids = [claim_id for claim_id, _, _ in claims]
    by_claim: dict[int, list[tuple]] = {claim_id: [] for claim_id in ids}
    for row in Attribution.objects.filter(claim_id__in=ids).order_by("claim_id", "id").values_list(
        *_ATTRIBUTION_FIELDS
    ):
        by_claim[row[0]].append(row)
    events: dict[int, list[tuple]] = {claim_id: [] for claim_id in ids}
    for row in (
        ReviewEvent.objects.filter(claim_id__in=ids)
        .filter(Q(action=ReviewAction.STATUS_CHANGED) | ~Q(evidence_url=""))
        .order_by("claim_id", "created_at", "id")
        .values_list("claim_id", "id", "action", "to_value", "note", "evidence_url", "created_at", "actor__username")
    ):
        events[row[0]].append(row)
    out = {}
    for claim_id, status, publisher in claims:
        trail = Trail()
        _add_attributions(trail, by_claim[claim_id], publisher)
        _add_history(trail, events[claim_id], status)
        out[claim_id] = trail
    return out


def _add_attributions(trail: Trail, rows: Iterable[tuple], publisher: str | None) -> None:
    mentions = []  # (role, label, type) of the non-rejected attributions, by id
    first: dict[tuple[str, str, str], list] = {}  # (role, label, type) -> [offset, id, names someone]
    for (_, att_id, role, canonical, registry_type, source_text, mention_type, cue, source_start, cue_start,
         review, origin) in rows:
        type_ = (registry_type if canonical is not None else mention_type) or ""
        trail.attributions.append({
            "source": source_text or None,
            "canonical": canonical,
            "type": type_ or None,
            "role": role,
            "cue": cue or None,
            "review": review,
            "origin": origin,
        })
        if review == AttributionReview.REJECTED:
            continue
        label = mention_label(canonical=canonical, source_text=source_text, cue_text=cue)
        mentions.append((role, label, type_))
        offset = source_start if source_start is not None else cue_start
        seen = first.setdefault((role, label, type_), [offset, att_id, False])
        if offset is not None and (seen[0] is None or offset < seen[0]):
            seen[0] = offset
        seen[2] = seen[2] or canonical is not None or bool(source_text)
    trail.chain = chain_links(mentions=mentions, publisher_name=publisher)
    # Sentence order; mentions without an offset (added by an editor) after the others, by id.
    named = sorted((v[0] is None, v[0] or 0, v[1], key) for key, v in first.items() if v[2])
    for *_, (role, label, type_) in named:
        trail.sources.append(label)
        trail.source_types.append(type_)
        trail.roles.append(role)


def _add_history(trail: Trail, rows: Iterable[tuple], status: str) -> None:
    evidence: dict[str, tuple[dt.datetime, int]] = {}  # url -> (earliest time, lowest id)
    for _, event_id, action, to_value, note, evidence_url, created_at, username in rows:  # by (time, id)
        if action == ReviewAction.STATUS_CHANGED and to_value == status:
            trail.decision_note, trail.decided_by, trail.decided_at = note, username, created_at
        if evidence_url:
            at, low = evidence.get(evidence_url, (created_at, event_id))
            evidence[evidence_url] = (min(at, created_at), min(low, event_id))
    trail.evidence_urls = [url for url, _ in sorted(evidence.items(), key=lambda item: item[1])]
