"""Training a model from decided attributions, with cross-validation on held-out articles.

Input is a list of Examples: an article's text, the attributions editors stand by (confirmed,
corrected or added: cue span, source span, source type) and the character ranges of the
claims they reviewed. Within a reviewed claim every other span is a negative: the rules'
proposals an editor rejected, and every candidate nobody proposed.

Two logistic regressions are fitted (scikit-learn): one scores cue candidates, one scores a
cue's source candidates. Their thresholds are chosen on held-out articles (k-fold by
article): the setting with the best mean of source and cue F1 among those whose source
precision reaches ``min_precision`` (by default the rules' own), whose cue precision and
source F1 reach the rules' own on the same held-out articles (the model may not make the tags
less trustworthy, nor find fewer sources), else the rules' attributions as they are. The
same folds give the figures a desk sees next to the rules-only baseline on the same articles.
The final model is fitted on every example.

Only training needs scikit-learn; tagging with a model needs nothing but this package.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model import SourceSpan
from . import modelfile
from .candidates import (
    MAX_CUE,
    Cue,
    SourceCandidate,
    Tokens,
    cue_candidates,
    cue_features,
    head_of,
    in_quote_flags,
    link_rules,
    rule_spans,
    source_candidates,
    source_features,
    token_range,
    tokenize,
)
from .evaluate import Tally, score_spans, trimmed
from .rules import ENGINE_VERSION, rules_tag
from .tagger import LearnedModel, cue_lexicon, load_model, pick_cues, source_choice

Progress = Callable[[str, int, int], None]


@dataclass
class GoldAttribution:
    """One attribution an editor stands by: spans are character offsets into the article."""

    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    source_type: str = ""


@dataclass
class Example:
    text: str
    attributions: list[GoldAttribution]
    # Character ranges of the claims an editor reviewed; None means the whole text.
    reviewed: list[tuple[int, int]] | None = None
    group: str = ""  # the article: folds never split one


class TrainingError(ValueError):
    """Too little or unusable training data; the message says what is missing."""


@dataclass
class _Segment:
    kind: str
    toks: Tokens
    quoted: list[bool]
    exact: dict
    every: list
    gold_cues: set[tuple[int, int]]
    # Every source candidate of every gold cue: (features, label, the cue's main word, side).
    source_rows: list[tuple[list[str], int, str, str]]


@dataclass
class _Prepared:
    example: Example
    segments: list[_Segment]
    rules_doc: Any
    phrases: Counter = field(default_factory=Counter)
    aux: Counter = field(default_factory=Counter)  # auxiliaries the gold cues start with
    gold_sources: dict[tuple[int, int], str] = field(default_factory=dict)
    gold_cues: dict[tuple[int, int], str] = field(default_factory=dict)
    ranges: list[tuple[int, int]] = field(default_factory=list)


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def prepare(ex: Example) -> _Prepared:
    """Rules, tokens, gold spans and the (fold-independent) source rows of one example."""
    text = ex.text
    doc = rules_tag(text)
    ranges = ex.reviewed if ex.reviewed is not None else [(0, len(text))]
    prep = _Prepared(ex, [], doc)
    reviewed_segments = []
    for seg in doc.segments:
        if seg.kind == "boilerplate" or not _inside_any(ranges, seg.start, seg.end):
            continue
        reviewed_segments.append(seg)
    prep.ranges = [(s.start, s.end) for s in reviewed_segments]
    for g in ex.attributions:
        if g.cue and _inside(prep.ranges, *g.cue):
            prep.gold_cues[g.cue] = ""
        if g.source and _inside(prep.ranges, *g.source):
            prep.gold_sources[g.source] = g.source_type
    for seg in reviewed_segments:
        toks = tokenize(text, seg.start, seg.end)
        if not toks.words:
            continue
        quoted = in_quote_flags(toks)
        exact, every = rule_spans(seg, toks)
        gold_cues: set[tuple[int, int]] = set()
        rows: list[tuple[list[str], int, str, str]] = []
        for g in ex.attributions:
            if not g.cue or not (seg.start <= g.cue[0] and g.cue[1] <= seg.end):
                continue
            cs, ce = trimmed(text, *g.cue)
            if cs >= ce:
                # A cue that is all punctuation (the colon of "Jane Roe: ...", a dash) is still a cue: its own tokens.
                cs, ce = _stripped(text, *g.cue)
            span = token_range(toks, cs, ce) if cs < ce else None
            if span is None or span[1] - span[0] > MAX_CUE:
                continue
            gold_cues.add(span)
            prep.phrases[tuple(toks.lows[span[0] : span[1]])] += 1
            head = head_of(toks.lows, *span)
            if head != span[0]:
                prep.aux[toks.lows[span[0]]] += 1
            if head != span[0] or span[1] - span[0] > 1:
                # The cue's main word on its own: candidates grow from it ("has long opposed" -> "opposed").
                prep.phrases[(toks.lows[head],)] += 1
            cue = link_rules(Cue(span[0], span[1], head_of(toks.lows, *span)), exact, every)
            ss, se = trimmed(text, *g.source) if g.source else (0, 0)
            want = token_range(toks, ss, se) if ss < se else None
            for sc in source_candidates(cue, toks, every):
                rows.append((source_features(sc, cue, toks, quoted), int((sc.i, sc.j) == want),
                             toks.lows[cue.head], sc.side))
        prep.segments.append(_Segment(seg.kind, toks, quoted, exact, every, gold_cues, rows))
    return prep


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _inside_any(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    # A segment counts as reviewed when it lies in a reviewed claim or overlaps one.
    return any(s < end and start < e for s, e in ranges)


def _fit(rows: list[tuple[list[str], int]], c: float) -> tuple[float, dict[str, float]]:
    """A logistic regression over string features; returns (bias, weights) with tiny weights dropped."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    labels = [y for _, y in rows]
    if not rows or len(set(labels)) < 2:
        raise TrainingError("the decisions hold no positive and negative examples to learn from")
    vec = DictVectorizer()
    x = vec.fit_transform({f: 1.0 for f in feats} for feats, _ in rows).tocsr()
    # liblinear takes 32-bit indices only; DictVectorizer may hand out 64-bit ones.
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    clf.fit(x, labels)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    return round(float(clf.intercept_[0]), 5), weights


