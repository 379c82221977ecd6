"""Engine 2026.11, precision (sentences written for the project).

Attributions a desk would strike: the publication's own notes, and hedges or reports that only
describe a noun in passing. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs, segments

# -- "Editor's note:" lines: the publication's disclaimer about its own story, not the story.


@pytest.mark.parametrize("note", [
    "Editor’s note: Omar Tell is a harbor developer who has repeatedly vowed to fill the bay with condos.",
    "Editor's Note: The following is an excerpt from a memoir the ferry captain wants published next year.",
    "EDITORS' NOTE: Acme Ferries, which supports the levy, owns a stake in this newspaper.",
])
def test_editor_note_is_furniture(note):
    text = "Jane Roe said the levy would pass.\n\n" + note
    segs = segments(text)
    assert segs[-1]["kind"] == "boilerplate"
    assert segs[-1]["attributions"] == []
    assert pairs(text) == [("Jane Roe", "said")]


def test_editor_note_that_reports_words_is_story():
    text = ("Editor’s note: An article on Friday misstated the vote. Harbor officials said the levy "
            "passed 5-2, not 6-1.")
    assert ("Harbor officials", "said") in pairs(text)
    assert all(seg["kind"] != "boilerplate" for seg in segments(text))


@pytest.mark.parametrize("text, expected", [
    ("The editor noted that the ferry union opposes the levy.", [("The editor", "noted")]),
    ("Jane Roe, an editor, has repeatedly vowed to fight the levy.", [("Jane Roe, an editor", "has repeatedly vowed")]),
])
def test_editor_in_prose_is_not_a_note(text, expected):
    assert all(seg["kind"] != "boilerplate" for seg in segments(text))
    for pair in expected:
        assert pair in pairs(text)


# -- 'seem' / 'appear' in a defining relative clause: the impression describes the noun.


@pytest.mark.parametrize("text", [
    "Voters are tired of a ferry service that seems to run on no timetable at all.",
    "The levy helped those who seemed certain to lose their piers.",
    "Acme recalled a batch of life vests that appeared to be missing their whistles.",
])
def test_hedge_in_defining_relative_is_not_a_cue(text):
    assert all(not cue.endswith(("seems", "seemed", "appeared")) for _, cue in pairs(text, role=None))


@pytest.mark.parametrize("text, cue", [
    ("Jane Roe, who seemed tired after the vote, left the harbor hall early.", "seemed"),
    ("The ferry service seems to run on no timetable at all.", "seems"),
    ("The council appeared to back the levy on Friday.", "appeared"),
    ("Omar Tell spoke for an hour and seemed eager to end the strike.", "seemed"),
])
def test_hedge_as_an_aside_or_main_verb(text, cue):
    assert (None, cue) in pairs(text, role=None)


# -- ', according to X' over a clause that reports: X is the sentence's source, the clause's own cue
# is part of what X says.


@pytest.mark.parametrize("text, expected", [
    ("“We will not close the pier,” Jane Roe said, according to the Harbor Gazette.",
     [("the Harbor Gazette", "according to")]),
    ("Most tenants say rents are too high, according to a survey by the tenants' union.",
     [("a survey by the tenants' union", "according to")]),
    ("According to the Harbor Gazette, the mayor told aides that the levy was dead.",
     [("the Harbor Gazette", "According to")]),
])
def test_according_to_covers_the_clause_report(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The phrase sits inside the report: the reporter is the source, the phrase its own.
    ("The Harbor Gazette reported, according to two aides, that the mayor would resign.",
     ("The Harbor Gazette", "reported")),
    ("Jane Roe said that, according to the ferry logs, the boat left early.",
     ("Jane Roe", "said")),
    # The writer names a source of his own with 'as'.
    ("As the Harbor Gazette reported, the ferry left early, according to the logs.",
     ("the Harbor Gazette", "reported")),
    # The phrase closes a relative clause, not the report.
    ("Acme denounced the levy, which would double dock fees, according to port officials.",
     ("Acme", "denounced")),
    # No phrase at all.
    ("“We will not close the pier,” Jane Roe said.", ("Jane Roe", "said")),
])
def test_according_to_leaves_other_reports(text, expected):
    assert expected in pairs(text)


# -- A free relative whose gap is the verb's own object, with nothing after the verb ('what they want
# most', 'what the mayor says and promises'), names the words or the wish as a thing.


@pytest.mark.parametrize("text, cue", [
    ("The ferry plan gives commuters what they want most: a boat every twenty minutes.", "want"),
    ("At the harbor board, what the mayor says and promises is taken as settled.", "says"),
    ("Dock workers doubt the mayor believes half of what he is saying.", "is saying"),
    ("The union chief admitted he had no idea what he was talking about.", "was talking about"),
    ("Nobody on the board knows what Omar Tell believes, and he will not say.", "believes"),
])
def test_words_named_as_a_thing(text, cue):
    assert all(c != cue for _, c in pairs(text))


@pytest.mark.parametrize("text, expected", [
    # A pseudo-cleft identifies the content with the words.
    ("That was what Jane Roe said.", ("Jane Roe", "said")),
    # A clause lifted out of the complement: its content is the speaker's.
    ("The levy raised far less than what Jane Roe said it would.", ("Jane Roe", "said")),
    ("The council passed what Omar Tell said was a giveaway to developers.", ("Omar Tell", "said")),
    # The verb goes on: the setting of the words.
    ("Despite what she wrote in the harbor report, Jane Roe voted for the levy.", ("she", "wrote")),
    # Not 'what'.
    ("Omar Tell takes back everything he said.", ("he", "said")),
    # A plain object clause.
    ("Jane Roe said the levy would fail.", ("Jane Roe", "said")),
])
def test_words_with_content_stay(text, expected):
    assert expected in pairs(text)


# -- Existential 'there' holds the subject's place; it is never a source.


@pytest.mark.parametrize("text", [
    "There were reports that the ferry would stop running in May.",
    "There are plans to reopen the pier by summer.",
    "There is a lot of talk about Jane Roe, who spoke first, saying the levy was fair.",
])
def test_existential_there_is_no_source(text):
    assert all((src or "").lower() != "there" for src, _ in pairs(text, role=None))


@pytest.mark.parametrize("text, expected", [
    ("There, Jane Roe said the levy would fail.", ("Jane Roe", "said")),
    ("Jane Roe said there were plans to reopen the pier.", ("Jane Roe", "said")),
])
def test_there_beside_a_real_source(text, expected):
    assert expected in pairs(text)


# -- 'decline' as a quantity that fell, not a refusal.


@pytest.mark.parametrize("text", [
    "The port grew even as its fuel emissions declined.",
    "Labor costs would rise, student debt would decline, and fares would hold.",
    "Tenants' views of the mayor have also declined, by nine points since May.",
])
def test_decline_as_a_fall(text):
    assert all(not c.endswith(("declined", "decline")) for _, c in pairs(text, role=None))


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe declined.", ("Jane Roe", "declined")),
    ("The union declined.", ("The union", "declined")),
    ("The harbor fund has declined for years to name its donors.", ("The harbor fund", "has declined")),
    ("Omar Tell, who hopes to run the port one day, declined a question about the levy.",
     ("Omar Tell", "declined")),
])
def test_decline_as_a_refusal(text, expected):
    assert expected in pairs(text)
