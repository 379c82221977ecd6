"""Engine 2026.10, wire-story sourcing (sentences written for the project).

A wire lead names its sources in the ways a desk reads every day: an appositive that sums up
the news ('a move that ...') after 'according to', a company named after its trade ('Acme
Ferries'), and a member of an anonymous group speaking for it later ('one of the people said').
"""

from __future__ import annotations

import pytest

from provenance.engine import tag
from provenance.engine.resolution import core_name
from provenance.engine.source_types import classify

from .helpers import attributions, pairs, seg_texts, segments

# -- An appositive that sums up the news is not part of the source before it.


@pytest.mark.parametrize("text, source", [
    ("Acme will cut a third of its routes, according to two people familiar with the matter, a move that "
     "would leave some villages without a ferry.", "two people familiar with the matter"),
    ("The council will sell the pier, according to city records, a sharp reversal from last spring.",
     "city records"),
    ("Rents rose 9 percent, according to the housing board, the biggest jump in a decade.", "the housing board"),
])
def test_event_appositive_stays_out_of_the_source(text, source):
    assert [s for s, _ in pairs(text)] == [source]


@pytest.mark.parametrize("text, source", [
    # A description of the source itself stays in the span, as editors mark it.
    ("The levy is unlawful, according to Jane Roe, a lawyer for the tenants.", "Jane Roe, a lawyer for the tenants"),
    ('"The pier is safe," said Omar Tell, a first-term councilman.', "Omar Tell, a first-term councilman"),
])
def test_appositive_describing_the_source_stays(text, source):
    assert [s for s, _ in pairs(text)] == [source]


# -- A company named after its trade is an organisation, and 'the company' points back to it.


@pytest.mark.parametrize("name", ["Acme Ferries", "Bay Breweries", "Harbor Shipping", "Northgate Properties",
                                  "Kestrel Aerospace"])
def test_trade_names_are_organisations(name):
    assert classify(name) == "official"


@pytest.mark.parametrize("name", ["Jane Roe", "Omar Tell", "Jane Mills", "Paul Grant"])
def test_people_stay_people(name):
    assert classify(name) == "person"


def test_the_company_resolves_to_a_trade_name():
    text = ("Acme Ferries said it would cut its winter routes. "
            "The company told the port authority it could not keep losing money.")
    sources = [a["source"] for a in attributions(text)]
    assert [(s["type"], s["canonical"]) for s in sources] == [("official", "Acme Ferries"),
                                                               ("official", "Acme Ferries")]


# -- 'one of the people' speaks for the group named before.


@pytest.mark.parametrize("text, group", [
    ("Acme will close the plant, according to two people familiar with the talks. "
     "The date could still change, one of the people said.", "two people familiar with the talks"),
    ("Acme will close the plant, two sources said. The talks have stalled, one of the sources added.",
     "two sources"),
    ("The mayor will resign, three officials briefed on the plan said. Two of the officials said she told "
     "aides on Monday.", "three officials briefed on the plan"),
])
def test_member_of_an_anonymous_group(text, group):
    last = attributions(text)[-1]["source"]
    assert last["type"] == "anonymous"
    assert last["canonical"] == group


def test_member_of_a_group_never_named_stays_unresolved():
    text = "Acme will close the plant, Jane Roe said. The plan could change, one of the people said."
    last = attributions(text)[-1]["source"]
    assert last["canonical"] == "one of the people"
    assert last["type"] != "person"


def test_tag_keeps_offsets_for_the_wire_lead():
    text = "Acme will cut routes, according to two people familiar with the matter, a move that hurts islands."
    att = tag(text).to_dict()["segments"][0]["attributions"][0]
    assert text[att["source"]["start"]:att["source"]["end"]] == att["source"]["text"]


# -- Resolution in a wire story with several bodies and a governor.


def _sources(text):
    return [(a["source"]["text"], a["source"]["type"], a["source"]["canonical"]) for a in attributions(text)]


def test_a_capitalised_body_is_not_an_earlier_one():
    text = ("The Harbor Commission said it was reviewing the decision. "
            "The Transportation Department said it would withhold a grant.")
    assert _sources(text)[1] == ("The Transportation Department", "government", "The Transportation Department")


def test_a_shortened_name_still_points_back():
    text = ("The Harbor Commission said it was reviewing the decision. "
            "The Commission added that it would meet on Friday.")
    assert _sources(text)[1][2] == "The Harbor Commission"


