"""The same claim across articles: signatures, suggestions, and editors' decisions on them.

A cascade, cheapest first, for each claim of an article just tagged:
1. its signature (provenance.matching.features: the content with the attribution cut out) is
   stored, and claims elsewhere with the same content key are taken at once (verbatim copies,
   wire rewrites that only change who is quoted);
2. candidates by full-text search over the other signatures' terms: on PostgreSQL a GIN index
   (migration 0006) answers "shares two of these terms" (each pair of the claim's most telling
   terms is one OR branch); SQLite, the demo's database, scans;
3. the scorer (provenance.matching.scorer) decides, with its vetoes for a denial, a different
   figure or a different name.
Pairs that pass are stored as suggestions, both ways (ClaimMatch is kept symmetric). Editors'
decisions are never touched by the matcher: a confirmed pair stays when a re-tag rewrites the
sentence, and a rejected pair is never suggested again, because the matcher only adds pairs that
have no row at all and only rescores or removes rows still `suggested`.

Editors confirm or reject a pair (both rows, one ReviewEvent on each claim, the same permission
as reviewing attributions), and may apply a matching claim's verdict to another claim of its
group: never automatically, always as an editor's own status change, with the reason in the note.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.db.models import Q, TextField, Value
from django.db.models.functions import Concat
from django.utils import timezone

from claims.models import DECIDED_STATUSES, Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import Perm, WorkflowError, change_claim_status, require

from .. import selectors
from ..matching import Features, Score, claim_features, score
from ..matching.features import FEATURES_VERSION, stem
from ..models import Attribution, AttributionReview, ClaimMatch, MatchSignature, MatchState, SourceType

log = logging.getLogger(__name__)

MAX_QUERY_TERMS = 6  # the claim's most telling terms that candidates are searched by (15 pairs)
MAX_CANDIDATES = 200  # per claim, from the full-text search
MAX_MATCHES_PER_CLAIM = 50  # the best-scored suggestions kept per claim
# Cited sources that are a party to the claim (their names tell two claims apart). Outlets relay,
# unnamed and vague sources have no name.
PARTY_TYPES = frozenset({SourceType.PERSON, SourceType.GOVERNMENT, SourceType.OFFICIAL, SourceType.DOCUMENT,
                         SourceType.SOCIAL_MEDIA})
SEARCH_EXPRESSION = "array_to_tsvector(string_to_array(NULLIF(terms, ''), ' '))"  # as in migration 0006
SEARCH_INDEX = "provenance_matchsignature_terms_gin"


@dataclass
class MatchOutcome:
    result: str  # "done" or "gone"
    claims: int = 0
    suggested: int = 0  # pairs newly suggested
    updated: int = 0  # suggestions rescored
    removed: int = 0  # suggestions that no longer hold

    def as_dict(self) -> dict[str, int | str]:
        return {"result": self.result, "claims": self.claims, "suggested": self.suggested,
                "updated": self.updated, "removed": self.removed}


# --- signatures ---------------------------------------------------------------------------------


def _basis(text: str, cut: list[tuple[int | None, int | None]], sources: list[str]) -> str:
    payload = json.dumps([FEATURES_VERSION, text, sorted(cut, key=str), sorted(sources)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def content_key(features: Features) -> str:
    """Equal for claims that assert the same words (negation included), whoever is quoted."""
    payload = " ".join(features.terms) + ("|not" if features.negated else "")
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def refresh_signatures(*, article_id: int) -> tuple[dict[int, Features], list[int]]:
    """Store the features of the article's current claims; returns them by claim id, and the ids
    of all the article's claims (current, detached, not a claim).

    A claim's attribution (its non-rejected source names and cues) is cut out of its text first.
    Claims no longer in the article lose their signature (they are nobody's candidate now); their
    decided matches stay.
    """
    every = list(Claim.objects.filter(article_id=article_id).only("id", "start", "text", "ordinal", "status"))
    claims = [c for c in every if c.ordinal is not None and c.status != ClaimStatus.NOT_A_CLAIM]
    ids = [c.pk for c in claims]
    cuts: dict[int, list[tuple[int | None, int | None]]] = defaultdict(list)
    cited: dict[int, list[str]] = defaultdict(list)
    rows = (
        Attribution.objects.filter(claim_id__in=ids).exclude(review=AttributionReview.REJECTED)
        .values_list("claim_id", "source_start", "source_end", "cue_start", "cue_end", "source__canonical_name",
                     "source_text", "source__type", "source_type")
        .order_by("claim_id", "id")
    )
    start_of = {c.pk: c.start for c in claims}
    for claim_id, s_start, s_end, c_start, c_end, canonical, as_written, registry_type, mention_type in rows:
        base = start_of[claim_id]
        for lo, hi in ((s_start, s_end), (c_start, c_end)):
            if lo is not None and hi is not None:
                cuts[claim_id].append((lo - base, hi - base))
        name = " ".join((canonical or as_written or "").split())
        if (registry_type or mention_type) in PARTY_TYPES and name and name not in cited[claim_id]:
            cited[claim_id].append(name)
    stored = {s.claim_id: s for s in MatchSignature.objects.filter(claim__article_id=article_id)}
    out: dict[int, Features] = {}
    create, update = [], []
    for claim in claims:
        basis = _basis(claim.text, cuts[claim.pk], cited[claim.pk])
        old = stored.get(claim.pk)
        if old is not None and old.basis == basis:
            out[claim.pk] = Features.from_dict(old.features)
            continue
        features = claim_features(claim.text, cut=cuts[claim.pk], sources=cited[claim.pk])
        out[claim.pk] = features
        values = {"terms": features.search_terms, "content_key": content_key(features),
                  "features": features.to_dict(), "basis": basis}
        if old is None:
            create.append(MatchSignature(claim_id=claim.pk, **values))
        else:
            for name, value in values.items():
                setattr(old, name, value)
            update.append(old)
    gone = [pk for pk in stored if pk not in out]
    if gone or create or update:
        with transaction.atomic():
            MatchSignature.objects.filter(claim_id__in=gone).delete()
            MatchSignature.objects.bulk_create(create, batch_size=500, ignore_conflicts=True)
            MatchSignature.objects.bulk_update(update, ["terms", "content_key", "features", "basis", "updated_at"],
                                               batch_size=500)
    return out, [c.pk for c in every]


# --- candidates -----------------------------------------------------------------------------------


def query_terms(features: Features, *, limit: int = MAX_QUERY_TERMS,
                frequencies: dict[str, float] | None = None) -> list[str]:
    """The claim's most telling terms: the rarest in the archive first (when the database keeps
    term statistics), else its figures, then its names, then its longest words.

    Terms in more than COMMON_TERM signatures are left out of the search (a pair of them matches
    thousands of claims; they still count in the score), unless that leaves fewer than two.
    `frequencies`: estimated number of signatures per term, for the most common terms.
    """
    numbers = [f"n{n}" for n in features.numbers]
    names = list(dict.fromkeys(stem(w) for e in features.entities for w in e.split()))
    picked = list(dict.fromkeys(t for t in (*numbers, *names) if t in features.terms))
    rest = sorted((t for t in features.terms if t not in picked), key=lambda t: (-len(t), t))
    ordered = picked + rest
    if frequencies:
        rank = {t: i for i, t in enumerate(ordered)}
        ordered.sort(key=lambda t: (frequencies.get(t, 0.0), rank[t]))
        rare = [t for t in ordered if frequencies.get(t, 0.0) <= COMMON_TERM]
        ordered = rare if len(rare) >= 2 else ordered[:2]
    return ordered[:limit]


# How often each of the most common terms occurs, from PostgreSQL's own statistics on the search
# index (ANALYZE keeps the most common elements of a tsvector with their frequencies; a term not
# listed is rarer than every listed one). Read again every TERM_STATS_MAX_AGE seconds per process.
COMMON_TERM = 2000  # signatures
TERM_STATS_MAX_AGE = 600.0
_term_stats: dict[str, object] = {"at": -TERM_STATS_MAX_AGE, "frequencies": {}}


def term_frequencies() -> dict[str, float]:
    if connection.vendor != "postgresql":
        return {}
    now = time.monotonic()
    if now - _term_stats["at"] >= TERM_STATS_MAX_AGE:  # type: ignore[operator]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT most_common_elems::text::text[], most_common_elem_freqs, "
                "(SELECT reltuples FROM pg_class WHERE relname = 'provenance_matchsignature') FROM pg_stats "
                "WHERE tablename = %s AND attname = 'array_to_tsvector'",
                [SEARCH_INDEX],
            )
            row = cursor.fetchone()
        rows = max(0.0, float(row[2] or 0)) if row else 0.0
        # The frequencies list ends with three summary values (min, max, nulls): zip drops them.
        frequencies = {t: f * rows for t, f in zip(row[0], row[1], strict=False)} if row and row[0] else {}
        _term_stats.update(at=now, frequencies=frequencies)
    return _term_stats["frequencies"]  # type: ignore[return-value]


def _tsquery(terms: list[str]) -> str:
    """Any two of the terms: ('a' & 'b') | ('a' & 'c') | ... Terms are word characters only."""
    quoted = [f"'{t}'" for t in terms]
    if len(quoted) == 1:
        return quoted[0]
    return " | ".join(f"({a} & {b})" for a, b in combinations(quoted, 2))


def candidates(*, article_id: int, features: dict[int, Features], keys: dict[int, str]) -> dict[int, list[int]]:
    """For each claim, claims in other articles that may state the same thing: the same content key,
    or two of its most telling terms in common (at most MAX_CANDIDATES each)."""
    if connection.vendor == "postgresql":
        return _search_candidates(article_id=article_id, features=features, keys=keys)
    rows = MatchSignature.objects.filter(content_key__in=set(keys.values())).exclude(claim__article_id=article_id)
    by_key: dict[str, list[int]] = defaultdict(list)
    for other_id, key in rows.values_list("claim_id", "content_key"):
        by_key[key].append(other_id)
    out = {}
    for claim_id, f in features.items():
        exact = by_key.get(keys[claim_id], [])[:MAX_CANDIDATES]
        terms = query_terms(f)
        found = _scan_candidates(article_id=article_id, terms=terms) if _searchable(f, terms) else []
        out[claim_id] = list(dict.fromkeys([*exact, *found]))
    return out


def _searchable(features: Features, terms: list[str]) -> bool:
    return len(terms) >= 2 or bool(terms and features.numbers)


def _search_candidates(*, article_id: int, features: dict[int, Features], keys: dict[int, str]) -> dict[int, list[int]]:
    """PostgreSQL: every claim of the article in one round trip, each searched by its own
    LATERAL subquery (the GIN index over the terms, and the content key's index)."""
    out: dict[int, list[int]] = {claim_id: [] for claim_id in features}
    values, params = [], []
    frequencies = term_frequencies()
    for claim_id, f in features.items():
        terms = query_terms(f, frequencies=frequencies)
        values.append("(%s, %s, %s::tsquery)")
        params += [claim_id, keys[claim_id], _tsquery(terms) if _searchable(f, terms) else None]
    if not values:
        return out
    sql = (
        "SELECT q.id, hit.claim_id FROM (VALUES " + ", ".join(values) + ") AS q(id, key, query) "  # noqa: S608 - placeholders only
        "CROSS JOIN LATERAL ("
        " (SELECT s.claim_id FROM provenance_matchsignature s JOIN claims_claim c ON c.id = s.claim_id"
        "  WHERE s.content_key = q.key AND c.article_id <> %s LIMIT %s)"
        " UNION"
        f" (SELECT s.claim_id FROM provenance_matchsignature s JOIN claims_claim c ON c.id = s.claim_id"
        f"  WHERE q.query IS NOT NULL AND {SEARCH_EXPRESSION} @@ q.query AND c.article_id <> %s LIMIT %s)"
        ") AS hit"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, article_id, MAX_CANDIDATES, article_id, MAX_CANDIDATES])
        for claim_id, other_id in cursor.fetchall():
            out[claim_id].append(other_id)
    return out


