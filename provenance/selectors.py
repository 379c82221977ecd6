"""Reads for the source registry, for showing attributions in an article's text, for the
tagging pipeline's operator commands, and for matches between claims (groups, first appearance,
verdicts that travel, the relay graph).

The highlighters return plain data (text chunks with their marks); templates render it with
autoescaping on, so an article body can never inject HTML.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.text import normalise_alias

from .engine import gazetteer
from .models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    ClaimMatch,
    MatchState,
    Source,
    SourceAlias,
    SourceType,
    TaggingRun,
    TaggingState,
)
from .names import split_name
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


# --- searching by any name a source goes by ------------------------------------------------------


@lru_cache(maxsize=1)
def _gazetteer_spellings() -> dict[str, frozenset[str]]:
    """{alias key: every alias key of the same gazetteer entry}: "wsj" -> {"wall street journal", "wsj", "journal"}."""
    by_canonical: dict[str, set[str]] = {}
    for surface, (canonical, _type) in gazetteer.entries().items():
        if key := normalise_alias(surface):
            by_canonical.setdefault(canonical, {normalise_alias(canonical)}).add(key)
    return {key: frozenset(keys) for keys in by_canonical.values() for key in keys}


def alias_keys(term: str) -> list[str]:
    """The alias keys a search term stands for: its own, and every spelling the gazetteer knows for
    the same outlet or body. The registry may hold "The Wall Street Journal" without "WSJ" as an
    alias (the engine resolves "WSJ" itself, so tagging never needed it); the desk still types "WSJ"."""
    key = normalise_alias(term)
    if not key:
        return []
    return sorted({key, *_gazetteer_spellings().get(key, ())})


def sources_named(term: str) -> QuerySet[SourceAlias]:
    """The alias rows (source_id) of every source known by exactly this name or one of its spellings:
    an IN on the unique alias index, whatever the size of the registry."""
    return SourceAlias.objects.filter(normalised__in=alias_keys(term))


def search_sources(queryset: QuerySet[Source], term: str) -> QuerySet[Source]:
    """Sources whose name or any alias contains the term, or known by one of its spellings (the
    admin's and the API's source search: "WSJ" finds The Wall Street Journal)."""
    term = term.strip()
    key = normalise_alias(term)
    if not key:
        return queryset.filter(canonical_name__icontains=term) if term else queryset
    # Three uncorrelated sets (each on its own index: name and alias trigrams, the unique alias), which
    # PostgreSQL hashes once; a correlated EXISTS per row was 3x slower on a registry of 250,000
    # sources (most of them anonymous sources scoped to their article).
    return queryset.filter(
        Q(pk__in=Source.objects.filter(canonical_name__icontains=term).values("pk"))
        | Q(pk__in=SourceAlias.objects.filter(normalised__contains=key).values("source_id"))
        | Q(pk__in=sources_named(term).values("source_id"))
    )


# --- the registry's clean-up list -------------------------------------------------------------------

# A name longer than this many words is a clause, not a name ("a person familiar with the company's
# plans for the plant" is nine); the head-phrase rule cuts most, this catches what it cannot.
CLAUSE_WORDS = 8
# Cheap SQL prefilter for names that may hold a description; split_name decides.
_CLAUSE_MARKS = (",", ";", "(", " — ", " – ", " who ", " which ", " that ", " because ", " speaking ")


@dataclass
class Suspect:
    source: Source
    reasons: list[str]
    suggested_name: str = ""
    # A source that is probably the same (the head phrase, or the gazetteer's entry): merge into it.
    merge_into: Source | None = None


@lru_cache(maxsize=1)
def _gazetteer_organisations() -> dict[str, tuple[str, str]]:
    """{alias key: (canonical, type)} of every gazetteer outlet, body and place: never a person."""
    table: dict[str, tuple[str, str]] = {}
    for surface, (canonical, type_) in gazetteer.with_places().items():
        if type_ != SourceType.PERSON and (key := normalise_alias(surface)):
            table.setdefault(key, (canonical, type_))
    return table


def suspicious_sources(*, limit: int = 100) -> list[Suspect]:
    """Registry entries an Editor should look at, newest first (at most `limit` of each kind):
    names that are clauses (a description the head-phrase rule did not cut, or too many words),
    and person-typed sources the gazetteer knows as an outlet, a government body or a place.

    Each names the source to merge it into when one exists (the head phrase's, or the gazetteer
    entry's registry source). A fixed number of queries, whatever the registry's size.
    """
    found: dict[int, Suspect] = {}
    marks = Q()
    for mark in _CLAUSE_MARKS:
        marks |= Q(canonical_name__contains=mark)
    candidates = list(Source.objects.filter(marks).order_by("-pk")[: limit * 5])
    long_names = Source.objects.filter(canonical_name__regex=rf"^(\S+\s+){{{CLAUSE_WORDS},}}\S+")
    candidates += list(long_names.exclude(pk__in=[c.pk for c in candidates]).order_by("-pk")[:limit])
    for source in candidates:
        head, description = split_name(source.canonical_name)
        words = len(source.canonical_name.split())
        reasons = []
        if description:
            reasons.append("holds a description")
        if words > CLAUSE_WORDS:
            reasons.append(f"{words} words long")
        if reasons and len(found) < limit:
            found[source.pk] = Suspect(source, reasons, suggested_name=head if description else "")

    organisations = _gazetteer_organisations()
    people = (
        SourceAlias.objects.filter(normalised__in=list(organisations), source__type=SourceType.PERSON)
        .select_related("source")
        .order_by("-source_id")[:limit]
    )
    for alias in people:
        canonical, type_ = organisations[alias.normalised]
        suspect = found.setdefault(alias.source_id, Suspect(alias.source, []))
        suspect.reasons.append(f"a person, but “{canonical}” is {SourceType(type_).label.lower()}")
        suspect.suggested_name = suspect.suggested_name or ("" if alias.source.canonical_name == canonical else canonical)

    # Where to merge: the registry source filed under the suggested name (or in the same article).
    wanted = {normalise_alias(s.suggested_name): s for s in found.values() if s.suggested_name}
    for alias in SourceAlias.objects.filter(normalised__in=wanted).select_related("source"):
        suspect = wanted[alias.normalised]
        if alias.source_id != suspect.source.pk and suspect.source.article_id is None:
            suspect.merge_into = alias.source
    scoped = {s.source.article_id for s in found.values() if s.source.article_id and s.suggested_name}
    for other in Source.objects.filter(article_id__in=scoped) if scoped else []:
        suspect = wanted.get(normalise_alias(other.canonical_name))
        if suspect is not None and suspect.source.article_id == other.article_id and other.pk != suspect.source.pk:
            suspect.merge_into = other
    return sorted(found.values(), key=lambda s: -s.source.pk)


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


def source_names_for_picker(*, limit: int = 1000, article_id: int | None = None) -> list[str]:
    """Canonical names offered while typing a source; any alias typed resolves in the service anyway.

    Registry sources, and the anonymous and vague sources of `article_id` when given: another
    story's "one source" is not someone this claim can cite.
    """
    scope = Q(article__isnull=True) | Q(article_id=article_id) if article_id else Q(article__isnull=True)
    return list(Source.objects.filter(scope).order_by("canonical_name").values_list("canonical_name", flat=True)[:limit])


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


# --- the same claim across articles: matches, groups, first appearance, verdicts, relays -------

# A group is followed this many matches away from the claim, and no further than this many claims:
# groups are a scoop and its rewrites, not the whole archive.
GROUP_DEPTH = 4
GROUP_LIMIT = 500
# Verdicts that travel to matching claims: decided on the facts ("not a claim" is no verdict).
VERDICT_STATUSES = (ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE)
RELAYED_TYPES = (SourceType.NEWS_OUTLET, SourceType.ANONYMOUS)


def claim_matches(*, claim_id: int, include_rejected: bool = True) -> list[ClaimMatch]:
    """The claim's matches, best first, each with the other claim's article and publisher (1 query)."""
    qs = ClaimMatch.objects.filter(claim_id=claim_id).select_related(
        "other__article__publisher", "decided_by"
    )
    if not include_rejected:
        qs = qs.exclude(state=MatchState.REJECTED)
    return list(qs.order_by("-score", "other_id"))


def match_groups(claim_ids: Collection[int]) -> dict[int, set[int]]:
    """Each claim's group: the claims reached through its matches, the claim included.

    A claim's confirmed matches are its group links; a claim without any confirmed match is linked
    by its suggestions instead (rejected pairs never link). Followed breadth-first, GROUP_DEPTH
    steps at most: one query per step for the whole set of claims.
    """
    adjacency: dict[int, list[int]] = {}
    frontier = set(claim_ids)
    for _ in range(GROUP_DEPTH):
        frontier -= adjacency.keys()
        if not frontier:
            break
        edges: dict[int, list[tuple[int, str]]] = {node: [] for node in frontier}
        rows = ClaimMatch.objects.filter(claim_id__in=frontier).exclude(state=MatchState.REJECTED)
        for claim_id, other_id, state in rows.values_list("claim_id", "other_id", "state"):
            edges[claim_id].append((other_id, state))
        for node, links in edges.items():
            confirmed = [o for o, s in links if s == MatchState.CONFIRMED]
            adjacency[node] = confirmed or [o for o, _ in links]
        frontier = {o for node in edges for o in adjacency[node]}
    groups: dict[int, set[int]] = {}
    for root in claim_ids:
        seen, level = {root}, [root]
        for _ in range(GROUP_DEPTH):
            level = [o for node in level for o in adjacency.get(node, ()) if o not in seen]
            seen.update(level)
            if not level or len(seen) >= GROUP_LIMIT:
                break
        groups[root] = seen
    return groups


@dataclass(frozen=True)
class Appearance:
    claim_id: int
    article_id: int
    article_url: str | None
    published_at: Any  # datetime | None: when the article was published (else when it was stored)
    publisher: str


def first_appearances(claim_ids: Collection[int], *, groups: dict[int, set[int]] | None = None) -> dict[int, Appearance]:
    """For every claim, the earliest-published article of its group (itself when it has no match).

    Articles without a publication date count from when they were stored. GROUP_DEPTH + 1 queries
    for any number of claims (one when `groups` is given).
    """
    groups = match_groups(claim_ids) if groups is None else groups
    nodes = set().union(*groups.values()) if groups else set()
    info = {
        row[0]: row
        for row in Claim.objects.filter(pk__in=nodes).values_list(
            "id", "article_id", "article__url", "article__published_at", "article__created_at",
            "article__publisher__canonical_name",
        )
    }

    def when(claim_id: int) -> tuple:
        _, article_id, _, published, created, _ = info[claim_id]
        return (published or created, article_id, claim_id)

    out = {}
    for root, members in groups.items():
        present = [m for m in members if m in info]
        if not present:
            continue
        first = min(present, key=when)
        _, article_id, url, published, created, publisher = info[first]
        out[root] = Appearance(first, article_id, url, published or created, publisher or "")
    return out


def first_appearance(*, claim_id: int) -> Appearance | None:
    return first_appearances([claim_id]).get(claim_id)


@dataclass(frozen=True)
class Verdict:
    """A decided claim of the group, as a suggestion for another: never applied automatically."""

    claim_id: int
    status: str
    decided_at: Any  # datetime | None
    decided_by: str
    evidence_url: str

    @property
    def label(self) -> str:
        return ClaimStatus(self.status).label.lower()

    @property
    def sentence(self) -> str:
        when = f" on {self.decided_at:%Y-%m-%d}" if self.decided_at else ""
        who = f" by {self.decided_by}" if self.decided_by else ""
        return f"a matching claim was rated {self.label}{when}{who}"


def matching_verdicts(*, claim_id: int, group: set[int] | None = None) -> list[Verdict]:
    """The verdicts given to other claims of this claim's group, latest decision first."""
    members = (match_groups([claim_id])[claim_id] if group is None else group) - {claim_id}
    decided = dict(
        Claim.objects.filter(pk__in=members, status__in=VERDICT_STATUSES).values_list("id", "status")
    )
    if not decided:
        return []
    latest: dict[int, ReviewEvent] = {}
    events = (
        ReviewEvent.objects.filter(claim_id__in=decided, action=ReviewAction.STATUS_CHANGED)
        .select_related("actor").order_by("claim_id", "-created_at", "-id")
    )
    for event in events:
        latest.setdefault(event.claim_id, event)
    out = []
    for other_id, status in decided.items():
        event = latest.get(other_id)
        fits = event is not None and event.to_value == status
        out.append(Verdict(
            claim_id=other_id,
            status=status,
            decided_at=event.created_at if fits else None,
            decided_by=event.actor.get_username() if fits and event.actor else "",
            evidence_url=event.evidence_url if fits else "",
        ))
    return sorted(out, key=lambda v: (v.decided_at is None, -(v.decided_at.timestamp() if v.decided_at else 0),
                                      v.claim_id))


@dataclass
class Elsewhere:
    """A claim's life in other articles: its matches, its group's first appearance, the verdicts."""

    matches: list[ClaimMatch]
    first: Appearance | None
    verdicts: list[Verdict]
    group_size: int


def claim_elsewhere(*, claim_id: int) -> Elsewhere:
    """Everything the Elsewhere panel and the matches endpoint show, the group walked once."""
    group = match_groups([claim_id])[claim_id]
    first = first_appearances([claim_id], groups={claim_id: group}).get(claim_id)
    matches = claim_matches(claim_id=claim_id)
    for match in matches:
        match.is_first_appearance = first is not None and match.other_id == first.claim_id
    return Elsewhere(
        matches=matches,
        first=first,
        verdicts=matching_verdicts(claim_id=claim_id, group=group),
        group_size=len(group),
    )


@dataclass
class RelayLink:
    source_id: int
    name: str
    type: str
    by_attribution: int = 0  # claims where one cites or passes on the other
    by_match: int = 0  # claims one published after the other published the same claim

    @property
    def claims(self) -> int:
        return self.by_attribution + self.by_match


def relay_graph(*, source_id: int, limit: int = 20) -> dict[str, list[RelayLink]]:
    """Who this source repeats ("relays") and who repeats it ("relayed_by"), with claim counts.

    From attributions: an outlet relays the news outlets and anonymous sources its articles cite,
    and a relay attribution ("one source told WSJ") relays the claim's sources. From matches: an
    outlet relays the outlet that published the same claim earlier. Seven queries.
    """
    live = ~Q(review=AttributionReview.REJECTED)
    relays: dict[int, RelayLink] = {}
    relayed_by: dict[int, RelayLink] = {}

    def add(into: dict[int, RelayLink], rows: Iterable[tuple[int, int]], kind: str) -> None:
        for other_id, n in rows:
            if other_id is None or other_id == source_id:
                continue
            link = into.setdefault(other_id, RelayLink(other_id, "", ""))
            setattr(link, kind, getattr(link, kind) + n)

    def counted(qs: QuerySet, key: str) -> list[tuple[int, int]]:
        return list(qs.order_by().values_list(key).annotate(n=Count("claim_id", distinct=True)))

    cited = Attribution.objects.filter(live, source__isnull=False, source__type__in=RELAYED_TYPES)
    add(relays, counted(cited.filter(claim__article__publisher_id=source_id), "source_id"), "by_attribution")
    add(relays, counted(cited.filter(role=AttributionRole.SOURCE, claim__attributions__source_id=source_id,
                                     claim__attributions__role=AttributionRole.RELAY), "source_id"), "by_attribution")
    mine = Attribution.objects.filter(live, source_id=source_id)
    add(relayed_by, counted(mine, "claim__article__publisher_id"), "by_attribution")
    add(relayed_by, counted(
        Attribution.objects.filter(live, role=AttributionRole.RELAY, source__isnull=False,
                                   claim__attributions__source_id=source_id,
                                   claim__attributions__role=AttributionRole.SOURCE),
        "source_id"), "by_attribution")
    matched = ClaimMatch.objects.exclude(state=MatchState.REJECTED)
    add(relays, counted(matched.filter(claim__article__publisher_id=source_id,
                                       other__article__published_at__lt=F("claim__article__published_at")),
                        "other__article__publisher_id"), "by_match")
    add(relayed_by, counted(matched.filter(other__article__publisher_id=source_id,
                                           claim__article__published_at__gt=F("other__article__published_at")),
                            "claim__article__publisher_id"), "by_match")
    names = {s.pk: s for s in Source.objects.filter(pk__in=[*relays, *relayed_by]).only("canonical_name", "type")}
    out: dict[str, list[RelayLink]] = {}
    for key, links in (("relays", relays), ("relayed_by", relayed_by)):
        for link in links.values():
            link.name, link.type = names[link.source_id].canonical_name, names[link.source_id].type
        out[key] = sorted(links.values(), key=lambda link: (-link.claims, link.name))[:limit]
    return out


def _live_matches() -> QuerySet[ClaimMatch]:
    return ClaimMatch.objects.filter(claim_id=OuterRef("pk")).exclude(state=MatchState.REJECTED)


def with_matches(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Claims with a suggested or confirmed match (a semi-join: no duplicate rows)."""
    return queryset.filter(Exists(_live_matches()))


def first_appearances_only(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Matched claims that no directly matching claim precedes: the scoops.

    As in first_appearances, a claim's confirmed matches count when it has any, else its
    suggestions, and an article without a publication date counts from when it was stored. Only
    direct matches are compared (the list filter must stay one query); the Elsewhere panel and the
    exports follow the whole group.
    """
    mine = Coalesce(OuterRef("article__published_at"), OuterRef("article__created_at"))
    theirs = Coalesce("other__article__published_at", "other__article__created_at")
    earlier = _live_matches().annotate(other_when=theirs).filter(
        Q(other_when__lt=mine) | Q(other_when=mine, other__article_id__lt=OuterRef("article_id"))
    )
    confirmed = _live_matches().filter(state=MatchState.CONFIRMED)
    return with_matches(queryset).filter(
        ~Exists(earlier.filter(state=MatchState.CONFIRMED))
        & (Exists(confirmed) | ~Exists(earlier))
    )
