"""Engine 2026.9 speed work: shortcuts that must give the same output as the long way round
(sentences written for the project).

Each shortcut reuses or skips work on the assumption that it would give the same answer; these
tests pin the cases where that assumption could break.
"""

from __future__ import annotations

import itertools
import random
import re
import re._constants as sre_constants  # the regex parser, to read which characters a pattern can start with
import re._parser as sre_parser

import pytest

from provenance.engine import gazetteer
from provenance.engine.notes import NOTE
from provenance.engine.resolution import APPOSITIVE_BREAK, Resolver, core_name
from provenance.engine.segment import QUOTED, _is_note, segment, segment_kind
from provenance.engine.tokens import FAST_PUNCT, FAST_WORD_BEFORE_STOP, TOKEN, tokenize

from .helpers import attributions, pairs, seg_texts, segments

# -- segment(): a unit of one sentence keeps the kind found for the whole unit. After a dateline
# is cut off the rest is a different span, and is classified again.


@pytest.mark.parametrize("text, expected", [
    ("LONDON — Advertisement\n\nJane Roe said the plant would reopen.",
     [("LONDON —", "boilerplate"), ("Advertisement", "boilerplate"),
      ("Jane Roe said the plant would reopen.", "claim")]),
    ("LONDON — Jane Roe did not immediately reply to the Courier.\n\nThe plant will reopen.",
     [("LONDON —", "boilerplate"), ("Jane Roe did not immediately reply to the Courier.", "note"),
      ("The plant will reopen.", "claim")]),
    ("Jane Roe did not immediately reply to the Courier.",
     [("Jane Roe did not immediately reply to the Courier.", "note")]),
    ("Advertisement\n\nThe plant will reopen. Acme did not immediately reply to the Courier.",
     [("Advertisement", "boilerplate"), ("The plant will reopen.", "claim"),
      ("Acme did not immediately reply to the Courier.", "note")]),
])
def test_segment_kinds_of_one_sentence_units(text, expected):
    assert [(text[s["start"]:s["end"]], s["kind"]) for s in segments(text)] == expected


def test_every_segment_kind_is_the_kind_of_its_own_span():
    text = ("ROME — By Jane Roe\n\nBERLIN (Acme) — Prices rose. Tom Reyes declined to comment.\n\n"
            "Advertisement\n\nThe bridge is safe, the council said.\n\nRead more: the full report")
    for seg in segment(text):
        assert seg.kind == segment_kind(text, seg.start, seg.end) or seg.kind == "boilerplate"


# -- tokenize(): the token regex has fast paths (a lookahead that rejects whitespace, common
# punctuation, a lower-case word before a full stop) placed before the special forms; these must still win.


@pytest.mark.parametrize("text, expected", [
    ("“It’s done,” said Sen. Roe (D-N.Y.) -- and Acme's 80,000 staff, per Factcheck.org, agreed!",
     ["“", "It", "’s", "done", ",", "”", "said", "Sen.", "Roe", "(", "D-N.Y.", ")", "--", "and", "Acme's",
      "80,000", "staff", ",", "per", "Factcheck.org", ",", "agreed", "!"]),
    ("He said ''yes'' and ``no''' then: (a) 3.5 percent; snake_case  x?",
     ["He", "said", "''", "yes", "''", "and", "``", "no", "'", "''", "then", ":", "(", "a", ")", "3.5", "percent",
      ";", "snake", "case", "x", "?"]),
    ('She said "we\'ll see." The U.S. said: no.',
     ["She", "said", '"', "we", "'ll", "see", ".", '"', "The", "U.S.", "said", ":", "no", "."]),
    ("It opens at 9 a.m. on acme.com. See www.acme.co.uk. It is e.g. late. Roe left...",
     ["It", "opens", "at", "9", "a.m.", "on", "acme.com", ".", "See", "www.acme.co.uk", ".", "It", "is", "e.g.",
      "late", ".", "Roe", "left", ".", ".", "."]),
])
def test_tokens_with_fast_paths(text, expected):
    toks, quoted = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks] == expected
    assert [text[t.start:t.end] for t in toks] == expected
    assert not quoted