def _phrases(preps: Iterable[_Prepared], min_count: int) -> list[list[str]]:
    total: Counter = Counter()
    for p in preps:
        total.update(p.phrases)
    return sorted([list(ph) for ph, n in total.items() if n >= min_count])


RARE_MIN_SEEN, RARE_RATE = 20, 0.02
DEFAULT_PARAMS = {"cue_threshold": 0.5, "rule_cue_threshold": 0.0, "source_threshold": 0.5, "switch_threshold": 1.01}


def _model_doc(phrases, right_heads, cue, source, params) -> dict[str, Any]:  # noqa: ANN001
    return {
        "format": modelfile.FORMAT,
        "format_version": modelfile.FORMAT_VERSION,
        "kind": modelfile.KIND,
        "engine_version": ENGINE_VERSION,
        "params": dict(params),
        "cue_phrases": phrases,
        "right_cue_heads": right_heads,
        "weights": {"cue": {"bias": cue[0], "features": cue[1]}, "source": {"bias": source[0], "features": source[1]}},
        "sha256": "",
    }


def fit(preps: list[_Prepared], *, min_phrase_count: int, c_cue: float, c_source: float,
        params: dict[str, float] | None = None, progress: Progress | None = None) -> dict[str, Any]:
    phrases = _phrases(preps, min_phrase_count)
    aux_counts: Counter = Counter()
    for p in preps:
        aux_counts.update(p.aux)
    aux = sorted(w for w, n in aux_counts.items() if n >= 3)
    lexicon = cue_lexicon(phrases, aux, [])
    cue_rows: list[tuple[list[str], int, str]] = []
    # Sources after the cue only for the cue words whose sources came after them in these decisions.
    right_heads = sorted({head for p in preps for s in p.segments for _, y, head, side in s.source_rows
                          if y and side == "R"})
    right = set(right_heads)
    source_rows: list[tuple[list[str], int]] = []
    for n, p in enumerate(preps):
        for s in p.segments:
            for c in cue_candidates(s.toks, lexicon, s.exact, s.every):
                single = s.toks.lows[c.i] if c.j - c.i == 1 and c.rule is None else ""
                cue_rows.append((cue_features(c, s.toks, s.quoted, s.kind), int((c.i, c.j) in s.gold_cues), single))
            source_rows += [(f, y) for f, y, head, side in s.source_rows if side != "R" or head in right]
        if progress:
            progress("features", n + 1, len(preps))
    # Lexicon words that are almost never a cue on this desk are not proposed at all (speed).
    seen: Counter = Counter()
    hits: Counter = Counter()
    for _, y, word in cue_rows:
        if word:
            seen[word] += 1
            hits[word] += y
    rare = sorted(w for w, n in seen.items() if n >= RARE_MIN_SEEN and hits[w] < RARE_RATE * n)
    dropped = set(rare)
    cue = _fit([(f, y) for f, y, word in cue_rows if word not in dropped], c_cue)
    if progress:
        progress("fit cues", 1, 1)
    source = _fit(source_rows, c_source)
    if progress:
        progress("fit sources", 1, 1)
    doc = _model_doc(phrases, right_heads, cue, source, params or DEFAULT_PARAMS)
    doc["cue_aux"] = aux
    doc["rare_cue_words"] = rare
    return doc


