"""The source registry and each claim's derived sourcing strength.
"""

from __future__ import annotations

import enum
import logging
from collections import defaultdict
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.models import Article, Claim, ReviewAction, ReviewEvent, SourcingStrength
from claims.services import WorkflowError, require
from claims.text import normalise_alias

from ..models import (
    Attribution,
    AttributionReview,
    AttributionRole,
    Source,
    SourceAlias,
    SourceType,
)
from ..names import head_name, split_name

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
    now = timezone.now()
    for claim in claims:
        strength = sourcing_strength_for(types.get(claim.pk, []))
        if claim.sourcing_strength != strength:
            claim.sourcing_strength = strength
            # A claim whose strength changed is changed for readers syncing on updated_at (the API).
            claim.updated_at = now
            changed.append(claim)
    Claim.objects.bulk_update(changed, ["sourcing_strength", "updated_at"], batch_size=500)


# --- source registry ------------------------------------------------------------------------


# Types whose sources stand for someone in one article only (see Source.article).
SCOPED_TYPES = frozenset({SourceType.ANONYMOUS, SourceType.UNSPECIFIED})

# (article id for a scoped source, else None; the normalised head name)
RegistryKey = tuple[int | None, str]


def registry_key(name: str, type_: str, article_id: int | None = None) -> RegistryKey:
    """Where a mention is filed: its head name (provenance.names), within its article for an
    anonymous or vague one. Both tagging write paths and the editors' path key mentions by this."""
    scope = article_id if type_ in SCOPED_TYPES else None
    return scope, normalise_alias(head_name(name))


def resolve_sources(mentions: Iterable[tuple]) -> dict[RegistryKey, Source]:
    """Map each (name, type[, article id[, description]]) to its registry Source, creating the missing ones.

    Keys of the result are registry_key()s. A global source is found by any of its aliases; a
    scoped one (anonymous or vague, with an article) by its name within that article, and it never
    takes an alias. A new source is named by the mention's head phrase, the rest of the first
    mention (or the description given with it) kept as its description. Two workers creating the same new source race on the unique
    alias (or the unique name within the article); the loser re-reads the winner's row.
    """
    wanted: dict[RegistryKey, tuple[str, str, str]] = {}
    for name, type_, *rest in mentions:
        key = registry_key(name, type_, rest[0] if rest else None)
        if key[1]:
            wanted.setdefault(key, (name, type_, rest[1] if len(rest) > 1 else ""))
    if not wanted:
        return {}
    global_keys = [key for scope, key in wanted if scope is None]
    found: dict[RegistryKey, Source] = {
        (None, a.normalised): a.source
        for a in SourceAlias.objects.filter(normalised__in=global_keys).select_related("source")
    }
    scopes = {scope for scope, _ in wanted if scope is not None}
    if scopes:
        for source in Source.objects.filter(article_id__in=scopes):
            found.setdefault((source.article_id, normalise_alias(source.canonical_name)), source)
    for (scope, key), (name, type_, written) in wanted.items():
        if (scope, key) in found:
            continue
        head, description = split_name(name)
        description = description or written
        try:
            with transaction.atomic():
                source = Source.objects.create(
                    canonical_name=head[:255], type=type_, article_id=scope, description=description
                )
                if scope is None:
                    SourceAlias.objects.create(source=source, alias=head[:255], normalised=key)
        except IntegrityError:
            if scope is None:
                source = SourceAlias.objects.select_related("source").get(normalised=key).source
            else:
                source = Source.objects.get(article_id=scope, canonical_name=head[:255])
        found[scope, key] = source
    return found


def source_key(name: str) -> str:
    """The alias key a name is looked up by; WorkflowError for a name that has none."""
    key = normalise_alias(head_name(name))
    if not key:
        # "!!!" or "—" would be an alias that every other such name collides with.
        raise WorkflowError(f"a source name needs at least one letter or digit, got {name!r}")
    return key


