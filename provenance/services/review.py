"""Editors' decisions on attributions: confirm, reject, correct the source, add a missing one.

Each is one transaction that bumps the claim's version and writes its ReviewEvent.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from claims.models import DECIDED_STATUSES, Article, Claim, ReviewAction, ReviewEvent
from claims.services import Perm, WorkflowError, bump, lock_claim, require
from claims.services.workflow import bulk_apply
from claims.text import normalise_alias

from ..models import (
    Attribution,
    AttributionOrigin,
    AttributionReview,
    AttributionRole,
    Source,
    SourceAlias,
    SourceType,
    TaggingRun,
    TaggingState,
)
from .runs import request_tagging, reset_run
from .sources import (
    SCOPED_TYPES,
    get_or_create_source,
    recompute_sourcing_strength,
    retype_scoped_source,
    source_key,
    update_source,
)

log = logging.getLogger(__name__)

# --- editors' decisions on attributions --------------------------------------------------------


def _open_claim(claim_id: int, expected_version: int | None) -> Claim:
    """The claim, locked, if its attributions may change: a decided claim's sourcing is part of
    the decision (its sourcing strength follows from them), so it is reopened first, which takes
    an Editor and a note (change_claim_status)."""
    claim = lock_claim(claim_id, expected_version)
    if claim.status in DECIDED_STATUSES:
        raise WorkflowError(
            f"the claim is {claim.get_status_display().lower()}: reopen it (back to in review) before "
            "changing its attributions"
        )
    return claim


def _attribution_for_update(
    attribution_id: int, expected_version: int | None, on_claim: int | None = None
) -> tuple[Attribution, Claim]:
    """The attribution and its locked claim. `on_claim` is the claim the caller's page or URL is
    about: a form naming another claim's attribution is refused, never applied to that claim."""
    claim_id = Attribution.objects.values_list("claim_id", flat=True).get(pk=attribution_id)
    if on_claim is not None and claim_id != on_claim:
        raise WorkflowError(f"attribution {attribution_id} is not one of claim {on_claim}'s attributions")
    claim = _open_claim(claim_id, expected_version)
    return Attribution.objects.select_related("source").get(pk=attribution_id), claim


def _who(a: Attribution) -> str:
    return a.source.canonical_name if a.source_id else (a.source_text or "(bare hedge)")


def _describe(a: Attribution) -> str:
    return f"{_who(a)} [{a.role}]"[:500]


def review_attribution(
    *, attribution_id: int, actor, decision: str, note: str = "", expected_version: int | None = None,
    on_claim: int | None = None,
) -> Attribution:
    """Confirm or reject one attribution. `expected_version` is the claim's version."""

    require(actor, Perm.REVIEW)
    if decision not in (AttributionReview.CONFIRMED, AttributionReview.REJECTED):
        raise WorkflowError(f"decision must be confirmed or rejected, got {decision!r}")
    with transaction.atomic():
        attribution, claim = _attribution_for_update(attribution_id, expected_version, on_claim)
        before = attribution.review
        if before == decision:
            return attribution
        attribution.review = decision
        attribution.save(update_fields=["review", "updated_at"])
        bump(claim)
        ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            attribution=attribution,
            action=ReviewAction.ATTRIBUTION_CONFIRMED
            if decision == AttributionReview.CONFIRMED
            else ReviewAction.ATTRIBUTION_REJECTED,
            from_value=f"{_describe(attribution)}: {before}",
            to_value=f"{_describe(attribution)}: {decision}",
            note=note,
        )
        recompute_sourcing_strength(claim_ids=[claim.pk])
    return attribution


def _source_from(actor, claim: Claim, source_id: int | None, source_name: str, source_type: str | None) -> Source | None:  # noqa: ANN001
    """The source an editor names: by id, or by name: first an anonymous or vague source of the
    claim's article, then any alias the registry knows. A name nobody knows makes a new source: an
    anonymous or vague one is scoped to the claim's article (part of reviewing it); any other is a
    new registry source, which is an Editor's right (provenance.add_source), not a reviewer's: a
    Fact-checker picks among the sources there are. The chosen type is honoured afterwards
    (_honour_type)."""
    if source_type is not None and source_type not in SourceType.values:
        raise WorkflowError(f"unknown source type {source_type!r}")
    if source_id:
        source = Source.objects.filter(pk=source_id).first()
        if source is None:
            raise WorkflowError(f"no source with id {source_id}")
        if source.article_id not in (None, claim.article_id):
            raise WorkflowError(
                f"{source.canonical_name} (#{source.pk}) stands for someone in another article; pick a source "
                "of this article or of the registry"
            )
        return source
    name = " ".join((source_name or "").split())
    if not name:
        return None
    key = source_key(name)
    for scoped in Source.objects.filter(article_id=claim.article_id):
        if normalise_alias(scoped.canonical_name) == key:
            return scoped
    type_ = source_type or SourceType.PERSON
    if type_ not in SCOPED_TYPES:
        known = SourceAlias.objects.select_related("source").filter(normalised=key).first()
        if known is not None:
            return known.source
        if not actor.has_perm("provenance.add_source"):
            raise PermissionDenied(
                f"no source is known as “{name[:100]}”, and adding sources to the registry is an Editor's "
                "right: pick an existing source, or ask an Editor to add it"
            )
    return get_or_create_source(name=name, type=type_, article_id=claim.article_id)


