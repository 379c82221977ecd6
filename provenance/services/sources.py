"""The source registry and each claim's derived sourcing strength.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from django.db import IntegrityError, transaction

from claims.models import Article, Claim, ReviewAction, ReviewEvent, SourcingStrength
from claims.services import WorkflowError, require

from ..models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    Source,
    SourceAlias,
    SourceType,
    normalise_alias,
)

log = logging.getLogger(__name__)

ON_RECORD_TYPES = frozenset(
    {
        SourceType.NEWS_OUTLET,
        SourceType.OFFICIAL,
        SourceType.GOVERNMENT,
        SourceType.PERSON,
        SourceType.DOCUMENT,
        SourceType.SOCIAL_MEDIA,
    }
)


# --- sourcing strength ----------------------------------------------------------------------


def sourcing_strength_for(types: Iterable[str | None]) -> str:
    """Derived from the (non-rejected, role=source) attributions' source types; None is a bare hedge."""
    seen = set(types)
    if seen & ON_RECORD_TYPES:
        return SourcingStrength.ON_RECORD
    if SourceType.ANONYMOUS in seen:
        return SourcingStrength.ANONYMOUS_ONLY
    if seen:
        return SourcingStrength.VAGUE_ONLY
    return SourcingStrength.NONE


def recompute_sourcing_strength(*, claim_ids: Iterable[int]) -> None:
    claim_ids = list(claim_ids)
    if not claim_ids:
        return
    types: dict[int, list[str | None]] = defaultdict(list)
    rows = (
        Attribution.objects.filter(claim_id__in=claim_ids, role=AttributionRole.SOURCE)
        .exclude(review=AttributionReview.REJECTED)
        .values_list("claim_id", "source_type")
    )
    for claim_id, source_type in rows:
        types[claim_id].append(source_type or None)
    claims = list(Claim.objects.filter(pk__in=claim_ids).only("id", "sourcing_strength"))
    changed = []
    for claim in claims:
        strength = sourcing_strength_for(types.get(claim.pk, []))
        if claim.sourcing_strength != strength:
            claim.sourcing_strength = strength
            changed.append(claim)
    Claim.objects.bulk_update(changed, ["sourcing_strength"], batch_size=500)


# --- source registry ------------------------------------------------------------------------


def resolve_sources(mentions: Iterable[tuple[str, str]]) -> dict[str, Source]:
    """Map each (canonical name, type) to its registry Source, creating the missing ones.

    Keys of the result are normalised aliases. Two workers creating the same new source race on
    the unique alias; the loser re-reads the winner's row.
    """
    wanted: dict[str, tuple[str, str]] = {}
    for name, type_ in mentions:
        key = normalise_alias(name)
        if key:
            wanted.setdefault(key, (name, type_))
    if not wanted:
        return {}
    found = {
        a.normalised: a.source for a in SourceAlias.objects.filter(normalised__in=wanted).select_related("source")
    }
    for key, (name, type_) in wanted.items():
        if key in found:
            continue
        try:
            with transaction.atomic():
                source = Source.objects.create(canonical_name=name[:255], type=type_)
                SourceAlias.objects.create(source=source, alias=name[:255], normalised=key)
        except IntegrityError:
            source = SourceAlias.objects.select_related("source").get(normalised=key).source
        found[key] = source
    return found


def get_or_create_source(*, name: str, type: str = SourceType.NEWS_OUTLET) -> Source:
    key = normalise_alias(name)
    if not key:
        # "!!!" or "—" would be an alias that every other such name collides with.
        raise WorkflowError(f"a source name needs at least one letter or digit, got {name!r}")
    return resolve_sources([(name, type)])[key]


def merge_sources(*, keep_id: int, merge_id: int, actor, note: str = "") -> Source:
    """Fold one source into another: its aliases, attributions, articles and children move."""

    require(actor, "provenance.merge_source")
    if keep_id == merge_id:
        raise WorkflowError("a source cannot be merged into itself")
    with transaction.atomic():
        keep = Source.objects.select_for_update().get(pk=keep_id)
        gone = Source.objects.select_for_update().get(pk=merge_id)
        SourceAlias.objects.filter(source=gone).update(source=keep)
        claim_ids = list(Attribution.objects.filter(source=gone).values_list("claim_id", flat=True).distinct())
        Attribution.objects.filter(source=gone).update(source=keep, source_type=keep.type)
        Article.objects.filter(publisher=gone).update(publisher=keep)
        Source.objects.filter(parent=gone).exclude(pk=keep.pk).update(parent=keep)
        if keep.parent_id == gone.pk:
            keep.parent = None
            keep.save(update_fields=["parent", "updated_at"])
        ReviewEvent.objects.create(
            actor=actor,
            action=ReviewAction.SOURCE_MERGED,
            from_value=f"{gone.canonical_name} (#{gone.pk}, {gone.type})"[:500],
            to_value=f"{keep.canonical_name} (#{keep.pk}, {keep.type})"[:500],
            note=note,
        )
        gone.delete()
        recompute_sourcing_strength(claim_ids=claim_ids)
    return keep