def test_a_lower_case_definite_still_points_back():
    text = ("The Transportation Department said it would withhold a grant. "
            "The department said the money could be released later.")
    assert _sources(text)[1][2] == "The Transportation Department"


@pytest.mark.parametrize("phrase", ["the official news agency", "a wire service", "the state news agency"])
def test_news_agencies_are_outlets(phrase):
    assert classify(phrase) == "news_outlet"


@pytest.mark.parametrize("phrase", ["the Environmental Protection Agency", "the agency", "the state agency"])
def test_other_agencies_stay_government(phrase):
    assert classify(phrase) == "government"


def test_a_news_agency_never_resolves_to_a_ministry():
    text = ("The Transportation Department said it would withhold a grant. "
            "Beijing criticized the decision, the official news agency reported.")
    assert _sources(text)[-1] == ("the official news agency", "news_outlet", "the official news agency")


def test_a_surname_after_a_possessive_name_is_a_person():
    # The governor is named only inside "Governor Tom Baker's office"; later "Baker" and "He" are him
    # (by the full name the title introduced), and "the company" is the company, never the governor.
    text = ("Bayline Shipping said in a filing that it would seek damages. "
            "The state will appeal, Governor Tom Baker's office said. "
            "Baker has repeatedly said the port would create jobs. "
            "He wrote on social media that the ruling was a gift to rivals. "
            "The company did not immediately respond to emailed questions.")
    got = _sources(text)
    assert got[2] == ("Baker", "person", "Tom Baker")
    assert got[3][1:] == ("person", "Tom Baker")
    assert got[4][1:] == ("official", "Bayline Shipping")


# -- Segmentation, civil bodies and a named member of a group.


@pytest.mark.parametrize("text, expected", [
    ('Asked whether she had delayed the figures, Roe said no. "The numbers changed in April," she said.',
     ["Asked whether she had delayed the figures, Roe said no.", '"The numbers changed in April," she said.']),
    ("Voters said no. The levy failed.", ["Voters said no.", "The levy failed."]),
    ("The ferry is the No. 2 route in the state. It runs daily.",
     ["The ferry is the No. 2 route in the state.", "It runs daily."]),
    ("The team was ranked No. 1 last year.", ["The team was ranked No. 1 last year."]),
])
def test_no_ends_a_sentence_unless_it_numbers(text, expected):
    assert seg_texts(text) == expected


@pytest.mark.parametrize("phrase", ["The police union", "the state bar association", "the state employees union",
                                    "the Police Benevolent Association", "the teachers union"])
def test_unions_and_associations_are_organisations(phrase):
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", ["the city council", "the county police", "the police chief", "the European Union"])
def test_public_bodies_stay_government(phrase):
    assert classify(phrase) == "government"


@pytest.mark.parametrize("phrase, kind", [
    ("One of them, Omar Tell", "person"),
    ("one of the protesters, Jane Roe", "person"),
    ("One of the firms, Acme Ferries", "official"),
    ("One in four voters", "unspecified"),
    ("one of the tenants", "unspecified"),
])
def test_a_named_member_of_a_group(phrase, kind):
    assert classify(phrase) == kind


def test_a_named_member_is_known_by_name():
    text = ("The shortfall is larger than expected, two council members said. One of them, Omar Tell, said in an "
            "interview that cuts were on the table.")
    assert _sources(text)[1] == ("One of them, Omar Tell", "person", "Omar Tell")


# -- A maker's recall is no memory; a role before a name is a description.


@pytest.mark.parametrize("text", [
    "Kestrel Motors recalls 40,000 vans over brake fault",
    "Kestrel Motors is recalling about 40,000 delivery vans.",
    "Acme recalled its baby formula last week.",
    "The toymaker recalled thousands of heaters in March.",
])
def test_product_recalls_are_not_cues(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Roe recalled that the pier had flooded twice.", [("Roe", "recalled")]),
    ('"It was chaos," Roe recalled.', [("Roe", "recalled")]),
    ("Roe recalled two nights when the pier flooded.", [("Roe", "recalled")]),
])
def test_remembering_is_still_a_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, canonical", [
    ('"We respect the court," commission chair Ana Ruiz told reporters.', "Ana Ruiz"),
    ("Union leader Marco Diaz tweeted that workers had warned about the part.", "Marco Diaz"),
    ('"She sat on these numbers," said council member Rita Soto.', "Rita Soto"),
    ("Mayor Jane Roe said the libraries would stay open.", "Mayor Jane Roe"),
    ("U.S. District Judge Maria Chen wrote that the review was inadequate.", "U.S. District Judge Maria Chen"),
])
def test_a_lower_case_role_before_a_name(text, canonical):
    assert _sources(text)[0][2] == canonical