def _honour_type(actor, source: Source, source_type: str | None, note: str) -> None:  # noqa: ANN001
    """The editor picked an existing source and chose a type: the source takes it, never silently
    keeping its old one. An anonymous or vague source of this article is retyped as part of the
    review; a registry source's type is an edit of the registry (update_source: an Editor's right,
    its own event, carried to every attribution naming it)."""
    if source_type is None or source_type == source.type:
        return
    if source.article_id is not None:
        retype_scoped_source(source=source, type=source_type, actor=actor, note=note)
        return
    if not actor.has_perm("provenance.change_source"):
        raise PermissionDenied(
            f"{source.canonical_name} is in the registry as {source.get_type_display().lower()}; changing a "
            "registry source's type is an Editor's right: keep its type, or ask an Editor"
        )
    update_source(source_id=source.pk, actor=actor, type=source_type, note=note)
    source.refresh_from_db(fields=["type"])


def _describe_typed(a: Attribution) -> str:
    type_ = a.get_source_type_display().lower() if a.source_type else "no type"
    return f"{_who(a)} [{a.role}, {type_}]"[:500]


def edit_attribution_source(
    *,
    attribution_id: int,
    actor,
    source_id: int | None = None,
    source_name: str = "",
    source_type: str | None = None,
    role: str | None = None,
    note: str = "",
    expected_version: int | None = None,
    on_claim: int | None = None,
) -> Attribution:
    """Point an attribution at the right source (an editor's correction counts as confirmed).

    `source_type` None keeps the chosen source's type (a new one is a person); a type is honoured,
    also for a source that exists (see _honour_type), and the event records it.
    """

    require(actor, Perm.REVIEW)
    if role is not None and role not in AttributionRole.values:
        raise WorkflowError(f"unknown role {role!r}")
    with transaction.atomic():
        attribution, claim = _attribution_for_update(attribution_id, expected_version, on_claim)
        before = _describe_typed(attribution)
        source = _source_from(actor, claim, source_id, source_name, source_type)
        if source is None:
            raise WorkflowError("name the source (pick one, or give a name and a type)")
        _honour_type(actor, source, source_type, note)
        attribution.source = source
        attribution.source_type = source.type
        attribution.role = role or attribution.role
        attribution.review = AttributionReview.CONFIRMED
        attribution.save(update_fields=["source", "source_type", "role", "review", "updated_at"])
        bump(claim)
        ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            attribution=attribution,
            action=ReviewAction.ATTRIBUTION_EDITED,
            from_value=before,
            to_value=_describe_typed(attribution),
            note=note,
        )
        recompute_sourcing_strength(claim_ids=[claim.pk])
    return attribution


def _span_in_claim(claim: Claim, start: int | None, end: int | None, what: str) -> tuple[int, int] | None:
    """An article-offset span given by an editor, checked to lie inside the claim's words."""
    if start is None and end is None:
        return None
    if start is None or end is None:
        raise WorkflowError(f"give both ends of the {what} span, or neither")
    if not (claim.start <= start < end <= claim.end):
        raise WorkflowError(f"the {what} span {start}-{end} is not inside this claim ({claim.start}-{claim.end})")
    if not claim.text[start - claim.start : end - claim.start].strip():
        raise WorkflowError(f"the {what} span {start}-{end} holds no words")
    return start, end


