"""Writing one engine document into an article's claims and machine attributions (the upsert),
and re-tag alignment: which stored claim each new sentence is, so editor work follows its words.

Editor work is never overwritten: statuses, assignments, confirmed, rejected and editor-added
attributions and the history stay. The run services call apply_document inside the run's
transaction; the batch path (provenance.services.batch) shares the document-to-row helpers.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Q
from django.utils import timezone

from claims.models import Article, Claim, ClaimFlag, ClaimStatus, ReviewAction, ReviewEvent
from claims.text import normalise_alias, sentence_key

from ..models import Attribution, AttributionOrigin, AttributionReview, AttributionRole
from ..names import head_name, split_name
from .rows import insert_rows
from .sources import RegistryKey, recompute_sourcing_strength, registry_key, resolve_sources

# Flags the pipeline owns; the engine's own flags are replaced on every re-tag.
PIPELINE_FLAGS = frozenset({ClaimFlag.TEXT_CHANGED, ClaimFlag.REMOVED_FROM_ARTICLE})


@dataclass
class NewClaim:
    ordinal: int
    start: int
    end: int
    text: str
    key: str
    occurrence: int
    tag_status: str
    flags: list[str]
    attributions: list[dict[str, Any]] = field(default_factory=list)


def claim_segments(document: dict[str, Any]) -> int:
    return sum(1 for seg in document.get("segments", []) if seg.get("kind") == "claim")


def dropped_claims(document: dict[str, Any]) -> int:
    """How many of the document's claims claims_from_document leaves out (TAGGING_MAX_CLAIMS)."""
    return max(0, claim_segments(document) - settings.TAGGING_MAX_CLAIMS)


def claims_from_document(body: str, document: dict[str, Any]) -> list[NewClaim]:
    """The document's claims in order, the first TAGGING_MAX_CLAIMS of them: one article (a list
    of a hundred thousand one-word "sentences") must not cost every page that lists its claims.
    The run records how many were left out (TaggingRun.claims_dropped, see dropped_claims)."""
    out: list[NewClaim] = []
    seen: dict[str, int] = defaultdict(int)
    for seg in document.get("segments", []):
        if seg.get("kind") != "claim":
            continue
        if len(out) >= settings.TAGGING_MAX_CLAIMS:
            break
        text = body[seg["start"] : seg["end"]]
        key = sentence_key(text)
        occurrence = seen[key]
        seen[key] += 1
        out.append(
            NewClaim(
                ordinal=len(out),
                start=seg["start"],
                end=seg["end"],
                text=text,
                key=key,
                occurrence=occurrence,
                tag_status=seg.get("status", ""),
                flags=sorted(set(seg.get("flags") or [])),
                attributions=list(seg.get("attributions") or []),
            )
        )
    return out


