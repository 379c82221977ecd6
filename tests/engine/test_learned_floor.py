"""Issue 11: a model must not make the tagger find less than the rules alone.

Models here are built by hand (weights chosen to misjudge on purpose), so each test can show
what the old policy would have done and what the floor does instead.
"""

from __future__ import annotations

from provenance.engine import load_model, tag
from provenance.engine.learned import modelfile
from provenance.engine.learned.candidates import Cue
from provenance.engine.learned.evaluate import Tally
from provenance.engine.learned.tagger import pick_cues, source_choice
from provenance.engine.learned.train import (
    FLOOR,
    NEVER,
    Example,
    GoldAttribution,
    _model_doc,
    _scored,
    choose_thresholds,
    evaluate_document,
    prepare,
)
from provenance.engine.model import Attribution, CueSpan, SourceSpan

from .learning_data import desk_articles

TEXT = "Jane Roe said the harbor budget was late. The ferry runs twice a day."


def hand_model(cue_bias: float, params: dict[str, float], cue_weights: dict[str, float] | None = None):
    doc = _model_doc([], [], (cue_bias, cue_weights or {}), (0.0, {}), params)
    doc["cue_aux"], doc["rare_cue_words"] = [], []
    return load_model(modelfile.dumps(doc))


def pairs(doc) -> list[tuple[str | None, str]]:
    return [((a["source"] or {}).get("text"), a["cue"]["text"])
            for s in doc["segments"] for a in s["attributions"] if a["role"] == "source"]


def test_a_model_scoring_a_correct_rule_cue_low_keeps_the_rule_attribution_under_the_floor():
    assert pairs(tag(TEXT).to_dict()) == [("Jane Roe", "said")]
    # Every cue scores about 0.0003: with a drop threshold the rule attribution would go, source and all.
    assert pairs(tag(TEXT, hand_model(-8.0, {**FLOOR, "rule_cue_threshold": 0.3})).to_dict()) == []
    assert pairs(tag(TEXT, hand_model(-8.0, FLOOR)).to_dict()) == [("Jane Roe", "said")]


def test_thresholds_chosen_for_a_model_that_misjudges_every_cue_keep_the_rules_sources():
    articles = desk_articles(n=6, seed=3)
    examples = [Example(a.text, [GoldAttribution(cue, src) for src, cue in a.attributions], None, str(i))
                for i, a in enumerate(articles)]
    preps = [prepare(e) for e in examples]
    bad = hand_model(-8.0, FLOOR)
    scored = [s for i, p in enumerate(preps) for s in _scored(bad, i, p)]
    rules = Tally()
    for p in preps:
        evaluate_document(p, p.rules_doc, rules)
    assert rules.prf("source")["tp"] > 0
    params = choose_thresholds(preps, scored, rules.prf("source")["p"], rules.prf("source")["f1"])
    assert params["rule_cue_threshold"] == 0.0  # any drop threshold would lose the rules' correct sources
    bad.params = params
    for a in articles:
        assert pairs(tag(a.text, bad).to_dict()) == pairs(tag(a.text).to_dict())


def test_the_threshold_search_never_trades_the_rules_sources_for_cue_precision(monkeypatch):
    from provenance.engine.learned import train

    def tally(preps, scored, params):  # noqa: ANN001 - a stand-in for held-out figures
        t = Tally()
        if params["rule_cue_threshold"] > 0:  # dropping rule cues: far better cues, a few sources lost
            t.add("source", tp=70, fp=10, fn=30)
            t.add("cue", tp=70, fp=0, fn=30)
        elif params["cue_threshold"] < 0.5:  # many new cues: more found, less precise
            t.add("source", tp=72, fp=10, fn=28)
            t.add("cue", tp=85, fp=55, fn=15)
        else:
            t.add("source", tp=72, fp=10, fn=28)
            t.add("cue", tp=70, fp=40, fn=30)
        return t

    monkeypatch.setattr(train, "_tally_scored", tally)
    assert choose_thresholds([], [], 0.8)["rule_cue_threshold"] > 0  # the mean of the two F1s alone would drop
    assert choose_thresholds([], [], 0.8, 0.79)["rule_cue_threshold"] == 0.0
    assert choose_thresholds([], [], 0.8, 0.79)["cue_threshold"] < 0.5
    # Cue precision may not fall below the rules' either (0.636 here): the new cues stay out.
    assert choose_thresholds([], [], 0.8, 0.79, 0.62)["cue_threshold"] >= 0.5
    # No setting reaches the floor: the rules' attributions as they are.
    assert choose_thresholds([], [], 0.8, 0.99) == FLOOR


def _attr(source: SourceSpan | None, role: str = "source") -> Attribution:
    return Attribution(source, CueSpan(0, 1, "x"), role, 0.9, "SUBJ-VERB: test")


def _cue(i: int, j: int, score: float, rule: Attribution | None = None, near: Attribution | None = None) -> Cue:
    return Cue(i, j, i, rule=rule, near_rule=near, score=score)


PARAMS = {"rule_cue_threshold": 0.0, "cue_threshold": 0.5, "source_threshold": NEVER, "switch_threshold": NEVER}


def test_overlapping_rule_cues_are_both_kept_and_a_new_cue_rebounds_a_rule_cue_only_when_it_scores_higher():
    hedge, verb = _attr(None), _attr(SourceSpan(0, 5, "Jane", "person", "Jane"))
    # 'seemed' (a bare hedge) inside 'seemed to confirm' (with a source): the rules made both.
    both = pick_cues([_cue(2, 3, 0.8, hedge), _cue(2, 5, 0.3, verb)], 8, PARAMS)
    assert [(c.i, c.j) for c in both] == [(2, 3), (2, 5)]
    higher = pick_cues([_cue(2, 5, 0.3, verb), _cue(2, 3, 0.9, near=verb)], 8, PARAMS)
    assert [(c.i, c.j) for c in higher] == [(2, 3)]
    lower = pick_cues([_cue(2, 5, 0.6, verb), _cue(2, 3, 0.55, near=verb)], 8, PARAMS)
    assert [(c.i, c.j) for c in lower] == [(2, 5)]


def test_a_rebounded_cue_keeps_the_rule_source_and_a_new_one_gets_none_below_the_source_threshold():
    own = SourceSpan(0, 5, "Jane", "person", "Jane")
    assert source_choice(_cue(2, 3, 0.9, near=_attr(own)), None, PARAMS) is own
    assert source_choice(_cue(2, 3, 0.9, near=_attr(own, role="relay")), None, PARAMS) is None
    assert source_choice(_cue(2, 3, 0.9), None, PARAMS) is None


def test_a_speaker_label_colon_is_learned_as_a_cue():
    text = "Jane Roe: The harbor budget is late.\n\nThe ferry runs twice a day."
    prep = prepare(Example(text, [GoldAttribution((8, 9), (0, 8))], None, "a"))
    seg = next(s for s in prep.segments if s.toks.starts[0] == 0)
    assert [seg.toks.words[i] for i, _ in seg.gold_cues] == [":"]
    # A word cue is still its trimmed words.
    prep = prepare(Example("Jane Roe said, the harbor budget is late.", [GoldAttribution((9, 14), (0, 8))], None, "b"))
    assert [prep.segments[0].toks.words[i:j] for i, j in prep.segments[0].gold_cues] == [["said"]]