def _scan_candidates(*, article_id: int, terms: list[str]) -> list[int]:
    """SQLite: the same "two shared terms" over a scan of the signatures (demo-sized data)."""
    any_term = Q()
    for t in terms:
        any_term |= Q(padded__contains=f" {t} ")
    rows = (
        MatchSignature.objects.exclude(claim__article_id=article_id)
        .annotate(padded=Concat(Value(" "), "terms", Value(" "), output_field=TextField()))
        .filter(any_term)
        .values_list("claim_id", "terms")
    )
    wanted = set(terms)
    hits = []
    for claim_id, text in rows.iterator(chunk_size=2000):
        shared = len(wanted.intersection(text.split()))
        if shared >= 2 or (shared and len(terms) == 1):
            hits.append((-shared, claim_id))
    return [claim_id for _, claim_id in sorted(hits)[:MAX_CANDIDATES]]


# --- suggestions ----------------------------------------------------------------------------------


def match_article(*, article_id: int) -> MatchOutcome:
    """Suggest matches for every current claim of the article; idempotent (a re-run rescores).

    Confirmed and rejected pairs are left as they are; suggestions that no longer hold (the
    sentence changed in a re-tag) are removed.
    """
    mine, ids = refresh_signatures(article_id=article_id)
    if not ids and not Article.objects.filter(pk=article_id).exists():
        return MatchOutcome("gone")
    keys = {claim_id: content_key(f) for claim_id, f in mine.items()}
    wanted = candidates(article_id=article_id, features=mine, keys=keys)
    with transaction.atomic():
        # Rows of the article's claims in either direction (current and detached claims alike).
        rows = list(ClaimMatch.objects.filter(Q(claim_id__in=ids) | Q(other_id__in=ids)))
        _repair_mirrors(rows)
        own = set(ids)
        existing = [(m.claim_id, m.other_id, m.state, m.score) for m in rows if m.claim_id in own]
        # Every claim of the article, current or not: a detached claim's suggestions are rescored too.
        others = {o for found_ids in wanted.values() for o in found_ids} | {o for _, o, _, _ in existing}
        theirs = {
            s.claim_id: Features.from_dict(s.features)
            for s in MatchSignature.objects.filter(claim_id__in=others).exclude(claim__article_id=article_id)
        }
        found: dict[tuple[int, int], Score] = {}
        for claim_id, their_ids in wanted.items():
            scored = []
            for other_id in their_ids:
                if other_id in theirs:
                    s = score(mine[claim_id], theirs[other_id])
                    if s.is_match:
                        scored.append((s.value, other_id, s))
            scored.sort(key=lambda item: (-item[0], item[1]))
            for _value, other_id, s in scored[:MAX_MATCHES_PER_CLAIM]:
                found[(claim_id, other_id)] = s
        return _write_suggestions(article_id, mine, theirs, found, existing)