@dataclass
class _Scored:
    """A held-out segment's cue candidates, scored by a fold's model, each with its best source."""

    prep: int
    n_tokens: int
    cues: list[Cue]
    best: list[SourceCandidate | None]
    toks: Tokens


def _scored(model: LearnedModel, index: int, prep: _Prepared) -> list[_Scored]:
    out = []
    for s in prep.segments:
        cands = [c for c in model.scored_cues(s.kind, s.toks, s.quoted, s.exact, s.every)
                 if c.score >= 0.02 or c.rule is not None]
        best = [model.best_source(c, s.toks, s.quoted, s.every) for c in cands]
        for c in cands:
            c.feats = []
        for b in best:
            if b is not None:
                b.feats = []
        out.append(_Scored(index, len(s.toks.words), cands, best, s.toks))
    return out


def _tally_scored(preps: list[_Prepared], scored: list[_Scored], params: dict[str, float]) -> Tally:
    """Span figures of the held-out segments under these thresholds (the tagger's own decisions)."""
    tally = Tally()
    spans: dict[int, tuple[dict, dict]] = {}
    for sc in scored:
        cues, sources = spans.setdefault(sc.prep, ({}, {}))
        best_of = {id(c): b for c, b in zip(sc.cues, sc.best, strict=True)}
        for c in pick_cues(sc.cues, sc.n_tokens, params):
            if c.rule is not None and c.rule.role == "relay":
                continue
            cues[(sc.toks.starts[c.i], sc.toks.ends[c.j - 1])] = ""
            chosen = source_choice(c, best_of[id(c)], params)
            if isinstance(chosen, SourceSpan):
                sources[(chosen.start, chosen.end)] = ""
            elif chosen is not None:
                sources[(sc.toks.starts[chosen[0]], sc.toks.ends[chosen[1] - 1])] = ""
    for i, p in enumerate(preps):
        cues, sources = spans.get(i, ({}, {}))
        score_spans(p.example.text, tally, "cue", cues, p.gold_cues)
        score_spans(p.example.text, tally, "source", sources, {k: "" for k in p.gold_sources})
    return tally


NEVER = 1.01
# The rules' own output: keep every rule attribution as the rules made it, add nothing.
FLOOR = {"rule_cue_threshold": 0.0, "cue_threshold": NEVER, "source_threshold": NEVER, "switch_threshold": NEVER}
# Every rule attribution kept; new cues and sources at even odds.
NEUTRAL = {**FLOOR, "cue_threshold": 0.5, "source_threshold": 0.5}


def choose_thresholds(preps: list[_Prepared], scored: list[_Scored], min_precision: float,
                      min_source_f1: float = 0.0, min_cue_precision: float = 0.0) -> dict[str, float]:
    """Coarse search on held-out articles, by coordinate ascent: which cues to keep and add, then
    which sources, then the cues again. The objective is the mean of source and cue F1 among
    settings whose source precision reaches min_precision, whose cue precision reaches
    min_cue_precision and whose source F1 reaches min_source_f1 (in train_model, the rules' own
    figures on these articles: a desk that activates a model must not see its tags become less
    trustworthy, nor its tagger find fewer sources); when none reaches the precisions (a small
    desk where the rules made no mistake), among those reaching the source F1 alone; when none
    does, the floor: the rules' attributions as they are (FLOOR)."""

    def value(params: dict[str, float]) -> tuple[bool, bool, float]:
        t = _tally_scored(preps, scored, params)
        s, c = t.prf("source"), t.prf("cue")
        floor = s["f1"] >= min_source_f1
        return floor and s["p"] >= min_precision and c["p"] >= min_cue_precision, floor, (s["f1"] + c["f1"]) / 2

    def best(options: list[dict[str, float]], current: dict[str, float]) -> dict[str, float]:
        # On a tie the first option wins: the lowest thresholds, the setting that finds the most.
        results = [(value(o), o) for o in [*options, current]]
        ok = [r for r in results if r[0][0]] or [r for r in results if r[0][1]]
        return max(ok, key=lambda r: r[0][2])[1] if ok else current

    def cues(params: dict[str, float]) -> list[dict[str, float]]:
        # Dropping a rule's cue drops its source too: a low drop threshold, apart from the add threshold.
        return [{**params, "rule_cue_threshold": drop, "cue_threshold": add}
                for drop in (0.0, 0.05, 0.1, 0.2, 0.3) for add in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, NEVER)]

    # New cues are tried with and without a source, so neither alone hides what they are worth together.
    params = best(cues(NEUTRAL) + cues(FLOOR), dict(NEUTRAL))
    params = best([{**params, "source_threshold": src, "switch_threshold": switch}
                   for src in (0.2, 0.35, 0.5, 0.65, 0.8, 0.9, NEVER) for switch in (0.6, 0.75, 0.9, NEVER)], params)
    params = best(cues(params), params)
    return params if value(params)[1] else dict(FLOOR)