def test_the_union_is_never_the_company():
    text = ("Kestrel Motors said dealers would replace the part. Union leader Marco Diaz tweeted that workers had "
            "warned about it. In a statement, the union called for an independent review.")
    assert _sources(text)[-1] == ("the union", "official", "the union")


def test_the_union_points_back_to_a_union():
    text = ("The police union said cuts would put residents at risk. "
            "The union also called for a new contract.")
    assert _sources(text)[-1][2] == "The police union"


def test_an_anonymous_source_is_known_by_its_head():
    text = ("A former engineer, who asked not to be named because she feared losing her pension, said managers had "
            "known of the cracks.")
    source = attributions(text)[0]["source"]
    assert (source["type"], source["canonical"]) == ("anonymous", "A former engineer")


# -- Evidence named with a participle and its agent still shows.


@pytest.mark.parametrize("text, expected", [
    ("Data released by the port authority show cargo volumes fell.",
     [("Data released by the port authority", "show")]),
    ("Records kept by the county show the levy was never paid.", [("Records kept by the county", "show")]),
    ("Figures published by the ministry show exports rose.", [("Figures published by the ministry", "show")]),
])
def test_plural_evidence_with_an_agent(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "A report released by the ministry show the town grew.",  # no agreement: 'show' is no verb of 'report'
    "The county radio show aired on Sunday.",
])
def test_singular_heads_keep_show_a_noun(text):
    assert pairs(text) == []


# -- 'Recent reports suggest', and an outlet told without 'that'.


@pytest.mark.parametrize("text, expected", [
    ("Recent reports suggest the plant will close.", [("Recent reports", "suggest")]),
    ("Media reports suggest the plant will close.", [("Media reports", "suggest")]),
    ("Early reports indicate the fire started in the kitchen.", [("Early reports", "indicate")]),
    ("Roe reports that the plant will close.", [("Roe", "reports")]),
])
def test_reports_at_the_start_of_a_sentence(text, expected):
    assert pairs(text) == expected


def test_recent_reports_are_vague():
    assert attributions("Recent reports suggest the plant will close.")[0]["source"]["type"] == "unspecified"


@pytest.mark.parametrize("text, outlet", [
    ("A source told Reuters the deal was done.", "Reuters"),
    ("A source told The Wall Street Journal the deal was done.", "The Wall Street Journal"),
    ("Roe told Reuters that she would run.", "Reuters"),
])
def test_told_an_outlet_without_that(text, outlet):
    relays = attributions(text, role="relay")
    assert [a["source"]["text"] for a in relays] == [outlet]


# -- Relative pronouns after a participle phrase, public authorities, referrals.


@pytest.mark.parametrize("text, kind, canonical", [
    ("The inquiry follows a report by the Accountability Office, released in March, which found that the authority "
     "had skipped two reviews.", "document", "a report by the Accountability Office"),
    ("The ruling came after a study by Elmwood University, published Tuesday, which showed rents had doubled.",
     "document", "a study by Elmwood University"),
    ("The board hired Acme Ferries, which said it would add routes.", "official", "Acme Ferries"),
    ("The plan was criticized by Jane Roe, who said it favored developers.", "person", "Jane Roe"),
])
def test_relative_pronoun_antecedent(text, kind, canonical):
    last = attributions(text)[-1]["source"]
    assert last["text"] in {"which", "who"}
    assert (last["type"], last["canonical"]) == (kind, canonical)


@pytest.mark.parametrize("phrase, kind", [
    ("the authority", "government"), ("the port authority", "government"), ("a housing authority", "government"),
    ("an authority on tax law", "unspecified"), ("Jane Roe, an authority on tax law", "person"),
])
def test_public_authorities(phrase, kind):
    assert classify(phrase) == kind


def test_it_after_the_authority():
    text = ('"We have cooperated fully," the authority said in a statement. '
            "It said it had already turned over 4,000 pages of documents.")
    assert [s[1:] for s in _sources(text)] == [("government", "the authority"), ("government", "the authority")]


@pytest.mark.parametrize("text, kind", [
    ("A spokesman for the Transportation Department referred questions to the authority.", "note"),
    ("The White House referred inquiries to the Justice Department.", "note"),
    ("The judge referred the case to a higher court.", "claim"),
    ("Roe referred to the levy as a tax.", "claim"),
])
def test_referring_questions_is_a_note(text, kind):
    assert [s["kind"] for s in segments(text)] == [kind]