def _repair_mirrors(rows: list[ClaimMatch]) -> None:
    """Write the missing half of any pair (a worker stopped between the two rows of a bulk insert
    cannot happen in one transaction, but a row deleted by hand can): the mirror takes the same
    state, so a rejected pair stays rejected both ways."""
    present = {(m.claim_id, m.other_id) for m in rows}
    missing = [
        ClaimMatch(claim_id=m.other_id, other_id=m.claim_id, score=m.score, state=m.state, reasons=m.reasons,
                   decided_by_id=m.decided_by_id, decided_at=m.decided_at)
        for m in rows
        if (m.other_id, m.claim_id) not in present
    ]
    if missing:
        log.warning("restoring %s missing mirror row(s) of claim matches", len(missing))
        ClaimMatch.objects.bulk_create(missing, ignore_conflicts=True)
        rows.extend(missing)


def _write_suggestions(article_id: int, mine: dict[int, Features], theirs: dict[int, Features],
                       found: dict[tuple[int, int], Score],
                       existing: list[tuple[int, int, str, float]]) -> MatchOutcome:
    outcome = MatchOutcome("done", claims=len(mine))
    known = {(a, b) for a, b, _, _ in existing}
    stale: list[tuple[int, int]] = []
    for a, b, state, old_score in existing:
        if state != MatchState.SUGGESTED:
            continue
        if a in mine and b in theirs:
            s = found.get((a, b)) or score(mine[a], theirs[b])
        else:
            s = None  # one side is gone from its article: no longer a suggestion
        if s is None or not s.is_match:
            stale.append((a, b))
        elif round(s.value, 4) != round(old_score, 4):
            outcome.updated += ClaimMatch.objects.filter(
                Q(claim_id=a, other_id=b) | Q(claim_id=b, other_id=a), state=MatchState.SUGGESTED
            ).update(score=s.value, reasons=s.reasons()) // 2
    if stale:
        gone = Q()
        for a, b in stale:
            gone |= Q(claim_id=a, other_id=b) | Q(claim_id=b, other_id=a)
        outcome.removed = ClaimMatch.objects.filter(gone, state=MatchState.SUGGESTED).delete()[0] // 2
    rows = []
    for (a, b), s in found.items():
        if (a, b) in known:
            continue
        rows.append(ClaimMatch(claim_id=a, other_id=b, score=s.value, reasons=s.reasons()))
        rows.append(ClaimMatch(claim_id=b, other_id=a, score=s.value, reasons=s.reasons()))
    # ignore_conflicts: the other article's run may be writing the same pair right now.
    ClaimMatch.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    outcome.suggested = len(rows) // 2
    return outcome


