"""Engine 2026.13, second desk reading of unseen wire stories (sentences written for the project).

Bank failures, prison riots, zoning fights, fire evacuations, doping cases, hospital cyberattacks,
teacher contracts, bridge inquiries, leaked texts, product settlements, aid appeals and drug-price
hearings. Classes covered: a word an outlet is named after, before a capitalised title and a name
('Information Minister Kofi Roe'), is no outlet; a hyphenated modifier after a determiner ('the
90-page report, released Monday, said', 'a long-awaited study released ... found') leaves the noun a
noun, not the verb; 'the bank' is the bank the story named ('Orrin Valley Bank'), not a regulator
quoted in between; an -ing form of a cue verb between an article and a noun describes the noun ('the
ruling party said', 'a ruling panel wrote'); a noun of speech after a present verb that takes it as object ('pipeline
firm faces blame', 'Sheriff draws praise', 'faces calls to quit') is no cue, and 'X faces' no source; a person noun after a workplace ('Ivo Rusk, a middle school
music teacher') is a person, and a coach is a person; a named officeholder's office ("Dorsey's office") is government, and a
later 'he' is the officeholder; a plural person noun opening a sentence ('Lawyers for the crew') is a
group a later 'they' can mean, not a name; text messages ('Leaked texts show', 'according to the
texts') are documents; after 'a' a group noun modifies a record noun ('a staff report prepared by
planners found'), since a base-form verb cannot agree with 'a staff'; a bare participle-only form ('a report written
for the board found', 'the flaws shown in the audit') is a reduced relative, no finite cue; a prison warden speaks for government, 'Warden' is a title before a name and a later 'he' is the warden.
"""

from __future__ import annotations

import pytest

from .helpers import sources

# -- A capitalised title after an outlet's name-word: a minister, not the outlet.

@pytest.mark.parametrize("text, span", [
    ("Information Minister Abel Tanko said on state radio that the roads were open.", "Information Minister Abel Tanko"),
    ("Information Secretary Mara Quill told the assembly that the count was complete.", "Information Secretary Mara Quill"),
])
def test_outlet_word_before_a_capitalised_title_is_no_outlet(text, span):
    [(found, kind, _)] = sources(text)
    assert found == span and kind != "news_outlet"


def test_outlet_before_a_newsroom_title_stays_the_outlet():
    # Near miss: an editor is the outlet's own person.
    [(_, kind, _)] = sources("Guardian Editor Hal Moss said the paper stood by its story.")
    assert kind == "news_outlet"


# -- A hyphenated modifier after a determiner: the noun that follows is no verb.

@pytest.mark.parametrize("text, span", [
    ("The 90-page report, released Friday by the auditor, said the dam had been neglected.", "The 90-page report"),
    ("A 12-page report issued Tuesday said the wells were dry.", "A 12-page report issued Tuesday"),
    ("The long-delayed report, posted at noon, said the fares would rise.", "The long-delayed report"),
])
def test_hyphenated_modifier_keeps_the_report_a_noun(text, span):
    [(found, kind, _)] = sources(text)
    assert found == span and kind == "document"


def test_a_plural_after_a_hyphenated_modifier_still_reports():
    # Near miss: a plural subject agrees with the base form, which stays the verb.
    found = sources("The half-dozen inspectors report that the pylons are sound.")
    assert [s for s, _, _ in found] == ["The half-dozen inspectors"]


# -- 'the bank' is the body named with that head, not the last organisation quoted.

def test_the_bank_is_the_named_bank_not_the_regulator():
    text = ("Regulators shut Orrin Valley Bank on Friday, the Deposit Guard Corporation said. "
            "The bank declined to comment.")
    found = sources(text)
    assert ("The bank", "official", "Orrin Valley Bank") in found


def test_the_central_bank_quoted_before_keeps_the_bank():
    # Near miss: the last source was itself called a bank, so 'the bank' is that source again.
    text = "Rates went up by half a point, the central bank said. The bank said more rises were likely."
    assert sources(text)[-1][2] == "the central bank"


# -- 'the ruling party': an -ing word between an article and a noun is no verb.

@pytest.mark.parametrize("text, span", [
    ("The ruling party said the census would be delayed.", "The ruling party"),
    ("A ruling coalition in the north said the border would stay shut.", "A ruling coalition in the north"),
    ("The ruling panel wrote that the skater had missed three tests.", "The ruling panel"),
])
def test_ing_word_after_article_before_noun_is_part_of_the_subject(text, span):
    assert [s for s, _, _ in sources(text)] == [span]


def test_ing_word_after_a_subject_is_still_the_verb():
    # Near miss: after a name the -ing form is the verb of a progressive.
    found = sources("The judge was ruling that the ban stood, the court clerk said.")
    assert "the court clerk" in [s for s, _, _ in found]


# -- 'faces blame', 'draws praise': the speech noun is a verb's object; 'X faces' is no speaker.

@pytest.mark.parametrize("text", [
    "Pipeline firm faces blame for river spill",
    "Sheriff draws praise for flood rescue",
    "Ferry operator faces calls to refund stranded riders",
    "The landlord shares blame for the collapse.",
])
def test_noun_of_speech_after_an_object_taking_verb_is_no_cue(text):
    assert sources(text) == []