def test_quotation_state_of_tokens():
    text = 'Roe said "we will see." Doe agreed.'
    toks, _ = tokenize(text, 0, len(text), False)
    assert [t.text for t in toks if t.quoted] == ["we", "will", "see", "."]
    assert pairs(text) == [("Roe", "said"), ("Doe", "agreed")]


def _token_regex_without_fast_paths() -> re.Pattern:
    body = TOKEN.pattern
    for fast in ("|[" + FAST_PUNCT + "]", "|" + FAST_WORD_BEFORE_STOP):
        assert fast in body
        body = body.replace(fast, "", 1)
    assert body.startswith(r"(?=\S)(?:") and body.endswith(")")
    return re.compile(body[len(r"(?=\S)(?:"):-1])


def test_token_fast_paths_match_what_the_full_token_regex_matches():
    # The regex without its fast paths, compared on every short string over an alphabet of the
    # fast paths' characters and those the special forms start with or look at.
    slow = _token_regex_without_fast_paths()
    alphabet = FAST_PUNCT + "'’`-&_ aAD1."
    for n in (1, 2, 3):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            for framed in (text, "x" + text + "y", "Co" + text, "he" + text + "s", "am" + text + "com"):
                assert [m.span() for m in TOKEN.finditer(framed)] == [m.span() for m in slow.finditer(framed)], framed


def test_token_fast_paths_on_random_text():
    slow = _token_regex_without_fast_paths()
    rng = random.Random(3)
    alphabet = "ab.-'’ 1A_,co"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        text = rng.choice(["", "x", "Mr", "he", "a.", "U"]) + text + rng.choice(["", "com", ".com", "co.uk", " X", ".m."])
        assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def _first_chars(items) -> set[str] | None:
    """Characters a parsed pattern can start with; None when it is not a plain set of them."""
    op, av = items[0]
    if op is sre_constants.LITERAL:
        return {chr(av)}
    if op is sre_constants.IN:
        out = set()
        for o, a in av:
            if o is not sre_constants.LITERAL:
                return None
            out.add(chr(a))
        return out
    if op is sre_constants.SUBPATTERN:
        return _first_chars(av[-1].data)
    if op is sre_constants.BRANCH:
        out = set()
        for branch in av[1]:
            first = _first_chars(branch.data)
            if first is None:
                return None
            out |= first
        return out
    return None


def test_note_lookahead_lists_the_first_letter_of_every_alternative():
    # NOTE starts with a lookahead of the letters its alternatives start with; an alternative added
    # later that starts with another letter would never match.
    tree = sre_parser.parse(NOTE.pattern, NOTE.flags).data
    assert tree[0][0] is sre_constants.ASSERT
    allowed = _first_chars(tree[0][1][1].data)
    needed = _first_chars(tree[1:])
    assert allowed and needed and needed <= allowed


def test_note_pattern_is_lower_case():
    # segment_kind matches ASCII sentences against a case-sensitive copy of NOTE, lower-cased.
    assert NOTE.pattern == NOTE.pattern.lower()


@pytest.mark.parametrize("text", [
    "Tom Reyes declined to comment.", "TOM REYES DECLINED TO COMMENT.", "Tom Reyes Declined To Comment.",
    "Acme didn't immediately reply.", "Acme didn’t immediately reply.", "Acme DIDN'T IMMEDIATELY REPLY.",
    '"We declined to comment," Roe said of the rumour.', "“We declined to comment,” Roe said.",
    "The ministry Could Not Be Reached.", "Roe declined comment on the Zürich deal.", "The deal was declined.",
])
def test_note_shortcut_agrees_with_the_case_insensitive_search(text):
    assert _is_note(text, text.lower()) == bool(NOTE.search(QUOTED.sub(" ", text)))


@pytest.mark.parametrize("text, kind", [
    ("Tom Reyes declined to comment.", "note"),
    ("The ministry could not be reached.", "note"),
    ("Acme has not confirmed the figures.", "note"),
    ("Messages seeking comment went unanswered.", "note"),
    ("The clerk left WITHOUT COMMENT.", "note"),
    ("The council commented on the budget.", "claim"),
])
def test_note_sentences(text, kind):
    assert segment_kind(text, 0, len(text)) == kind