def get_or_create_source(*, name: str, type: str = SourceType.NEWS_OUTLET, article_id: int | None = None) -> Source:
    """The registry source for one name (scoped to `article_id` when the type is anonymous or vague)."""
    source_key(name)
    return resolve_sources([(name, type, article_id)])[registry_key(name, type, article_id)]


def merge_sources(*, keep_id: int, merge_id: int, actor, note: str = "") -> Source:
    """Fold one source into another: its aliases, attributions, articles and children move."""

    require(actor, "provenance.merge_source")
    if keep_id == merge_id:
        raise WorkflowError("a source cannot be merged into itself")
    with transaction.atomic():
        keep = Source.objects.select_for_update().get(pk=keep_id)
        gone = Source.objects.select_for_update().get(pk=merge_id)
        if keep.article_id is not None and gone.article_id != keep.article_id:
            # Pooling an anonymous source of one story with anyone else is what scoping prevents.
            raise WorkflowError(
                f"{keep.canonical_name} stands for someone in one article only: only a source of that "
                f"article can be merged into it (merge it into {gone.canonical_name} instead, if they "
                "are the same)"
            )
        path = _path_up(keep, gone)
        if len(path) > 2:
            # keep → … → gone: gone's children (the first step of that path among them) move
            # under keep, which sits below them: a loop. A direct child is handled below.
            chain = " → ".join(s.canonical_name for s in path)
            raise WorkflowError(
                f"{keep.canonical_name} belongs to {gone.canonical_name} ({chain}); merging would make "
                f"{path[-2].canonical_name} and {keep.canonical_name} each other's parent: change "
                f"{keep.canonical_name}'s parent first"
            )
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


# --- editors' edits of the registry ---------------------------------------------------------

# How many claims one recompute loads: a much-cited source (a wire agency) has claims by the
# hundred thousand, and SQLite refuses more than 32,766 query parameters.
RECOMPUTE_BATCH = 2000


class _Keep(enum.Enum):
    KEEP = "keep"


# `parent_id=KEEP` leaves the parent alone; `parent_id=None` removes it.
KEEP = _Keep.KEEP


def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join((name or "").split())[:255]
    if not normalise_alias(cleaned):
        raise WorkflowError(f"{what} needs at least one letter or digit, got {name!r}")
    return cleaned


def _wanted_aliases(names: Iterable[str], canonical_name: str) -> dict[str, str]:
    """{normalised key: alias as written}. The canonical name is always one of them: tagging finds
    a source by its aliases, so a source renamed without one would be created again by the next run."""
    wanted: dict[str, str] = {}
    for name in names:
        if not (name or "").strip():
            continue
        written = _clean_name(name, "an alias")
        key = normalise_alias(written)
        if key in wanted and wanted[key] != written:
            raise WorkflowError(
                f"“{wanted[key]}” and “{written}” are the same alias (both are looked up as “{key}”); keep one"
            )
        wanted[key] = written
    wanted.setdefault(normalise_alias(canonical_name), canonical_name)
    return wanted


def alias_conflicts(*, source_id: int | None, aliases: Iterable[str]) -> dict[str, Source]:
    """The given names whose alias already belongs to another source: {name as given: that source}.

    For forms to show the problem next to the field; the services check again under their lock.
    """
    keys = {normalise_alias(name): name for name in aliases if normalise_alias(name or "")}
    taken = SourceAlias.objects.filter(normalised__in=keys).exclude(source_id=source_id).select_related("source")
    return {keys[a.normalised]: a.source for a in taken}


def alias_taken_message(name: str, owner: Source) -> str:
    return (
        f"the alias “{name}” already belongs to {owner.canonical_name} (#{owner.pk}, {owner.type}); "
        "remove it there first, or merge the two sources"
    )


def _alias_taken_error(name: str, owner: Source) -> WorkflowError:
    return WorkflowError(alias_taken_message(name, owner))


def _path_up(start: Source, target: Source) -> list[Source]:
    """[start, its parent, …, target] when target is start or one of its ancestors, else []."""
    seen, node, path = set(), start, []
    while node is not None and node.pk not in seen:
        path.append(node)
        if node.pk == target.pk:
            return path
        seen.add(node.pk)
        node = node.parent
    return []