# --- editors' decisions ------------------------------------------------------------------------------


def _describe(match: ClaimMatch, state: str) -> str:
    return f"claim {match.other_id}: {state} ({match.score:.2f})"


def decide_match(*, match_id: int, actor: AbstractBaseUser, decision: str, note: str = "") -> ClaimMatch:
    """Confirm or reject a pair of matching claims: both rows, and a ReviewEvent on each claim.

    A decision may be changed (confirmed, then rejected); deciding what is already decided does
    nothing. The claims' `updated_at` moves (their exported matches changed), their version does
    not: nothing an editor reads on the claim itself changed.
    """
    require(actor, Perm.REVIEW)
    if decision not in (MatchState.CONFIRMED, MatchState.REJECTED):
        raise WorkflowError(f"decision must be confirmed or rejected, got {decision!r}")
    note = (note or "").strip()
    with transaction.atomic():
        try:
            match = ClaimMatch.objects.select_for_update().get(pk=match_id)
        except ClaimMatch.DoesNotExist:
            raise WorkflowError(f"no match with id {match_id}") from None
        pair = list(
            ClaimMatch.objects.select_for_update()
            .filter(Q(claim_id=match.claim_id, other_id=match.other_id) | Q(claim_id=match.other_id,
                                                                             other_id=match.claim_id))
            .order_by("pk")
        )
        before = match.state
        if before == decision:
            return match
        now = timezone.now()
        ClaimMatch.objects.filter(pk__in=[m.pk for m in pair]).update(state=decision, decided_by=actor,
                                                                       decided_at=now)
        action = ReviewAction.MATCH_CONFIRMED if decision == MatchState.CONFIRMED else ReviewAction.MATCH_REJECTED
        ReviewEvent.objects.bulk_create(
            ReviewEvent(actor=actor, claim_id=m.claim_id, action=action, from_value=_describe(m, before),
                        to_value=_describe(m, decision), note=note)
            for m in pair
        )
        Claim.objects.filter(pk__in=[match.claim_id, match.other_id]).update(updated_at=now)
        match.refresh_from_db()
    return match


