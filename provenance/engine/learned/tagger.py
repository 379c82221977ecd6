"""A loaded model and what it does to the rules' document: re-rank, re-bound and add spans.

For each claim or note segment the model scores every cue candidate, keeps the rules' cues
above a (low) drop threshold and new ones above its cue threshold, best first, a new cue never
overlapping a kept one; a kept cue keeps the rules' source (a new cue re-bounding a rule's cue
keeps that rule's source) unless another candidate clears the switch threshold; other cues
get their best source candidate if it clears the source threshold. These replace the
segment's own attributions. Training picks the thresholds so that, on held-out articles, the
rules' sources are not lost (see train.choose_thresholds). Quote continuations (attributions the rules carried over from another
segment) are kept as the rules made them. A reused rule source keeps its type and resolved
name; a new one is typed and resolved by the rules' own classifier and resolver.
"""

from __future__ import annotations

import hashlib
import math
from itertools import repeat
from pathlib import Path
from typing import Any

from ..model import Attribution, CueSpan, Document, Segment, SourceSpan
from . import modelfile
from .candidates import (
    Cue,
    CueLexicon,
    SourceCandidate,
    Tokens,
    cue_candidates,
    cue_features,
    in_quote_flags,
    rule_spans,
    source_candidates,
    source_features,
    tokenize,
)
from .rules import ENGINE_VERSION, Resolver, classify, segment_status, verb_forms


class LinearScorer:
    """Logistic regression over string features: P(yes) = sigmoid(bias + sum of weights)."""

    __slots__ = ("bias", "weights")

    def __init__(self, bias: float, weights: dict[str, float]):
        self.bias = float(bias)
        self.weights = weights

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, repeat(0.0, len(feats))))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def cue_lexicon(phrases: list[list[str]], aux: list[str], skip: list[str]) -> CueLexicon:
    """The model's cue phrases and every form of the rules' reporting verbs (so a desk with few
    decisions still gets candidates), less the single words its decisions show are almost never
    cues on their own (each candidate costs a scoring: they made a model four times slower)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    dropped = set(skip)
    for p in phrases:
        if len(p) == 1 and p[0] in dropped:
            continue  # a word that heads a few of the desk's cues ("the outlook") but is almost never one alone
        index.setdefault(p[0], []).append(tuple(p))
    for form in verb_forms():
        group = index.setdefault(form, [])
        if (form,) not in group and form not in dropped:
            group.append((form,))
    for group in index.values():
        group.sort(key=len, reverse=True)
    return CueLexicon({k: v for k, v in index.items() if v}, frozenset(tuple(p) for p in phrases), frozenset(aux))


class LearnedModel:
    """A verified model file, ready to refine documents. Build it with load_model()."""

    def __init__(self, doc: dict[str, Any], file_sha256: str = ""):
        self.doc = doc
        self.sha256 = doc["sha256"]
        self.file_sha256 = file_sha256
        self.engine_version = doc["engine_version"]
        self.params = {k: float(v) for k, v in doc["params"].items()}
        self.lexicon = cue_lexicon(doc["cue_phrases"], doc["cue_aux"], doc["rare_cue_words"])
        self.right_heads = frozenset(doc["right_cue_heads"])
        w = doc["weights"]
        self.cue = LinearScorer(w["cue"]["bias"], w["cue"]["features"])
        self.source = LinearScorer(w["source"]["bias"], w["source"]["features"])

    @property
    def stale(self) -> bool:
        """Trained against other rules than the running engine's: it still works, but retrain it."""
        return self.engine_version != ENGINE_VERSION

    @property
    def label(self) -> str:
        return str(self.doc.get("label") or self.sha256[:12])

    def refine(self, text: str, document: Document) -> Document:
        resolver = Resolver(text)
        for seg in document.segments:
            if seg.kind == "boilerplate":
                continue
            toks = tokenize(text, seg.start, seg.end)
            if not toks.words:
                continue
            seg.attributions = self._segment(text, seg, toks, resolver)
            seg.status = segment_status(seg)
        document.engine_version = f"{document.engine_version}+{self.sha256[:12]}"
        return document

    def _segment(self, text: str, seg: Segment, toks: Tokens, resolver: Resolver) -> list[Attribution]:
        quoted = in_quote_flags(toks)
        exact, every = rule_spans(seg, toks)
        carried = [a for a in seg.attributions if a.cue.start < toks.starts[0] or a.cue.end > toks.ends[-1]]
        out: list[Attribution] = []
        never_switch = self.params["switch_threshold"] > 1
        for c in self.choose_cues(seg.kind, toks, quoted, exact, every):
            rule = c.rule or c.near_rule
            keeps_own = rule is not None and rule.role != "relay" and rule.source is not None
            best = None if keeps_own and never_switch else self.best_source(c, toks, quoted, every)
            out.append(self._attribution(text, c, source_choice(c, best, self.params), toks, resolver))
        out.sort(key=lambda a: a.role == "relay")
        return out + carried

    def scored_cues(self, kind: str, toks: Tokens, quoted: list[bool], exact, every) -> list[Cue]:  # noqa: ANN001
        cands = cue_candidates(toks, self.lexicon, exact, every)
        for c in cands:
            c.score = self.cue.prob(cue_features(c, toks, quoted, kind))
        return cands

    def choose_cues(self, kind: str, toks: Tokens, quoted: list[bool], exact, every) -> list[Cue]:  # noqa: ANN001
        return pick_cues(self.scored_cues(kind, toks, quoted, exact, every), len(toks.words), self.params)

    def best_source(self, c: Cue, toks: Tokens, quoted: list[bool], every) -> SourceCandidate | None:  # noqa: ANN001
        """The cue's best-scoring source candidate (see source_choice for whether it is used)."""
        best = None
        for sc in source_candidates(c, toks, every, self.right_heads):
            sc.score = self.source.prob(source_features(sc, c, toks, quoted))
            if best is None or sc.score > best.score:
                best = sc
        return best

    def _attribution(self, text: str, c: Cue, chosen: tuple[int, int] | SourceSpan | None, toks: Tokens,
                     resolver: Resolver) -> Attribution:
        cs, ce = toks.starts[c.i], toks.ends[c.j - 1]
        cue = CueSpan(cs, ce, text[cs:ce])
        rule = c.rule or c.near_rule
        if isinstance(chosen, SourceSpan):
            source = chosen  # the rules' own source, typed and resolved by them
            resolver.resolve(source.text, source.type)  # later references may point back to it
        elif chosen is not None:
            ss, se = toks.starts[chosen[0]], toks.ends[chosen[1] - 1]
            stext = text[ss:se]
            canonical, typ = resolver.resolve(stext, classify(stext))
            source = SourceSpan(ss, se, stext, typ, canonical)
        else:
            source = None
        reason = f"LEARNED p={c.score:.2f}"
        if rule is not None:
            reason += "; rules: " + rule.reason
        return Attribution(source, cue, rule.role if rule is not None else "source", round(c.score, 2), reason[:255])