def _check_parent(source: Source | None, parent_id: int | None) -> Source | None:
    if parent_id is None:
        return None
    parent = Source.objects.filter(pk=parent_id).first()
    if parent is None:
        raise WorkflowError(f"no source with id {parent_id}")
    # Walk up from the new parent: meeting the source itself would make a loop.
    if source is not None and _path_up(parent, source):
        raise WorkflowError(f"{parent.canonical_name} belongs to {source.canonical_name}; it cannot be its parent")
    return parent


def _sync_aliases(source: Source, wanted: dict[str, str]) -> tuple[list[str], list[str]]:
    """Make the source's aliases exactly `wanted`; returns (aliases before, aliases after) as written."""
    current = {a.normalised: a for a in SourceAlias.objects.filter(source=source)}
    before = sorted(a.alias for a in current.values())
    conflicts = alias_conflicts(source_id=source.pk, aliases=[wanted[k] for k in wanted if k not in current])
    if conflicts:
        name, owner = next(iter(conflicts.items()))
        raise _alias_taken_error(name, owner)
    SourceAlias.objects.filter(source=source).exclude(normalised__in=wanted).delete()
    for key, written in wanted.items():
        alias = current.get(key)
        if alias is None:
            try:
                with transaction.atomic():
                    SourceAlias.objects.create(source=source, alias=written, normalised=key)
            except IntegrityError:
                # Taken since the check above: a tagging run or another editor created it meanwhile.
                owner = SourceAlias.objects.select_related("source").get(normalised=key).source
                raise _alias_taken_error(written, owner) from None
        elif alias.alias != written:
            alias.alias = written
            alias.save(update_fields=["alias"])
    return before, sorted(wanted.values())


def _source_event(*, actor, action: str, source: Source, before: list[str], after: list[str], note: str) -> None:
    ReviewEvent.objects.create(
        actor=actor,
        action=action,
        from_value=f"{source.canonical_name} (#{source.pk}) {'; '.join(before)}".strip()[:500],
        to_value=f"{source.canonical_name} (#{source.pk}) {'; '.join(after)}".strip()[:500],
        note=note,
    )


def carry_type(source: Source) -> None:
    """After a source's type changed: every attribution naming it takes the new type, and their
    claims' sourcing strength is derived again. Inside the caller's transaction."""
    named = Attribution.objects.filter(source=source)
    claim_ids = sorted(set(named.values_list("claim_id", flat=True)))
    named.exclude(source_type=source.type).update(source_type=source.type, updated_at=timezone.now())
    for i in range(0, len(claim_ids), RECOMPUTE_BATCH):
        recompute_sourcing_strength(claim_ids=claim_ids[i:i + RECOMPUTE_BATCH])


def retype_scoped_source(*, source: Source, type: str, actor, note: str = "") -> None:  # noqa: ANN001
    """A reviewer's correction of an anonymous or vague source's type ("a source" who turns out to be a
    company spokesperson). It touches one article only, so it is part of reviewing that article, not
    an edit of the registry (update_source, an Editor's right). Inside the caller's transaction."""
    if source.article_id is None:
        raise WorkflowError(f"{source.canonical_name} is a registry source: changing its type is an edit of the registry")
    if type not in SourceType.values:
        raise WorkflowError(f"unknown source type {type!r}")
    old = source.type
    if old == type:
        return
    source.type = type
    source.save(update_fields=["type", "updated_at"])
    carry_type(source)
    _source_event(actor=actor, action=ReviewAction.SOURCE_EDITED, source=source, before=[f"type: {old}"],
                  after=[f"type: {type}"], note=note)