def evaluate_document(prep: _Prepared, doc, tally: Tally, kind_prefix: str = "") -> None:  # noqa: ANN001
    """Tally one document's output (rules' or model's) against the example's gold, on reviewed segments."""
    text = prep.example.text
    sources: dict[tuple[int, int], str] = {}
    cues: dict[tuple[int, int], str] = {}
    for seg in doc.segments:
        for a in seg.attributions:
            if a.role == "relay":
                continue
            if _inside(prep.ranges, a.cue.start, a.cue.end):
                cues[(a.cue.start, a.cue.end)] = ""
            if a.source is not None and _inside(prep.ranges, a.source.start, a.source.end):
                sources.setdefault((a.source.start, a.source.end), a.source.type)
    score_spans(text, tally, kind_prefix + "cue", cues, prep.gold_cues)
    score_spans(text, tally, kind_prefix + "source", sources, prep.gold_sources)


@dataclass
class TrainResult:
    data: bytes  # the model file
    model: LearnedModel
    report: dict[str, Any]


def folds_of(examples: list[Example], k: int, seed: int = 11) -> list[int]:
    groups = sorted({ex.group or str(i) for i, ex in enumerate(examples)})
    rng = random.Random(seed)
    rng.shuffle(groups)
    fold_of = {g: n % k for n, g in enumerate(groups)}
    return [fold_of[ex.group or str(i)] for i, ex in enumerate(examples)]


def train_model(
    examples: list[Example],
    *,
    folds: int = 4,
    min_precision: float | None = None,
    min_phrase_count: int = 2,
    c_cue: float = 0.5,
    c_source: float = 0.5,
    label: str = "",
    progress: Progress | None = None,
) -> TrainResult:
    """Cross-validate, choose thresholds, fit on everything; returns the file bytes and figures."""
    started = time.monotonic()
    groups = {ex.group or str(i) for i, ex in enumerate(examples)}
    if len(groups) < 2:
        raise TrainingError("training needs reviewed attributions in at least two articles")
    k = max(2, min(folds, len(groups)))
    preps = []
    for n, ex in enumerate(examples):
        preps.append(prepare(ex))
        if progress:
            progress("prepare", n + 1, len(examples))
    if not any(p.gold_cues for p in preps):
        raise TrainingError("the reviewed claims hold no confirmed or added attribution with a cue")
    fold = folds_of(examples, k)
    scored: list[_Scored] = []
    fold_models: list[LearnedModel] = []
    for f in range(k):
        train = [p for p, g in zip(preps, fold, strict=True) if g != f]
        try:
            doc = fit(train, min_phrase_count=min_phrase_count, c_cue=c_cue, c_source=c_source)
        except TrainingError:
            fold_models.append(None)  # type: ignore[arg-type]
            continue
        model = LearnedModel(doc)
        fold_models.append(model)
        for i, (p, g) in enumerate(zip(preps, fold, strict=True)):
            if g == f:
                scored += _scored(model, i, p)
        if progress:
            progress("cross-validate", f + 1, k)
    rules = Tally()
    for p in preps:
        evaluate_document(p, p.rules_doc, rules)
    if min_precision is None:
        # By default the model may not make the tagger less precise than the rules on these articles.
        min_precision = float(rules.prf("source")["p"])
    # Nor find fewer sources (the rules' held-out source F1 is the floor), nor make the cues less precise.
    params = choose_thresholds(preps, scored, min_precision, float(rules.prf("source")["f1"]),
                               float(rules.prf("cue")["p"]))
    del scored
    # Held-out figures with the chosen thresholds: the real refine, next to the rules on the same articles.
    learned = Tally()
    for i, p in enumerate(preps):
        model = fold_models[fold[i]]
        if model is None:
            continue
        model.params = dict(params)
        refined = model.refine(p.example.text, rules_tag(p.example.text))
        evaluate_document(p, refined, learned)
    doc = fit(preps, min_phrase_count=min_phrase_count, c_cue=c_cue, c_source=c_source,
              params=params, progress=progress)
    report = {
        "articles": len(groups),
        "segments": sum(len(p.segments) for p in preps),
        "gold_cues": sum(len(p.gold_cues) for p in preps),
        "gold_sources": sum(len(p.gold_sources) for p in preps),
        "folds": k,
        "thresholds": params,
        "min_precision": min_precision,
        "cv": learned.report(),
        "rules_cv": rules.report(),
        "seconds": round(time.monotonic() - started, 1),
    }
    doc["label"] = label
    doc["training"] = {k2: v for k2, v in report.items() if k2 not in ("seconds",)}
    data = modelfile.dumps(doc)
    return TrainResult(data, load_model(data), report)