def add_attribution(
    *,
    claim_id: int,
    actor,
    source_id: int | None = None,
    source_name: str = "",
    source_type: str | None = None,
    role: str = AttributionRole.SOURCE,
    cue_text: str = "",
    note: str = "",
    expected_version: int | None = None,
    source_start: int | None = None,
    source_end: int | None = None,
    cue_start: int | None = None,
    cue_end: int | None = None,
) -> Attribution:
    """An attribution the engine missed. A bare hedge has a cue and no source.

    The spans may be given as offsets into the article (where the editor marked the words); the
    tagger learns from them (provenance.services.learning). Without them the cue is looked up
    in the claim's text and the source has no span.
    """

    require(actor, Perm.REVIEW)
    if role not in AttributionRole.values:
        raise WorkflowError(f"unknown role {role!r}")
    cue_text = " ".join((cue_text or "").split())[:255]
    with transaction.atomic():
        claim = _open_claim(claim_id, expected_version)
        source = _source_from(actor, claim, source_id, source_name, source_type)
        if source is not None:
            _honour_type(actor, source, source_type, note)
        source_span = _span_in_claim(claim, source_start, source_end, "source")
        cue_span = _span_in_claim(claim, cue_start, cue_end, "cue")
        if source_span and source is None:
            raise WorkflowError("name the source of the marked source words")
        if cue_span:
            cue_text = claim.text[cue_span[0] - claim.start : cue_span[1] - claim.start][:255]
        if source is None and not cue_text:
            raise WorkflowError("an attribution needs a source, or a cue for a bare hedge")
        if cue_span is None and cue_text:
            at = claim.text.find(cue_text)
            cue_span = (claim.start + at, claim.start + at + len(cue_text)) if at >= 0 else None
        if source_span:
            source_text = claim.text[source_span[0] - claim.start : source_span[1] - claim.start][:500]
        else:
            source_text = source.canonical_name if source else ""
        attribution = Attribution.objects.create(
            claim=claim,
            source=source,
            source_text=source_text,
            source_type=source.type if source else "",
            source_start=source_span[0] if source_span else None,
            source_end=source_span[1] if source_span else None,
            role=role,
            cue_text=cue_text,
            cue_start=cue_span[0] if cue_span else None,
            cue_end=cue_span[1] if cue_span else None,
            confidence=1.0,
            reason="added by an editor",
            origin=AttributionOrigin.EDITOR,
            review=AttributionReview.CONFIRMED,
        )
        bump(claim)
        ReviewEvent.objects.create(
            actor=actor,
            claim=claim,
            attribution=attribution,
            action=ReviewAction.ATTRIBUTION_ADDED,
            to_value=_describe(attribution),
            note=note,
        )
        recompute_sourcing_strength(claim_ids=[claim.pk])
    return attribution


def confirm_machine_attributions(
    *, claim_id: int, actor, note: str = "", expected_version: int | None = None
) -> list[Attribution]:
    """Confirm every pending machine attribution of one claim: one transaction, one event each."""

    require(actor, Perm.REVIEW)
    with transaction.atomic():
        claim = _open_claim(claim_id, expected_version)
        pending = list(
            Attribution.objects.select_related("source").filter(claim_id=claim.pk).machine_pending().order_by("id")
        )
        if not pending:
            return []
        Attribution.objects.filter(pk__in=[a.pk for a in pending]).update(
            review=AttributionReview.CONFIRMED, updated_at=timezone.now()
        )
        bump(claim)
        ReviewEvent.objects.bulk_create(
            ReviewEvent(
                actor=actor,
                claim=claim,
                attribution=a,
                action=ReviewAction.ATTRIBUTION_CONFIRMED,
                from_value=f"{_describe(a)}: {AttributionReview.PENDING}",
                to_value=f"{_describe(a)}: {AttributionReview.CONFIRMED}",
                note=note,
            )
            for a in pending
        )
        for a in pending:
            a.review = AttributionReview.CONFIRMED
        recompute_sourcing_strength(claim_ids=[claim.pk])
    return pending


def bulk_confirm_machine_attributions(*, claim_ids, actor, note: str = ""):  # noqa: ANN001, ANN201
    """The desk's "confirm all machine attributions" over many claims, each through the service above."""
    require(actor, Perm.REVIEW)
    return bulk_apply(claim_ids, lambda pk: confirm_machine_attributions(claim_id=pk, actor=actor, note=note))


def retag_article(*, article_id: int, actor, note: str = "") -> TaggingRun:
    """An editor asks for the article to be tagged again (after an engine fix, or a failed run).

    Re-tagging never overwrites editors' decisions (the upsert keeps them), so reviewers may ask.
    A run already done or failed for this body and engine is queued again. The request is kept in
    the history as an article-level ReviewEvent (no claim): who asked, and which run it queued.
    """

    require(actor, Perm.REVIEW)
    with transaction.atomic():
        article = Article.objects.get(pk=article_id)
        run = request_tagging(article=article)
        before = run.state
        if run.state in (TaggingState.DONE, TaggingState.FAILED):
            run = reset_run(run=run)
        ReviewEvent.objects.create(
            actor=actor,
            article=article,
            action=ReviewAction.RETAG_REQUESTED,
            from_value=f"run {run.pk} ({run.engine_version}): {before}"[:500],
            to_value=f"run {run.pk} ({run.engine_version}): {run.state}"[:500],
            note=note,
        )
    return run