def create_source(
    *,
    actor,
    canonical_name: str,
    type: str,
    parent_id: int | None = None,
    notes: str = "",
    aliases: Iterable[str] = (),
    note: str = "",
    description: str = "",
) -> Source:
    """An editor adds a source to the registry, with its aliases (its canonical name is one)."""

    require(actor, "provenance.add_source")
    name = _clean_name(canonical_name, "a source name")
    if type not in SourceType.values:
        raise WorkflowError(f"unknown source type {type!r}")
    wanted = _wanted_aliases(aliases, name)
    with transaction.atomic():
        parent = _check_parent(None, parent_id)
        source = Source.objects.create(canonical_name=name, type=type, parent=parent, notes=notes or "",
                                       description=description or "")
        _before, after = _sync_aliases(source, wanted)
        _source_event(actor=actor, action=ReviewAction.SOURCE_ADDED, source=source, before=[],
                      after=[f"type: {type}", f"aliases: {', '.join(after)}"], note=note)
    return source


def update_source(
    *,
    source_id: int,
    actor,
    canonical_name: str | None = None,
    type: str | None = None,
    parent_id: int | None | _Keep = KEEP,
    notes: str | None = None,
    aliases: Iterable[str] | None = None,
    note: str = "",
    description: str | None = None,
) -> Source:
    """An editor corrects a registry source. Arguments left out (None; KEEP for the parent) stay.

    `aliases` is the complete new list as written (the canonical name is kept as one whatever it
    says). A type change is carried to every attribution naming the source, as a merge does, and
    their claims' sourcing strength is derived again: "a source" re-typed from anonymous to
    official makes its claims on the record. One transaction, one ReviewEvent (none if nothing
    changed).
    """

    require(actor, "provenance.change_source")
    if type is not None and type not in SourceType.values:
        raise WorkflowError(f"unknown source type {type!r}")
    with transaction.atomic():
        try:
            source = Source.objects.select_for_update().get(pk=source_id)
        except Source.DoesNotExist:
            raise WorkflowError(f"no source with id {source_id}") from None
        before: list[str] = []
        after: list[str] = []
        fields: list[str] = []

        def change(field: str, old, new, shown_old: str, shown_new: str) -> None:  # noqa: ANN001
            if old != new:
                setattr(source, field, new)
                fields.append(field)
                before.append(f"{field}: {shown_old}")
                after.append(f"{field}: {shown_new}")

        old_type = source.type
        if canonical_name is not None:
            name = _clean_name(canonical_name, "a source name")
            change("canonical_name", source.canonical_name, name, source.canonical_name, name)
        if type is not None:
            change("type", source.type, type, source.type, type)
        if parent_id is not KEEP:
            parent = _check_parent(source, parent_id)
            old_parent = source.parent
            change("parent", old_parent, parent, old_parent.canonical_name if old_parent else "—",
                   parent.canonical_name if parent else "—")
        if notes is not None:
            change("notes", source.notes, notes, source.notes[:100], notes[:100])
        if description is not None:
            change("description", source.description, description, source.description[:100], description[:100])
        if "canonical_name" in fields and source.article_id and Source.objects.filter(
            article_id=source.article_id, canonical_name=source.canonical_name
        ).exclude(pk=source.pk).exists():
            raise WorkflowError(
                f"this article already has a source named “{source.canonical_name}”: merge the two instead"
            )
        if fields:
            source.save(update_fields=[*fields, "updated_at"])

        if source.article_id is None:
            current = list(SourceAlias.objects.filter(source=source).values_list("alias", flat=True))
            wanted = _wanted_aliases(current if aliases is None else aliases, source.canonical_name)
            old_aliases, new_aliases = _sync_aliases(source, wanted)
            if old_aliases != new_aliases:
                before.append(f"aliases: {', '.join(old_aliases)}")
                after.append(f"aliases: {', '.join(new_aliases)}")
        elif any((name or "").strip() for name in aliases or ()):
            # An alias is global: "one source" as an alias would pull every story's "one source" here.
            raise WorkflowError(
                f"{source.canonical_name} stands for someone in one article only and takes no aliases"
            )

        if source.type != old_type:
            carry_type(source)
        if before or after:
            _source_event(actor=actor, action=ReviewAction.SOURCE_EDITED, source=source, before=before,
                          after=after, note=note)
    return source