def test_role_before_a_titled_name():
    text = 'In a letter, committee chair Sen. Laura Pinsky, D-Ore., said the panel had "serious questions."'
    assert _sources(text)[0][2] == "Sen. Laura Pinsky"


# -- A caption on the line right above its credit, in the same paragraph.


def test_caption_line_above_a_credit_in_the_same_paragraph():
    text = ("The council voted on Wednesday, officials said. It was a long night.\n"
            "A ferry leaves the harbor on a foggy morning.\n"
            "Omar Tell | Elmwood Gazette | Getty Images\n\n"
            "The vote follows months of debate.")
    kinds = [(text[s["start"]:s["end"]], s["kind"]) for s in segments(text)]
    assert kinds == [("The council voted on Wednesday, officials said.", "claim"),
                     ("It was a long night.", "claim"),
                     ("A ferry leaves the harbor on a foggy morning.", "boilerplate"),
                     ("Omar Tell | Elmwood Gazette | Getty Images", "boilerplate"),
                     ("The vote follows months of debate.", "claim")]


def test_a_reported_line_above_a_credit_stays_a_claim():
    text = ("The pier will close in May, the mayor said.\n"
            "Omar Tell | Elmwood Gazette | Getty Images")
    assert [s["kind"] for s in segments(text)] == ["claim", "boilerplate"]


# -- 'the report' after an outlet reported, and documents dated by a participle.


def test_the_report_is_the_outlets_reporting():
    text = ("Acme is in talks to buy Bay Breweries, the Portmouth Courier reported on Monday. "
            "Talks could still collapse, according to the report.")
    assert _sources(text)[-1] == ("the report", "news_outlet", "the Portmouth Courier")


def test_the_report_prefers_a_report_named_since():
    text = ("The Gazette reported that the pier would close. A city report released Friday said repairs would cost "
            "$2 million. The report said the work would take a year.")
    got = _sources(text)
    assert got[1][1:] == ("document", "A city report released Friday")
    assert got[2][1:] == ("document", "A city report released Friday")


@pytest.mark.parametrize("phrase", ["A city report released Friday", "the state audit released Tuesday",
                                    "a report released yesterday"])
def test_documents_dated_after_a_participle(phrase):
    assert classify(phrase) == "document"


# -- The lead's source after 'told <outlet>', companies introduced with 'which'.


@pytest.mark.parametrize("text, source", [
    ("Brazil is considering a 25% tariff on imported steel, two government officials told the Wire, a move that "
     "could strain ties with its neighbors.", "two government officials"),
    ("The port will be sold, two officials told reporters.", "two officials"),
    ("The pier will close in May, several people close to the mayor told the Gazette.",
     "several people close to the mayor"),
])
def test_told_an_outlet_after_the_claim(text, source):
    assert source in [s for s, _ in pairs(text)]


def test_told_with_a_clause_after_it_stays_nested():
    # What she told the Gazette is part of what Roe said: no attribution of its own.
    assert pairs("Roe said she told the Gazette the pier would close.") == [("Roe", "said")]


@pytest.mark.parametrize("text, canonical", [
    ("Germany's Thyssen, which sells steel in Brazil, said in a statement it was assessing the proposal.", "Thyssen"),
    ("Harlow, which makes ferries, said it would add routes.", "Harlow"),
])
def test_which_introduces_an_organisation(text, canonical):
    assert _sources(text)[0][1:] == ("official", canonical)


def test_who_introduces_a_person():
    assert _sources("Jane Roe, who runs the bakery, said rents rose.")[0][1:] == ("person", "Jane Roe")


@pytest.mark.parametrize("phrase, canonical", [
    ("Germany's Thyssen", "Thyssen"), ("China's commerce ministry", "China's commerce ministry"),
    ("Roe's lawyer", "Roe's lawyer"),
])
def test_a_country_possessive_before_a_name(phrase, canonical):
    assert core_name(phrase) == canonical


@pytest.mark.parametrize("text, expected", [
    ("Vale warns of job losses", [("Vale", "warns of")]),
    ("Steel prices climb as Acme warns of shortages.", [("Acme", "warns of")]),
    ("The mayor warns that the pier is unsafe.", [("The mayor", "warns")]),
])
def test_warns_is_always_a_verb(text, expected):
    assert pairs(text) == expected


# -- The fields of a fact-check are labels, not speakers.


