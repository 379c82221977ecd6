"""Reads for the source registry, for showing attributions in an article's text, and for the
tagging pipeline's operator commands.

The highlighters return plain data (text chunks with their marks); templates render it with
autoescaping on, so an article body can never inject HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus

from .models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    Source,
    SourceType,
    TaggingRun,
    TaggingState,
)
from .services import runs


@dataclass
class Chunk:
    text: str
    # CSS classes of the marks covering this stretch: "src t-<type>", "cue".
    classes: str = ""
    title: str = ""


@dataclass
class Segment:
    """A stretch of the body: either one claim (linked, with its badge) or text between claims."""

    chunks: list[Chunk]
    claim: Claim | None = None


@dataclass
class _Mark:
    start: int
    end: int
    classes: str
    title: str


def _marks_for(attributions: Iterable[Attribution]) -> list[_Mark]:
    marks = []
    for a in attributions:
        if a.review == AttributionReview.REJECTED:
            continue
        type_ = (a.source.type if a.source_id and a.source else a.source_type) or "none"
        who = a.source.canonical_name if a.source_id and a.source else a.source_text
        state = f"{a.get_origin_display().lower()}, {a.get_review_display().lower()}"
        if a.source_start is not None and a.source_end is not None and a.source_end > a.source_start:
            marks.append(
                _Mark(a.source_start, a.source_end, f"src t-{type_} r-{a.role}",
                      f"{who} · {SourceType(type_).label if type_ in SourceType.values else type_} · {a.role} · {state}")
            )
        if a.cue_start is not None and a.cue_end is not None and a.cue_end > a.cue_start:
            marks.append(_Mark(a.cue_start, a.cue_end, "cue", f"cue “{a.cue_text}” · {a.reason}"))
    return marks


def _chunks(text: str, base: int, start: int, end: int, marks: Sequence[_Mark]) -> list[Chunk]:
    """Split text[start:end] (absolute offsets; `text` begins at `base`) at every mark boundary."""
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end} | {max(start, m.start) for m in inside} | {min(end, m.end) for m in inside})
    out = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in inside if m.start <= lo and m.end >= hi]
        piece = text[lo - base : hi - base]
        if not piece:
            continue
        out.append(
            Chunk(piece, " ".join(m.classes for m in covering), " | ".join(m.title for m in covering))
        )
    return out


def highlighted_segments(
    *, text: str, claims: Sequence[Claim], base: int = 0, link_claims: bool = True
) -> list[Segment]:
    """The body (or an excerpt starting at absolute offset `base`) cut into claim and gap segments.

    `claims` must have their attributions prefetched (with source). Offsets come from the stored
    body; anything out of range is clipped rather than trusted.
    """
    end_of_text = base + len(text)
    placed = sorted(
        (c for c in claims if c.ordinal is not None and base <= c.start < c.end <= end_of_text),
        key=lambda c: c.start,
    )
    segments: list[Segment] = []
    pos = base
    for claim in placed:
        if claim.start < pos:  # overlapping claims never happen; if they do, show the first whole
            continue
        marks = _marks_for(claim.attributions.all())
        if claim.start > pos:
            segments.append(Segment(_chunks(text, base, pos, claim.start, marks)))
        segments.append(Segment(_chunks(text, base, claim.start, claim.end, marks), claim if link_claims else None))
        pos = claim.end
    if pos < end_of_text:
        segments.append(Segment([Chunk(text[pos - base :])]))
    return segments


def paragraph_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-delimited paragraph around [start, end)."""
    lo = body.rfind("\n\n", 0, start)
    hi = body.find("\n\n", end)
    return (0 if lo < 0 else lo + 2), (len(body) if hi < 0 else hi)


def source_type_legend() -> list[dict[str, str]]:
    return [{"value": value, "label": label} for value, label in SourceType.choices]


@dataclass
class ChainLink:
    label: str
    kind: str  # "source", "relay", "article"
    types: list[str] = field(default_factory=list)


def mention_label(*, canonical: str | None, source_text: str, cue_text: str) -> str:
    """How an attribution's source is named: its registry name, else as written, else "unnamed (cue)"."""
    if canonical:
        return canonical
    if source_text:
        return source_text
    return f"unnamed ({cue_text})" if cue_text else "unnamed"


def chain_links(*, mentions: Iterable[tuple[str, str, str]], publisher_name: str | None) -> list[ChainLink]:
    """The chain from (role, label, type) of the non-rejected attributions, innermost first.

    One definition for the admin's claim page and the exports; the PostgreSQL CSV export writes
    the same rule in SQL (claims/exports/pgcopy.py) and a test holds the two to the same output.
    """
    sources: list[tuple[str, str]] = []
    relays: list[tuple[str, str]] = []
    for role, name, type_ in mentions:
        bucket = relays if role == AttributionRole.RELAY else sources
        if (name, type_) not in bucket:
            bucket.append((name, type_))
    chain = []
    if sources:
        chain.append(ChainLink(" + ".join(_shown(n, t) for n, t in sources), "source", [t for _, t in sources]))
    else:
        chain.append(ChainLink("no stated source", "source"))
    for name, type_ in relays:
        chain.append(ChainLink(_shown(name, type_), "relay", [type_]))
    chain.append(ChainLink(f"this article ({publisher_name})" if publisher_name else "this article", "article"))
    return chain