# -- core_name(): spans without any appositive break skip the regex split.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe", "Jane Roe"),
    ("  Jane Roe ", "Jane Roe"),
    ("Jane Roe, a lawyer", "Jane Roe"),
    ("her spokesman, Tom Reyes", "Tom Reyes"),
    ("her spokesman -- Tom Reyes", "Tom Reyes"),
    ("Acme (the parent company)", "Acme"),
    ("the mayor — Jane Roe —", "Jane Roe"),
    ("the Acme-Zenith venture", "the Acme-Zenith venture"),
])
def test_core_name(text, expected):
    assert core_name(text) == expected


def test_core_name_shortcut_knows_every_break():
    # Every separator the split regex knows (one or two characters) must reach the split.
    chars = [chr(c) for c in range(0x21, 0x2100) if not chr(c).isalnum()]
    seps = [c for c in chars if APPOSITIVE_BREAK.fullmatch(c)]
    seps += [a + b for a in "-—–―,(.;:|/" for b in "-—–―,(.;:|/" if APPOSITIVE_BREAK.fullmatch(a + b)]
    assert {",", "(", "—", "--"} <= set(seps)
    for sep in seps:
        assert core_name(f"her spokesman{sep} Tom Reyes") == "Tom Reyes", sep


# -- Resolver: each mention keeps its canonical words and lower-case names, derived once, for the
# scans of the history that later references make.


def test_mention_derived_fields_follow_surface_and_canonical():
    resolver = Resolver("Jane Roe, a lawyer for Acme Corp., spoke. Tom Reyes of the Courier wrote.")
    for text, kind in [("Jane Roe, a lawyer for Acme Corp.", "person"), ("Acme Corp.", "official"),
                       ("the Courier", "news_outlet"), ("Roe", "person"), ("she", "person"), ("Acme", "official"),
                       ("the company", "official"), ("Ms. Roe", "person")]:
        resolver.resolve(text, kind)
    assert len(resolver.history) >= 6
    for m in resolver.history:
        assert m.canonical_words == m.canonical.split()
        assert m.names == m.surface.lower() + " " + m.canonical.lower()


@pytest.mark.parametrize("text, expected", [
    # A surname points back to the full name; 'the company' to the last company.
    ("Jane Roe, a lawyer, said the levy would pass. Acme Corp. said it disagreed. Roe said Acme was wrong. "
     "The company said it would appeal.",
     [("Jane Roe", "person"), ("Acme Corp.", "official"), ("Jane Roe", "person"), ("Acme Corp.", "official")]),
    # 'She' skips the man named first and takes the spokeswoman (a city's spokeswoman speaks for a
    # public body: government since 2026.12).
    ("Tom Reyes said the port would close. A spokeswoman for the city, Ana Ruiz, said it would not. "
     "She added that talks would resume.",
     [("Tom Reyes", "person"), ("Ana Ruiz", "government"), ("Ana Ruiz", "government")]),
    # A short company name and a surname, each after its full name.
    ("Acme Corp. said prices would rise. Jane Roe, a spokeswoman for Acme, said the plant would close. "
     "Acme said it would reopen. Roe said she was sure.",
     [("Acme Corp.", "official"), ("Jane Roe", "official"), ("Acme Corp.", "official"), ("Jane Roe", "official")]),
])
def test_resolution_through_the_history(text, expected):
    got = [(a["source"]["canonical"], a["source"]["type"]) for a in attributions(text) if a["source"]]
    assert got == expected


# -- Sentence splitting: the word before a full stop is searched from the last space before it.


@pytest.mark.parametrize("text, expected", [
    ("The levy passed (Gov. Jane Roe signed it). Acme Corp. said it would appeal.",
     ["The levy passed (Gov. Jane Roe signed it).", "Acme Corp. said it would appeal."]),
    ("The plant—run by Dr. Mei Tan—will close at 5 p.m. Friday. Staff were told.",
     ["The plant—run by Dr. Mei Tan—will close at 5 p.m. Friday.", "Staff were told."]),
    ("Officials in the U.S. Army said the base would stay open. The U.S. Officials disagreed.",
     ["Officials in the U.S. Army said the base would stay open.", "The U.S. Officials disagreed."]),
    ("It rose 3.5 percent. Prices fell. A reporter, J. Roe, wrote it.",
     ["It rose 3.5 percent.", "Prices fell.", "A reporter, J. Roe, wrote it."]),
])
def test_sentence_splits_around_abbreviations(text, expected):
    assert seg_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wait... The bridge held. Really?! Yes.", ["Wait...", "The bridge held.", "Really?!", "Yes."]),
    ("It cost more… Then it fell. (The mayor agreed.) Roe left.",
     ["It cost more…", "Then it fell.", "(The mayor agreed.)", "Roe left."]),
    ("“Go home.” Roe said it twice. 'Stop!' Doe shouted. He left?' No.",
     ["“Go home.”", "Roe said it twice.", "'Stop!' Doe shouted.", "He left?'", "No."]),
    ("Prices rose..Then fell. End", ["Prices rose..Then fell.", "End"]),
])
def test_sentence_boundaries_runs_of_marks_and_closing_quotes(text, expected):
    assert seg_texts(text) == expected