@pytest.mark.parametrize("text, expected", [
    ("Claim: Council member Rita Soto said on Facebook that the ferry subsidy doubled property taxes.",
     [("Council member Rita Soto", "said on Facebook")]),
    ("Verdict: The records show no rate change.", [("The records", "show")]),
    ("Rating: False.", []),
])
def test_fact_check_fields(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("ROE: We will keep the ferry running through the winter.", "ROE"),
    ("Jane Roe: The subsidy was never about taxes at all.", "Jane Roe"),
])
def test_transcript_speakers_stay(text, speaker):
    assert pairs(text) == [(speaker, ":")]


# -- A quotation reopened after its speaker, running on into the next paragraph.


def test_reopened_quotation_continues_the_speaker():
    text = ('"We are not a line on a spreadsheet," said Paul Grant, who heads the islanders\' association. '
            '"If the ferry goes, the school goes, and then the island goes.\n\n'
            '"We have been here for three hundred years."')
    segs = segments(text)
    assert len(segs) == 3
    for seg in segs:
        [att] = seg["attributions"]
        assert att["source"]["canonical"] == "Paul Grant"


def test_quotation_with_no_speaker_stays_unattributed():
    text = '"If the ferry goes, the school goes.\n\nThe council meets on Monday.'
    assert [s["attributions"] for s in segments(text)] == [[], []]


def test_a_speaker_named_later_in_the_quotation_still_wins():
    text = ('"The ferry is late again. It was late all week," said Jane Roe. '
            '"We need a second boat," Omar Tell said.')
    canon = [seg["attributions"][0]["source"]["canonical"] for seg in segments(text)]
    assert canon == ["Jane Roe", "Jane Roe", "Omar Tell"]


@pytest.mark.parametrize("phrase, kind", [
    ("Union president Rosa Delgado", "official"), ("teachers union leader Omar Tell", "official"),
    ("European Union president Jane Roe", "government"), ("the state senator", "government"),
])
def test_a_union_leader_speaks_for_the_union(phrase, kind):
    assert classify(phrase) == kind


# -- Names first written outside an attribution, possessive roles, specific agencies.


@pytest.mark.parametrize("text, canonical", [
    ("The study was led by Dr. Paul Mensah. Mensah said the pattern was clear.", "Paul Mensah"),
    ("Jane Roe, the mayor, spoke first. Later, Roe said the pier would close.", "Jane Roe"),
    # Two people share the surname: the bare name stays as written.
    ("Hillary Clinton spoke first. Bill Clinton spoke later. Clinton said the race was close.", "Clinton"),
])
def test_a_surname_takes_the_full_name_the_article_gave(text, canonical):
    assert _sources(text)[-1][2] == canonical


def test_its_spokeswoman_speaks_for_the_body():
    text = ("The port authority, which ordered the dredging, disputed the findings. "
            'Its spokeswoman said the study "ignores the heat wave."')
    assert _sources(text)[-1] == ("Its spokeswoman", "government", "The port authority")


def test_its_spokeswoman_without_a_body_stays_as_written():
    assert _sources("Its spokeswoman said the study was flawed.")[0][2] == "Its spokeswoman"


def test_a_specific_agency_is_not_the_last_public_body():
    text = ("The port authority disputed the findings. "
            "The state environment agency said it would review the study. The agency did not give a date.")
    got = _sources(text)
    assert got[1][2] == "The state environment agency"


@pytest.mark.parametrize("text, expected", [
    ("Officials there have previously said warm water killed the fish.",
     [("Officials there", "have previously said")]),
    ("Residents here say the ferry is always late.", [("Residents here", "say")]),
])
def test_here_and_there_after_a_plural_subject(text, expected):
    assert pairs(text) == expected


# -- A Title Case headline's subordinate clause has its own subject.


@pytest.mark.parametrize("headline, expected", [
    ("City Council Weighs Water Rate Increase After Audit Finds Leaks", [("Audit", "Finds")]),
    ("Mayor Resigns As Auditors Say Funds Went Missing", [("Auditors", "Say")]),
])
def test_title_case_subordinate_clause(headline, expected):
    assert pairs(headline) == expected


def test_a_name_with_a_capitalised_subordinator_word_inside_stays_whole():
    # 'As' between two capitalised words of a Title Case headline opens a clause; in running text a
    # lower-case word follows the name, and nothing changes.
    assert pairs("Jane Roe said the pier would close as soon as May.") == [("Jane Roe", "said")]
