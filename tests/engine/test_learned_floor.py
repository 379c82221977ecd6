"""Issue 11: a model must not make the tagger find less than the rules alone."""

from __future__ import annotations

from provenance.engine.learned.train import Example, GoldAttribution, prepare


def test_a_speaker_label_colon_is_learned_as_a_cue():
    text = "Jane Roe: The harbor budget is late.\n\nThe ferry runs twice a day."
    prep = prepare(Example(text, [GoldAttribution((8, 9), (0, 8))], None, "a"))
    seg = next(s for s in prep.segments if s.toks.starts[0] == 0)
    assert [seg.toks.words[i] for i, _ in seg.gold_cues] == [":"]
    # A word cue is still its trimmed words.
    prep = prepare(Example("Jane Roe said, the harbor budget is late.", [GoldAttribution((9, 14), (0, 8))], None, "b"))
    assert [prep.segments[0].toks.words[i:j] for i, j in prep.segments[0].gold_cues] == [["said"]]