def _align(old: list[Claim], new: list[NewClaim]) -> tuple[list[tuple[Claim, NewClaim, bool]], list[Claim], list[NewClaim]]:
    """Pair old claims with new segments: (old, new, text_changed), plus the unpaired of each side.

    Identical sentences pair first (in order, then anywhere: paragraphs get moved); a sentence
    replaced in place pairs with its replacement so an editor's decision follows the edit.
    """
    old_keys = [(c.text_hash, c.occurrence) for c in old]
    new_keys = [(n.key, n.occurrence) for n in new]
    pairs: list[tuple[Claim, NewClaim, bool]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    replaced: list[tuple[range, range]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                pairs.append((old[i], new[j], False))
                used_old.add(i)
                used_new.add(j)
        elif tag == "replace":
            replaced.append((range(i1, i2), range(j1, j2)))
    by_key = {k: i for i, k in enumerate(old_keys) if i not in used_old}
    for j, k in enumerate(new_keys):
        if j not in used_new and k in by_key:
            i = by_key.pop(k)
            pairs.append((old[i], new[j], False))
            used_old.add(i)
            used_new.add(j)
    for old_range, new_range in replaced:
        free_old = [i for i in old_range if i not in used_old]
        free_new = [j for j in new_range if j not in used_new]
        for i, j in zip(free_old, free_new, strict=False):
            pairs.append((old[i], new[j], True))
            used_old.add(i)
            used_new.add(j)
    removed = [c for i, c in enumerate(old) if i not in used_old]
    added = [n for j, n in enumerate(new) if j not in used_new]
    return pairs, removed, added


def _attribution_keys(a: Attribution | dict[str, Any], claim_start: int) -> tuple[tuple, tuple]:
    """Two identities of an attribution within its claim: by position relative to the claim (it
    survives text added above the claim) and by its words (it survives a reworded claim)."""

    def rel(offset: int | None) -> int | None:
        return None if offset is None else offset - claim_start

    if isinstance(a, Attribution):
        role, texts = a.role, (a.source_text, a.cue_text)
        spans = (a.source_start, a.source_end, a.cue_start, a.cue_end)
    else:
        src, cue = a.get("source") or {}, a.get("cue") or {}
        role, texts = a.get("role", AttributionRole.SOURCE), (src.get("text") or "", cue.get("text") or "")
        spans = (src.get("start"), src.get("end"), cue.get("start"), cue.get("end"))
    by_position = (role, *(rel(o) for o in spans))
    by_words = (role, *(" ".join(t.casefold().split()) for t in texts))
    return by_position, by_words


def _move_offsets(a: Attribution, *, old_start: int, new_start: int, new_text: str, text_changed: bool) -> bool:
    """Keep a kept attribution's spans pointing at its words after the claim moved or changed."""
    if not text_changed:
        delta = new_start - old_start
        if not delta:
            return False
        for name in ("source_start", "source_end", "cue_start", "cue_end"):
            value = getattr(a, name)
            if value is not None:
                setattr(a, name, value + delta)
        return True
    for text, start, end in (("source_text", "source_start", "source_end"), ("cue_text", "cue_start", "cue_end")):
        words = getattr(a, text)
        at = new_text.find(words) if words else -1
        # A span that no longer points at its words would mislead; the words themselves are kept.
        setattr(a, start, new_start + at if at >= 0 else None)
        setattr(a, end, new_start + at + len(words) if at >= 0 else None)
    return True


def apply_document(*, article_id: int, document: dict[str, Any], engine_version: str) -> tuple[int, int]:
    """Upsert the article's claims and machine attributions from one engine document.

    Must run inside the caller's transaction. Editor work is never overwritten: statuses,
    assignments, confirmed/rejected/editor-added attributions and history stay; a decided claim
    whose sentence changed is flagged text_changed; one that vanished is kept, flagged removed.
    """
    body = Article.objects.values_list("body", flat=True).get(pk=article_id)
    new = claims_from_document(body, document)
    existing = list(
        Claim.objects.filter(article_id=article_id)
        .annotate(
            n_events=Count("events", distinct=True),
            n_touched=Count(
                "attributions",
                filter=~Q(
                    attributions__origin=AttributionOrigin.MACHINE,
                    attributions__review=AttributionReview.PENDING,
                ),
                distinct=True,
            ),
        )
        .order_by(F("ordinal").asc(nulls_last=True), "id")
    )

    def has_editor_work(c: Claim) -> bool:
        return bool(c.status != ClaimStatus.UNVERIFIED or c.assigned_to_id or c.n_events or c.n_touched)

    current = [c for c in existing if c.ordinal is not None]
    detached = [c for c in existing if c.ordinal is None]
    pairs, removed, added = _align(current + detached, new)

    # A re-tag mostly finds what it wrote last time: only claims whose columns differ are written
    # (bulk_update builds an expression per value, which made rewriting every claim ~130 ms an article).
    before = {c.pk: _tag_columns(c) for c in existing}
    now = timezone.now()
    kept: list[Claim] = []
    old_start: dict[int, tuple[int, bool]] = {}
    changed_events: list[ReviewEvent] = []
    for claim, seg, text_changed in pairs:
        keep = [f for f in claim.flags if f in PIPELINE_FLAGS and f != ClaimFlag.REMOVED_FROM_ARTICLE]
        if text_changed and has_editor_work(claim):
            if ClaimFlag.TEXT_CHANGED not in keep:
                keep.append(ClaimFlag.TEXT_CHANGED)
            changed_events.append(
                ReviewEvent(
                    claim=claim,
                    action=ReviewAction.TEXT_CHANGED,
                    from_value=claim.text[:500],
                    to_value=seg.text[:500],
                    note="The article body changed; re-review this claim.",
                )
            )
        if text_changed or claim.text != seg.text or claim.ordinal is None:
            claim.version += 1
        old_start[claim.pk] = (claim.start, text_changed or claim.text != seg.text)
        claim.ordinal, claim.start, claim.end, claim.text = seg.ordinal, seg.start, seg.end, seg.text
        claim.text_hash, claim.occurrence, claim.tag_status = seg.key, seg.occurrence, seg.tag_status
        claim.flags = sorted(set(keep) | set(seg.flags))
        kept.append(claim)
    gone_ids = []
    for claim in removed:
        if not has_editor_work(claim):
            gone_ids.append(claim.pk)
            continue
        flags = set(claim.flags) | {ClaimFlag.REMOVED_FROM_ARTICLE}
        if flags != set(claim.flags):
            claim.flags, claim.version = sorted(flags), claim.version + 1
        claim.ordinal = None
        kept.append(claim)
    to_update = [c for c in kept if _tag_columns(c) != before[c.pk]]
    for claim in to_update:
        claim.updated_at = now
    Claim.objects.filter(pk__in=gone_ids).delete()
    # Ordinals are unique per article: free every ordinal that moves before any claim takes its new
    # one (one UPDATE that swaps two ordinals collides midway on PostgreSQL). Unchanged claims keep
    # theirs, which no other claim is given.
    moving = [c.pk for c in to_update if before[c.pk][0] is not None and c.ordinal != before[c.pk][0]]
    if moving:
        Claim.objects.filter(pk__in=moving).update(ordinal=None)
    Claim.objects.bulk_update(to_update, [*CLAIM_TAG_COLUMNS, "updated_at"], batch_size=500)
    created = Claim.objects.bulk_create(
        [
            Claim(
                article_id=article_id,
                ordinal=s.ordinal,
                start=s.start,
                end=s.end,
                text=s.text,
                text_hash=s.key,
                occurrence=s.occurrence,
                tag_status=s.tag_status,
                flags=s.flags,
            )
            for s in added
        ],
        batch_size=500,
    )
    ReviewEvent.objects.bulk_create(changed_events)

    # Machine attributions: the pending ones are replaced (kept as they are when the engine proposes
    # exactly the same again); one an editor already decided on is not proposed again, whether
    # confirmed or rejected.
    claim_for: list[tuple[int, NewClaim]] = [(c.pk, s) for c, s, _ in pairs] + [
        (c.pk, s) for c, s in zip(created, added, strict=True)
    ]
    paired = {c.pk: s for c, s, _ in pairs}
    pending: dict[int, list[Attribution]] = defaultdict(list)
    decided: dict[int, set[tuple]] = defaultdict(set)
    moved: list[Attribution] = []
    for a in Attribution.objects.filter(claim_id__in=paired).order_by("claim_id", "id"):
        if a.origin == AttributionOrigin.MACHINE and a.review == AttributionReview.PENDING:
            pending[a.claim_id].append(a)
            continue
        start, changed = old_start[a.claim_id]
        decided[a.claim_id].update(_attribution_keys(a, start))
        seg = paired[a.claim_id]
        if _move_offsets(a, old_start=start, new_start=seg.start, new_text=seg.text, text_changed=changed):
            moved.append(a)
    Attribution.objects.bulk_update(moved, ["source_start", "source_end", "cue_start", "cue_end"], batch_size=500)
    sources = resolve_sources(source_mentions((article_id, seg) for _, seg in claim_for))
    proposed = 0
    stale: list[int] = []
    rows: list[tuple] = []
    touched: set[int] = set()
    for claim_id, seg in claim_for:
        mine = [
            machine_attribution_values(claim_id, article_id, a, sources, engine_version)
            for a in seg.attributions
            if not decided[claim_id].intersection(_attribution_keys(a, seg.start))
        ]
        proposed += len(mine)
        old = pending.get(claim_id, [])
        if [tuple(getattr(a, c) for c in ATTRIBUTION_COLUMNS) for a in old] == mine:
            continue  # the same proposals in the same order: nothing to write
        stale += [a.pk for a in old]
        rows += [(*values, now, now) for values in mine]
        touched.add(claim_id)
    Attribution.objects.filter(pk__in=stale).delete()
    insert_rows(Attribution, (*ATTRIBUTION_COLUMNS, "created_at", "updated_at"), rows)
    # A claim whose proposals changed is changed for readers syncing on updated_at.
    touched -= {c.pk for c in to_update} | {c.pk for c in created}
    if touched:
        Claim.objects.filter(pk__in=touched).update(updated_at=now)
    recompute_sourcing_strength(claim_ids=[cid for cid, _ in claim_for])
    return len(claim_for), proposed


def source_mentions(segments: Iterable[tuple[int, NewClaim]]) -> list[tuple[str, str, int, str]]:
    """(name, type, article id, description) of every source the (article id, segment)s'
    attributions name, once each, for resolve_sources. The description is what the words as
    written add to the engine's resolved name ("Jane Roe, a scholar at X" resolved to "Jane Roe").

    Sorted, so that two workers creating the same new sources insert them in the same order and
    cannot deadlock on the unique alias.
    """
    mentions = {
        (_mention_name(a["source"]), a["source"]["type"], article_id, _written_description(a["source"]))
        for article_id, seg in segments
        for a in seg.attributions
        if a.get("source")
    }
    return sorted(mentions, key=lambda mention: (normalise_alias(mention[0]), mention))


def _mention_name(src: dict[str, Any]) -> str:
    return src["canonical"] or src["text"]


def _written_description(src: dict[str, Any]) -> str:
    head, description = split_name(src["text"] or "")
    # Only when the words as written name the same source ("she" resolved to Jane Roe adds nothing).
    return description if normalise_alias(head) == normalise_alias(head_name(_mention_name(src))) else ""


# The columns a tagging run writes on an existing claim; a claim is rewritten only if one differs.
CLAIM_TAG_COLUMNS = ("ordinal", "start", "end", "text", "text_hash", "occurrence", "tag_status", "flags", "version")


def _tag_columns(claim: Claim) -> tuple:
    return tuple(getattr(claim, name) for name in CLAIM_TAG_COLUMNS)


# Columns of a machine attribution, in the order _machine_attribution_values returns them.
ATTRIBUTION_COLUMNS = (
    "claim_id", "source_id", "role", "cue_text", "cue_start", "cue_end", "source_text", "source_start",
    "source_end", "source_type", "confidence", "reason", "origin", "review", "engine_version",
)


def machine_attribution_values(
    claim_id: int, article_id: int, a: dict[str, Any], sources: dict[RegistryKey, Any], version: str
) -> tuple:
    src, cue = a.get("source"), a.get("cue") or {}
    source = sources.get(registry_key(_mention_name(src), src["type"], article_id)) if src else None
    return (
        claim_id,
        source.pk if source is not None else None,
        a.get("role", AttributionRole.SOURCE),
        (cue.get("text") or "")[:255],
        cue.get("start"),
        cue.get("end"),
        (src["text"] if src else "")[:500],
        src["start"] if src else None,
        src["end"] if src else None,
        src["type"] if src else "",
        min(1.0, max(0.0, float(a.get("confidence", 0.5)))),
        (a.get("reason") or "")[:255],
        AttributionOrigin.MACHINE,
        AttributionReview.PENDING,
        version,
    )
