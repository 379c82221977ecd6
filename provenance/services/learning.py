"""The tagger learns from the desk's decisions: training data, training, storing, activating,
rolling back, and the active model as the tagging runs use it.

Training data: every claim an editor reviewed (an attribution confirmed, corrected, rejected or
added, or a status moved off `unverified`) with the attributions editors stand by: confirmed and
corrected machine spans and editor-added spans are positives; inside those claims every other
span, the rejected machine proposals included, is a negative. The engine does the learning
(provenance.engine.learned.train, cross-validated on held-out articles); this module stores
the model file's bytes in a TaggerModel row and writes an audit ReviewEvent for each state
change (trained, activated, rolled back), in the same transaction.

The active model's id is part of the engine version (`2026.3+m7`): activating a model makes every
article stale for `retag --stale`, and a run always tags with the model its version names.
Workers load each model once (hash-checked) and notice an activation on their next run.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import WorkflowError, require

from ..engine import ENGINE_VERSION, LearnedModel, ModelError, load_model
from ..engine.learned.train import Example, GoldAttribution, TrainingError, train_model
from ..models import Attribution, AttributionOrigin, AttributionReview, TaggerModel

log = logging.getLogger(__name__)

ACTIVATE_PERM = "provenance.activate_taggermodel"
MODEL_MARK = "+m"

# --- the active model, as tagging runs see it -------------------------------------------------


def active_model_id() -> int | None:
    return TaggerModel.objects.filter(active=True).values_list("pk", flat=True).first()


def engine_version_for(model_id: int | None) -> str:
    """The engine version a run records: the rules' version, plus the model's id if one is active."""
    return ENGINE_VERSION if model_id is None else f"{ENGINE_VERSION}{MODEL_MARK}{model_id}"


def model_id_of(engine_version: str) -> int | None:
    """The model id an engine version names (None: rules only)."""
    _, mark, rest = engine_version.partition(MODEL_MARK)
    return int(rest) if mark and rest.isdigit() else None


def tagger(model_id: int) -> LearnedModel:
    """The model a run's engine version names. Loaded once per process (per id and file hash: a
    test database may reuse an id); the bytes are hash-checked against the row, then verified by
    the engine (format, version, its own SHA-256). Raises ModelError if anything is off."""
    sha = TaggerModel.objects.filter(pk=model_id).values_list("file_sha256", flat=True).first()
    if sha is None:
        raise ModelError(f"tagger model {model_id} does not exist")
    return _load(model_id, sha)


@lru_cache(maxsize=4)
def _load(model_id: int, expected: str) -> LearnedModel:
    data = bytes(TaggerModel.objects.values_list("file", flat=True).get(pk=model_id))
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelError(f"tagger model {model_id}: the stored file does not match its SHA-256")
    model = load_model(data)
    if model.stale:
        log.warning("tagger model %s was trained against engine %s; this is %s: retrain it",
                    model_id, model.engine_version, ENGINE_VERSION)
    return model


# --- training data from the desk's decisions ----------------------------------------------------


@dataclass
class TrainingData:
    examples: list[Example] = field(default_factory=list)
    articles: int = 0
    claims: int = 0
    decisions: int = 0


def reviewed_claims():  # noqa: ANN201 - a QuerySet of Claim
    """Claims an editor reviewed: an attribution decided or added, or the status moved on."""
    decided = Attribution.objects.filter(claim=OuterRef("pk")).filter(
        ~Q(review=AttributionReview.PENDING) | Q(origin=AttributionOrigin.EDITOR)
    )
    return Claim.objects.filter(ordinal__isnull=False).filter(Q(Exists(decided)) | ~Q(status=ClaimStatus.UNVERIFIED))


def _span(body: str, start: int | None, end: int | None, words: str) -> tuple[int, int] | None:
    """A stored span, if it still points at its words (a re-tag may have moved the text)."""
    if start is None or end is None or not 0 <= start < end <= len(body):
        return None
    if words and " ".join(body[start:end].split()) != " ".join(words.split()):
        return None
    return start, end


def training_data() -> TrainingData:
    """The examples the tagger learns from: one per article with reviewed claims."""
    claims = list(reviewed_claims().values_list("pk", "article_id", "start", "end").order_by("article_id", "start"))
    by_article: dict[int, list[tuple[int, int]]] = defaultdict(list)
    claim_ids = []
    for pk, article_id, start, end in claims:
        by_article[article_id].append((start, end))
        claim_ids.append(pk)
    kept: dict[int, list[GoldAttribution]] = defaultdict(list)
    decisions = 0
    rows = (
        Attribution.objects.filter(claim_id__in=claim_ids)
        .filter(~Q(review=AttributionReview.PENDING) | Q(origin=AttributionOrigin.EDITOR))
        .values_list("claim__article_id", "review", "cue_start", "cue_end", "cue_text",
                     "source_start", "source_end", "source_text", "source_type")
        .order_by("claim__article_id", "id")
    )
    bodies = dict(Article.objects.filter(pk__in=by_article).values_list("pk", "body"))
    for article_id, review, cs, ce, ctext, ss, se, stext, stype in rows.iterator(chunk_size=2000):
        decisions += 1
        if review == AttributionReview.REJECTED:
            continue  # a negative: inside a reviewed claim, everything not kept is one
        body = bodies[article_id]
        cue = _span(body, cs, ce, ctext)
        source = _span(body, ss, se, stext)
        if cue or source:
            kept[article_id].append(GoldAttribution(cue, source, stype or ""))
    data = TrainingData(articles=len(by_article), claims=len(claims), decisions=decisions)
    for article_id, ranges in by_article.items():
        data.examples.append(Example(bodies[article_id], kept.get(article_id, []), ranges, str(article_id)))
    return data


# --- training, activation, roll back ----------------------------------------------------------


class NotEnoughDecisions(WorkflowError):
    """Too few reviewed articles to train (or to cross-validate) a model."""


def _describe(model: TaggerModel | None) -> str:
    if model is None:
        return "rules only"
    cv = (model.figures or {}).get("cv", {}).get("source", {})
    f1 = f", source F1 {cv['f1']:.2f}" if "f1" in cv else ""
    return f"{model} [{model.articles} articles{f1}]"[:500]


def train_tagger(
    *,
    actor=None,  # noqa: ANN001 - a user, or None from the command line
    min_articles: int = 20,
    activate: bool = False,
    folds: int = 4,
    label: str = "",
    progress: Callable[[str, int, int], None] | None = None,
) -> TaggerModel:
    """Train a model on the decisions so far, store it (inactive unless `activate`), audit it."""
    if activate:
        _require_activate(actor)
    data = training_data()
    if data.articles < max(2, min_articles):
        raise NotEnoughDecisions(
            f"only {data.articles} article(s) have reviewed claims ({data.decisions} decisions); training needs "
            f"at least {max(2, min_articles)}. Review more articles (confirm, reject or add attributions), or "
            "lower --min-articles."
        )
    try:
        result = train_model(data.examples, folds=folds, label=label, progress=progress)
    except TrainingError as exc:
        raise NotEnoughDecisions(str(exc)) from None
    with transaction.atomic():
        model = TaggerModel.objects.create(
            label=label[:100],
            created_by=actor,
            engine_version=result.model.engine_version,
            format_version=result.model.doc["format_version"],
            file=result.data,
            file_sha256=hashlib.sha256(result.data).hexdigest(),
            size_bytes=len(result.data),
            articles=data.articles,
            claims=data.claims,
            decisions=data.decisions,
            figures=result.report,
        )
        ReviewEvent.objects.create(
            actor=actor,
            action=ReviewAction.TAGGER_TRAINED,
            to_value=_describe(model),
            note=f"{data.articles} articles, {data.claims} reviewed claims, {data.decisions} decisions; "
            f"cross-validated on {result.report['folds']} folds of held-out articles",
        )
        if activate:
            model = activate_tagger_model(model_id=model.pk, actor=actor, note="activated after training")
    return model


def _require_activate(actor) -> None:  # noqa: ANN001
    # None is the command line (an operator with shell access), as for the system's re-tags.
    if actor is not None:
        require(actor, ACTIVATE_PERM)


def activate_tagger_model(*, model_id: int, actor, note: str = "") -> TaggerModel:  # noqa: ANN001
    """Make one model the active one (Editors only). The file is verified before it goes live."""
    _require_activate(actor)
    with transaction.atomic():
        # Lock every row: two activations at once serialise here instead of failing on the constraint.
        rows = {m.pk: m for m in TaggerModel.objects.select_for_update().defer("file").order_by("pk")}
        model = rows.get(model_id)
        if model is None:
            raise WorkflowError(f"no tagger model with id {model_id}")
        if model.active:
            return model
        try:
            tagger(model.pk)
        except ModelError as exc:
            raise WorkflowError(f"{model} cannot be activated: {exc}") from None
        current = next((m for m in rows.values() if m.active), None)
        _switch(current, model)
        ReviewEvent.objects.create(
            actor=actor, action=ReviewAction.TAGGER_ACTIVATED,
            from_value=_describe(current), to_value=_describe(model), note=note,
        )
    return model


def roll_back_tagger_model(*, actor, note: str = "") -> TaggerModel | None:  # noqa: ANN001
    """Go back to the model active before the current one, or to rules only (Editors only)."""
    _require_activate(actor)
    with transaction.atomic():
        rows = list(TaggerModel.objects.select_for_update().defer("file").order_by("-activated_at", "-pk"))
        current = next((m for m in rows if m.active), None)
        if current is None:
            raise WorkflowError("no tagger model is active: the rules already tag alone")
        previous = next((m for m in rows if m.pk != current.pk and m.activated_at is not None), None)
        if previous is not None:
            try:
                tagger(previous.pk)
            except ModelError:
                previous = None  # a broken file never goes live: fall back to rules only
        _switch(current, previous)
        ReviewEvent.objects.create(
            actor=actor, action=ReviewAction.TAGGER_ROLLED_BACK,
            from_value=_describe(current), to_value=_describe(previous), note=note,
        )
    return previous


def _switch(current: TaggerModel | None, new: TaggerModel | None) -> None:
    if current is not None:
        TaggerModel.objects.filter(pk=current.pk).update(active=False)
        current.active = False
    if new is not None:
        now = timezone.now()
        TaggerModel.objects.filter(pk=new.pk).update(active=True, activated_at=now)
        new.active, new.activated_at = True, now