# -- Resolver.people and Resolver.orgs: whole-article name patterns that start at a capital letter
# and look behind it (the start of the text, after a full stop, a hyphen, an underscore).


def test_people_and_orgs_of_an_article():
    text = ("Jane Roe met Tom Reyes in New York. Ms. Ana Ruiz of Acme Corp. and X.Jon Doe (Kestrel Motors Inc.) "
            "spoke. McKee Holt-Barnes, of Harbor Point Group, said Gov. Mei Tan and Dr. Paul A. Mensah agreed. "
            "The AcmeCorp Ltd. unit and e.Zed Fox Media Group. Jon_Doe Smith. Acme Foods Co met Northwind Airlines.")
    resolver = Resolver(text)
    assert resolver.people == {"Ana", "Holt-Barnes", "Mei", "Mensah", "Paul", "Point", "Reyes", "Roe", "Ruiz",
                               "Smith", "Tan"}
    assert resolver.orgs == {"Acme": "Acme Corp.", "Harbor": "Harbor Point Group", "Kestrel": "Kestrel Motors Inc.",
                             "Northwind": "Northwind Airlines.", "The": "The AcmeCorp Ltd.",
                             "Zed": "Zed Fox Media Group."}


def test_people_named_after_a_title():
    # Only a whole word is a title ('XMr.', '_Dr.' are not); 'Mrs.' is tried after 'Mr' fails.
    text = "XMr. Jane Roe, Mrs. Ann Lee; _Dr. Tom Fox (Sen. Mei Tan) Ms Jo Li. Gov.Al Ray. Representative Ed Kim."
    titled = {"Ann", "Lee", "Mei", "Tan", "Jo", "Li", "Ed", "Kim"}
    two_names = {"Roe", "Fox"}  # 'Jane Roe', 'Tom Fox' as first and last name
    assert Resolver(text).people == titled | two_names


# -- gazetteer.find_inside(): positions whose word starts no alias are skipped.


def _find_inside_every_position(words: list[str]) -> tuple[str, str] | None:
    """find_inside the long way: every size, every position."""
    for size in range(min(len(words), 6), 0, -1):
        for i in range(len(words) - size + 1):
            hit = gazetteer.entries().get(" ".join(words[i:i + size]))
            # An outlet alias that opens a longer body's name does not count (2026.12).
            if hit and not (hit[1] == "news_outlet" and gazetteer._name_runs_on(words, i + size)):
                return hit
    return None


def test_alias_starts_cover_every_alias():
    starts = gazetteer.alias_starts()
    assert all(alias.split(" ", 1)[0] in starts for alias in gazetteer.entries())


def test_find_inside_matches_the_long_way():
    rng = random.Random(7)
    aliases = sorted(gazetteer.entries())
    vocabulary = sorted({w for a in aliases for w in a.split()}) + ["a", "report", "by", "Jane", "Roe", "said"]
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 9))]
        if rng.random() < 0.5 and words:
            alias = rng.choice(aliases).split()
            at = rng.randrange(len(words))
            words[at:at] = alias
        assert gazetteer.find_inside(words) == _find_inside_every_position(words), words


def test_find_inside_prefers_the_longest_alias():
    words = ["Acme", "memo", "cites", "Wall", "Street", "Journal", "and", "Reuters"]
    assert gazetteer.find_inside(words) == _find_inside_every_position(words)
    assert gazetteer.find_inside(words)[0] == "The Wall Street Journal"
    assert gazetteer.find_inside(["Jane", "Roe", "said"]) is None