def test_a_plural_subject_still_blames():
    # Near miss: the verb itself is the cue when a plain plural subject comes before it.
    assert [s for s, _, _ in sources("Neighbors blame the landlord for the collapse.")] == ["Neighbors"]


# -- A workplace before a person noun describes the person, not an organisation speaking.

@pytest.mark.parametrize("text", [
    "Ivo Rusk, a middle school music teacher, said the new schedule was unworkable.",
    "Lena Fogg, a rural hospital nurse, said the ward had been closed twice.",
    "His coach, Tariq Bello, said the swimmer would appeal.",
])
def test_person_noun_after_a_workplace_is_a_person(text):
    [(_, kind, _)] = sources(text)
    assert kind == "person"


def test_spokeswoman_after_a_workplace_stays_official():
    # Near miss: a spokeswoman speaks for the hospital.
    [(_, kind, _)] = sources("Lena Fogg, a rural hospital spokeswoman, said the ward had been closed twice.")
    assert kind == "official"


# -- "Dorsey's office": an officeholder's office speaks as government; 'he' later is the officeholder.

def test_named_office_is_government_and_he_is_the_officeholder():
    text = ("Sen. Hal Dorsey has not held a town hall in a year. Dorsey's office said the senator was busy "
            "in the capital. But he told the Mill Creek Courier that he would hold one in June.")
    found = sources(text)
    assert ("Dorsey's office", "government", "Dorsey's office") in found
    assert [c for s, _, c in found if s == "he"][0] in {"Dorsey", "Hal Dorsey", "Sen. Hal Dorsey"}


def test_an_office_of_a_common_noun_is_unchanged():
    # Near miss: 'the mayor's office' was already government and keeps its own canonical.
    [(span, kind, _)] = sources("The mayor's office said the bridge would reopen in May.")
    assert (span, kind) == ("The mayor's office", "government")


# -- 'Lawyers for the crew' opening a sentence is a plural group, not a name.

def test_sentence_initial_plural_person_noun_is_they():
    text = ("The port authority said it would review the crane logs. Attorneys for the crew said the logs "
            "showed what they had argued all along.")
    found = sources(text)
    assert [c for s, _, c in found if s == "they"] == ["Attorneys for the crew"]


def test_a_surname_ending_in_s_stays_one_person():
    # Near miss: a capitalised name opening the sentence is not a plural noun.
    text = "Dana Peters said the logs were clear. Peters said the crane was loose. She said it had been reported."
    assert [c for s, _, c in sources(text) if s == "She"] == ["Dana Peters"]


# -- Text messages are records.

@pytest.mark.parametrize("text", [
    "Leaked texts show the deputy warden ordered the cameras off",
    "The coach had asked for the files, according to the texts.",
])
def test_texts_are_documents(text):
    [(_, kind, _)] = sources(text)
    assert kind == "document"


def test_a_person_who_texts_is_no_document():
    # Near miss: a named sender is a person, whatever medium follows.
    [(_, kind, _)] = sources("Mira Sloane said in texts to friends that the deal was off.")
    assert kind == "person"


# -- 'a staff report prepared by ...': after 'a', a group noun before a record noun is a modifier.

@pytest.mark.parametrize("text, span", [
    ("A staff report prepared by planners found that the depot would double truck traffic.",
     "A staff report prepared by planners"),
    ("A panel report drafted by engineers found that the pier had been overloaded.",
     "A panel report drafted by engineers"),
])
def test_group_noun_after_a_modifies_the_record(text, span):
    [(found, kind, _)] = sources(text)
    assert (found, kind) == (span, "document")


def test_group_noun_after_the_can_still_be_a_plural_subject():
    # Near miss: 'The staff' may be a plural subject of the base-form verb.
    found = sources("The staff report that the depot is full, the yard manager said.")
    assert "The staff" in [s for s, _, _ in found]


# -- A bare participle-only form after its noun is a reduced relative, not the sentence's verb.

def test_bare_participle_only_form_is_no_cue():
    found = sources("A review written for the water board found that the mains were cracked.")
    assert [(s, k) for s, k, _ in found] == [("A review written for the water board", "document")]


def test_participle_with_its_auxiliary_is_still_a_cue():
    # Near miss: with 'has' the participle is the verb of a perfect.
    [(span, _, _)] = sources("The inspector has written that the mains were cracked.")
    assert span == "The inspector"


# -- A warden runs a public prison.

@pytest.mark.parametrize("text", [
    "Warden Ines Corado told the Valley Dispatch that the cellblock was understaffed.",
    "The warden said the yard would stay closed through the weekend.",
])
def test_warden_is_government(text):
    assert sources(text)[0][1] == "government"


def test_a_building_superintendent_is_not_government():
    # Near miss: 'superintendent' also names a building's caretaker, so it was left out.
    [(_, kind, _)] = sources("Ana Roe, the building superintendent, said the boiler had failed twice.")
    assert kind != "government"


def test_warden_is_a_title_and_he_is_the_warden():
    text = ("Warden Ines Corado told the Valley Dispatch that the cellblock was understaffed. "
            "\"We are running on fumes,\" she said.")
    found = sources(text)
    assert found[0][2] == "Ines Corado"
    assert [c for s, _, c in found if s == "she"] == ["Ines Corado"]