def confirm_match(*, match_id: int, actor: AbstractBaseUser, note: str = "") -> ClaimMatch:
    return decide_match(match_id=match_id, actor=actor, decision=MatchState.CONFIRMED, note=note)


def reject_match(*, match_id: int, actor: AbstractBaseUser, note: str = "") -> ClaimMatch:
    return decide_match(match_id=match_id, actor=actor, decision=MatchState.REJECTED, note=note)


def apply_matching_verdict(*, claim_id: int, from_claim_id: int, actor: AbstractBaseUser,
                           expected_version: int | None = None) -> Claim:
    """Give the claim the verdict a matching claim of its group was given (one editor's click).

    Never automatic: an editor applies it, and it is an ordinary status change (through review
    when the claim is unverified), each step with its ReviewEvent, the note naming the matching
    claim, its verdict, date and editor, and the evidence link of that decision carried over.
    """
    require(actor, Perm.REVIEW)
    with transaction.atomic():
        suggestion = next(
            (v for v in selectors.matching_verdicts(claim_id=claim_id) if v.claim_id == from_claim_id), None
        )
        if suggestion is None:
            raise WorkflowError(f"claim {from_claim_id} is not a decided claim matching this one")
        claim = Claim.objects.select_for_update().get(pk=claim_id)
        if claim.status == suggestion.status:
            raise WorkflowError(f"the claim is already {ClaimStatus(claim.status).label.lower()}")
        if claim.status in DECIDED_STATUSES:
            raise WorkflowError("the claim is already decided; reopen it first to apply another verdict")
        note = f"Verdict of matching claim {from_claim_id} applied: {suggestion.sentence}"
        version = expected_version
        if claim.status == ClaimStatus.UNVERIFIED:
            claim = change_claim_status(claim_id=claim_id, actor=actor, to_status=ClaimStatus.IN_REVIEW, note=note,
                                        expected_version=version)
            version = claim.version
        return change_claim_status(claim_id=claim_id, actor=actor, to_status=suggestion.status, note=note,
                                   evidence_url=suggestion.evidence_url, expected_version=version)