def pick_cues(cands: list[Cue], n_tokens: int, params: dict[str, float]) -> list[Cue]:
    """The cues kept: the rules' relays as they are, the rules' own cues scoring at least
    rule_cue_threshold, new ones at least cue_threshold; best first, in text order. A new cue
    never overlaps a kept one; a rule's cue gives way only to a new cue that scores higher (a
    re-bounding), never to another rule's ('seemed' inside 'seemed to confirm': the rules keep both)."""
    keep_rule, keep_new = params["rule_cue_threshold"], params["cue_threshold"]
    relays = [c for c in cands if c.rule is not None and c.rule.role == "relay"]
    eligible = [c for c in cands if c.rule is None and c.score >= keep_new
                or c.rule is not None and c.rule.role != "relay" and c.score >= keep_rule]
    eligible.sort(key=lambda c: -c.score)
    taken = [False] * n_tokens  # by any kept cue
    taken_new = [False] * n_tokens  # by a kept cue the rules did not propose
    chosen = []
    for c in relays + eligible:
        if any((taken if c.rule is None else taken_new)[c.i : c.j]):
            continue
        for k in range(c.i, c.j):
            taken[k] = True
            if c.rule is None:
                taken_new[k] = True
        chosen.append(c)
    chosen.sort(key=lambda c: c.i)
    return chosen


def source_choice(c: Cue, best: SourceCandidate | None, params: dict[str, float]) -> tuple[int, int] | SourceSpan | None:
    """A kept cue's source: the rules' own (a SourceSpan) unless another candidate scores at least
    switch_threshold; a cue re-bounding a rule's keeps that rule's source the same way; for a new
    cue or a rules' bare hedge, the best candidate scoring at least source_threshold (token
    indices), else none."""
    rule = c.rule or c.near_rule
    own = rule.source if rule is not None and rule.role != "relay" else None
    if own is not None:
        if best is not None and best.rule is not rule and best.score >= params["switch_threshold"]:
            return (best.i, best.j)
        return own
    if best is not None and best.score >= params["source_threshold"]:
        return (best.i, best.j)
    return None


def load_model(source: str | Path | bytes) -> LearnedModel:
    """A model from a file path or from the file's bytes; raises ModelError with the reason."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise modelfile.ModelError(f"cannot read model file {source}: {exc.strerror or exc}") from None
    doc = modelfile.loads(data)
    return LearnedModel(doc, hashlib.sha256(data).hexdigest())