def _shown(name: str, type_: str) -> str:
    """Anonymous sources say so in the chain: "unnamed sources (people familiar with the matter)"."""
    if type_ == SourceType.ANONYMOUS and not name.lower().startswith("unnamed"):
        return f"unnamed sources ({name})"
    return name


def provenance_chain(*, attributions: Iterable[Attribution], publisher: Source | None) -> list[ChainLink]:
    """Who asserts the claim, who relayed it, and this article: "unnamed sources → WSJ → this article".

    Built from the non-rejected attributions, innermost first (sources), then relays in order.
    """
    mentions = []
    for a in attributions:
        if a.review == AttributionReview.REJECTED:
            continue
        registered = a.source if a.source_id and a.source else None
        name = mention_label(canonical=registered.canonical_name if registered else None,
                             source_text=a.source_text, cue_text=a.cue_text)
        mentions.append((a.role, name, (registered.type if registered else a.source_type) or ""))
    return chain_links(mentions=mentions, publisher_name=publisher.canonical_name if publisher else None)


def source_figures(source_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Per source: claims attributed to it (non-rejected) and the share verified / false / misleading.

    One grouped query for a page of sources.
    """
    if not source_ids:
        return {}
    claim_count = {
        f"n_{s}": Count("claim_id", distinct=True, filter=Q(claim__status=s))
        for s in (ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING)
    }
    rows = (
        Attribution.objects.order_by()
        .filter(source_id__in=list(source_ids))
        .exclude(review=AttributionReview.REJECTED)
        .values("source_id")
        .annotate(claims=Count("claim_id", distinct=True), **claim_count)
    )
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        n = r["claims"]

        def share(key: str, n: int = n, r: dict = r) -> float | None:
            return round(r[key] / n, 4) if n else None

        out[r["source_id"]] = {
            "claims": n,
            "verified": r[f"n_{ClaimStatus.VERIFIED}"],
            "false": r[f"n_{ClaimStatus.FALSE}"],
            "misleading": r[f"n_{ClaimStatus.MISLEADING}"],
            "share_verified": share(f"n_{ClaimStatus.VERIFIED}"),
            "share_false": share(f"n_{ClaimStatus.FALSE}"),
            "share_misleading": share(f"n_{ClaimStatus.MISLEADING}"),
        }
    return out


def empty_figures() -> dict[str, Any]:
    return {"claims": 0, "verified": 0, "false": 0, "misleading": 0,
            "share_verified": None, "share_false": None, "share_misleading": None}


def source_names_for_picker(*, limit: int = 1000) -> list[str]:
    """Canonical names offered while typing a source; any alias typed resolves in the service anyway."""
    return list(Source.objects.order_by("canonical_name").values_list("canonical_name", flat=True)[:limit])


# --- the tagging pipeline, for the operator commands (retag --stale, tagging_status) ---------


def stale_articles() -> QuerySet[Article]:
    """Articles whose claims are not the current engine's output for the current body: the latest
    done run is for an older body or engine version, or there is none yet."""
    latest_done = TaggingRun.objects.filter(article=OuterRef("pk"), state=TaggingState.DONE).order_by(
        "-finished_at", "-pk"
    )
    return (
        Article.objects.annotate(
            done_sha=Subquery(latest_done.values("body_sha256")[:1]),
            done_version=Subquery(latest_done.values("engine_version")[:1]),
        )
        .filter(Q(done_sha__isnull=True) | ~Q(done_sha=F("body_sha256")) | ~Q(done_version=runs.engine_version()))
        .order_by("pk")
    )


@dataclass
class TaggingStatus:
    counts: dict[str, int]
    stuck_after: int
    oldest_running: TaggingRun | None
    oldest_stuck: TaggingRun | None
    oldest_queued: TaggingRun | None
    stale: int
    recent_failures: list[TaggingRun]


def tagging_status(*, failures: int = 5) -> TaggingStatus:
    counts = {state: 0 for state in TaggingState.values}
    counts.update(dict(TaggingRun.objects.order_by().values_list("state").annotate(n=Count("pk"))))
    cutoff = timezone.now() - timedelta(seconds=settings.TAGGING_STUCK_AFTER)
    running = TaggingRun.objects.filter(state=TaggingState.RUNNING).order_by("started_at", "pk")
    return TaggingStatus(
        counts=counts,
        stuck_after=settings.TAGGING_STUCK_AFTER,
        oldest_running=running.first(),
        oldest_stuck=running.filter(started_at__lt=cutoff).first(),
        oldest_queued=TaggingRun.objects.filter(state=TaggingState.QUEUED).order_by("created_at", "pk").first(),
        stale=stale_articles().count(),
        recent_failures=list(TaggingRun.objects.filter(state=TaggingState.FAILED).order_by("-finished_at", "-pk")[:failures]),
    )
