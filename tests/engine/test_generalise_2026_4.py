"""Engine 2026.4: constructions the engine generalises to (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import attributions, pairs, segments


def sources(text: str) -> list[dict]:
    return [a["source"] for a in attributions(text) if a["source"]]


# -- A cue inside a fronted clause, a relative clause or a parenthetical does not hide the main one.

@pytest.mark.parametrize("text, expected", [
    ("While the mayor has said that the bridge is safe, engineers said it needs repairs.",
     [("the mayor", "has said"), ("engineers", "said")]),
    ("Asked whether she believed the levy would pass, Ana Ruiz said she was hopeful.",
     [(None, "Asked"), ("Ana Ruiz", "said")]),  # the question is its own, source-less attribution (2026.6)
    ("Tom Barkley, who said he usually votes early, said the line was long.",
     [("who", "said"), ("Tom Barkley", "said")]),
    ("The ledgers show, she said in an interview, that the fund was empty.",
     [("The ledgers", "show"), ("she", "said in an interview")]),
    ("The agency declined to comment and county officials said the report was wrong.",
     [("The agency", "declined"), ("county officials", "said")]),
])
def test_main_clause_cue_is_not_nested(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Okafor, moved by the letter, told her she could keep the boat.", [("Okafor", "told")]),
    ("Shortly before the governor spoke, Ana Ruiz told reporters that she was undecided.",
     [("Ana Ruiz", "told")]),
    ("Priebus later Thursday told the Courier that they would meet.", [("Priebus", "told")]),
])
def test_openers_and_adjuncts_around_the_subject(text, expected):
    assert pairs(text) == expected


def test_a_quotations_own_attribution_is_not_nested():
    text = 'Roe seemed to suggest he had won: "She signed an agreement," he told the Courier.'
    assert ("he", "told") in pairs(text)


def test_cue_inside_reported_content_stays_nested():
    # 'told' is part of what the mayor said, not a second attribution of the sentence.
    assert pairs("The mayor said the contractor told her the bridge was safe.") == [("The mayor", "said")]


# -- Subjects: quantities, participle adjectives, appositives however they are built.

@pytest.mark.parametrize("text, source", [
    ("About 4 in 10 say they want a new mayor.", "About 4 in 10"),
    ("Still, 52 percent of registered voters say the levy is fair.", "52 percent of registered voters"),
    ("More than half of the tenants said the rent was too high.", "More than half of the tenants"),
    ("Another said he hoped the mill would reopen.", "Another"),
    ("Residents here say the water tastes of metal.", "Residents here"),
    ("Donald Marsh, the likely nominee, says the plan is sound.", "Donald Marsh, the likely nominee"),
    ("“It failed,” said retired judge Ana Ruiz.", "retired judge Ana Ruiz"),
    ("Bob Lund, a radio host and station manager in Elmwood, said the tower was unsafe.",
     "Bob Lund, a radio host and station manager in Elmwood"),
    ("Lena Park, 34, a plaintiff in the lawsuit, said the rules were unfair.",
     "Lena Park, 34, a plaintiff in the lawsuit"),
    ("It was not abstract: soon Victor Hale had declared that he would run.", "Victor Hale"),
    ("This year Camil spoke about how the studio had changed.", "Camil"),
])
def test_subject_noun_phrase(text, source):
    assert [s["text"] for s in sources(text)] == [source]


@pytest.mark.parametrize("text, source", [
    ("Ana Ruiz, Tom Lee and Bo Park said the plan failed.", "Ana Ruiz, Tom Lee and Bo Park"),
    ("It is not only about audiences, he and Mr. Allen said.", "he and Mr. Allen"),
    ("Friends, lobbyists and former foes say the choice is right.", "Friends, lobbyists and former foes"),
    ("Ana Joyce — who is listed as a lawyer but does not practice — told the Courier she would stop.",
     "Ana Joyce — who is listed as a lawyer but does not practice"),
    ("Even so, the Harbor Department said it saw no damage.", "the Harbor Department"),
    ("Offstage, the actors agree with the critics.", "the actors"),
    ("The fix, the mechanic told them, was cheap.", "the mechanic"),
])
def test_subject_lists_dashes_and_openers(text, source):
    assert [s["text"] for s in sources(text)] == [source]


def test_relative_clause_that_reports_is_not_part_of_the_subject():
    text = "Tom Barkley, who said he usually votes early, said the line was long."
    assert [s["text"] for s in sources(text)][-1] == "Tom Barkley"
    text = "Mia Cole, who is 28, said the line was long."
    assert [s["text"] for s in sources(text)] == ["Mia Cole, who is 28"]
    text = "An aide to the governor, who asked not to be identified, said the veto was certain."
    assert [s["text"] for s in sources(text)] == ["An aide to the governor, who asked not to be identified"]


@pytest.mark.parametrize("text", [
    "Omar Reyes sent his family home and locked the door.",
    "The governor repainted the porch on Monday.",  # (2026.9: "signed the bill" is now an act that takes a side)
])
def test_a_verb_ends_the_subject(text):
    assert pairs(text) == []


# -- Sources after 'according to' and inverted cues keep their description.

@pytest.mark.parametrize("text, source", [
    ("Bills spiked last year, according to the Tenants Union, an advocacy group.",
     "the Tenants Union, an advocacy group"),
    ("“It is unsafe,” says Mia Cole, 32, of Elmwood, who works at the mill.",
     "Mia Cole, 32, of Elmwood, who works at the mill"),
    ("“We will appeal,” said a person close to the family.", "a person close to the family"),
    ("“It is done,” wrote Ana Ruiz on her blog.", "Ana Ruiz"),
])
def test_description_after_the_source(text, source):
    assert [s["text"] for s in sources(text)] == [source]


def test_description_stops_before_a_relative_clause_that_reports():
    text = "“That is a worry,” said Alan Birch, a dentist from Elmwood, who said he knows the owners."
    assert [s["text"] for s in sources(text)][0] == "Alan Birch, a dentist from Elmwood"


def test_according_to_at_the_start_does_not_swallow_the_main_clause():
    text = "According to the report, the company's revenue fell 3 percent."
    assert [s["text"] for s in sources(text)] == ["the report"]


# -- Participles and coordination take the main-clause subject.

@pytest.mark.parametrize("text, expected", [
    ("The famously gruff senator spoke on Wednesday, showing a softer side.",
     [("The famously gruff senator", "showing")]),
    ("Ana Ruiz gave a defense of “Elmwood values,” saying the town was proud.",
     [("Ana Ruiz", "gave a defense of"), ("Ana Ruiz", "saying")]),
    ("At a rally in Elmwood, Ore., on Sunday, Mayor Ruiz took questions, saying the levy was needed.",
     [("Mayor Ruiz", "saying")]),
    ("The ferry captain checked the tide, and then said the crossing was safe.", [("The ferry captain", "then said")]),
    ("In a statement, Gov. Ana Ruiz (D) blasted the council and said the budget was short.",
     [("Gov. Ana Ruiz (D)", "blasted"), ("Gov. Ana Ruiz (D)", "said")]),  # 'blasted' + bare object: a cue (2026.6)
])
def test_main_clause_subject(text, expected):
    assert pairs(text) == expected


# -- 'citing': a source is relayed, a reason is the speaker's own.

def test_citing_a_source_makes_a_relay_chain():
    text = "Prices rose, the Daily Ledger reported, citing federal records."
    atts = attributions(text, role=None)
    assert [(a["source"]["text"], a["role"]) for a in atts] == [("federal records", "source"),
                                                                ("the Daily Ledger", "relay")]


def test_citing_a_reason_is_the_speakers_cue():
    text = "“This is not a close race,” he said, citing rising costs."
    assert pairs(text) == [("he", "said"), ("he", "citing")]
    assert all(a["role"] == "source" for a in attributions(text, role=None))


# -- Cues that report nothing.

@pytest.mark.parametrize("text, expected", [
    ("Hal Moss has known them since 1992.", []),
    ("The senator found ways to press his agenda.", []),
    ("They want safe streets.", []),
    ("No one called.", []),
    ("Two firms called off the merger.", []),
    ("A company called Harbor Works gave $5,000 to the fund.", []),
    ("A statement posted on the website said the shop would close.",
     [("A statement posted on the website", "said")]),
    ("The county is adding to its reserves.", []),
    ("Sales declined in every state.", []),
])
def test_cue_word_that_reports_nothing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She knew that the vault was empty.", [("She", "knew")]),
    ("The auditors found that the fund was short.", [("The auditors", "found")]),
    ("The mayor wants the council to act.", [("The mayor", "wants")]),
    ("“We are done,” he added.", [("he", "added")]),
    ("Ana Ruiz called the plan “reckless.”", [("Ana Ruiz", "called")]),
])
def test_verbs_of_knowing_and_wanting_with_a_proposition(text, expected):
    assert pairs(text) == expected


def test_what_he_calls_is_the_writers_quotation():
    assert ("he", "called") not in pairs("The mayor denounced what he called a smear.")
    assert ("he", "calls") not in pairs("Roe railed against what he calls the “lie” of the moment.")


# -- Speech verbs with a particle, and communication verbs.

@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz pointed out that the levy expires in May.", [("Ana Ruiz", "pointed out")]),
    ("The mayor talked about the flood at length.", [("The mayor", "talked about")]),
    ("Critics railed against the plan.", [("Critics", "railed against")]),
    ("Ruiz mocked the council's budget as a fantasy.", [("Ruiz", "mocked")]),
    ("The union expressed concern about the layoffs.", [("The union", "expressed concern about")]),  # 2026.6
])
def test_communication_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The point is that the levy expires.",
    "They had a long talk.",
])
def test_phrasal_cue_needs_its_particle(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ruiz made it clear that the levy worries her.", [("Ruiz", "made it clear")]),
    ("The senator made the case for a new tax.", [("The senator", "made the case for")]),
    ("Critics raised concerns about the levy.", [("Critics", "raised concerns about")]),
    ("The mayor took aim at the council.", [("The mayor", "took aim at")]),
    ("The company made a profit.", []),
    ("The mayor took the bus.", []),
])
def test_light_verb_with_a_speech_act_noun(text, expected):
    assert pairs(text) == expected


# -- A subject that speaks through a document.

@pytest.mark.parametrize("text, source, cue, kind", [
    ("The Tenants Union issued a statement saying the rent rise was illegal.", "The Tenants Union",
     "issued a statement saying", "official"),
    ("Acme Corp. released a report stating that sales fell.", "Acme Corp.", "released a report stating",
     "document"),
    # A public office keeps its own type when it speaks through a statement (DESIGN: government bodies).
    ("The mayor's office put out a statement saying the bridge would reopen.", "The mayor's office",
     "put out a statement saying", "government"),
])
def test_issued_document(text, source, cue, kind):
    [att] = attributions(text)
    assert (att["source"]["text"], att["cue"]["text"], att["source"]["type"]) == (source, cue, kind)


# -- Speaker labels are transcript lines, not headlines or tallies.

@pytest.mark.parametrize("text", ["Ruiz: 1,547.", "Contributing: Ana Ruiz.", "Hale: Survive to Ohio."])
def test_colon_that_is_not_a_speaker_label(text):
    assert pairs(text) == []


def test_transcript_speaker_label():
    assert pairs("RUIZ: We will fix the bridge before winter.") == [("RUIZ", ":")]
    assert pairs("Ana Ruiz: We will fix the bridge before the first snow falls.") == [("Ana Ruiz", ":")]


# -- Results reported in one named poll, not polling in general.

@pytest.mark.parametrize("text, expected", [
    ("Support fell to 41 percent in a Harbor Valley Courier poll.", [("a Harbor Valley Courier poll", "in")]),
    ("The mayor has led in national polls for months.", []),
    ("She trailed in a similar survey in May.", []),
])
def test_in_a_named_poll(text, expected):
    assert pairs(text) == expected


def test_speech_act_noun_only_when_nothing_else_attributes():
    assert pairs("The mayor's claim that the bridge is safe was false.") == [("The mayor's", "claim")]
    assert pairs("Ana Ruiz called the mayor's claim “pathetic.”") == [("Ana Ruiz", "called")]


# -- Types: organisations, governments, people.

@pytest.mark.parametrize("text, kind, canonical", [
    ("Acme said the plant would close.", "official", "Acme"),
    ("Washington has warned Beijing against retaliation.", "government", "United States"),
    ("The U.S. said it would respond.", "government", "United States"),
    ("Beijing said the tariffs were illegal.", "government", "China"),
    ("Texas argued that the rule was void.", "government", "Texas"),
    ("A Texas voter said the line was long.", "person", "A Texas voter"),
    ("Ms. Hale said the plan was sound.", "person", "Ms. Hale"),
])
def test_source_types(text, kind, canonical):
    [src] = sources(text)
    assert (src["type"], src["canonical"]) == (kind, canonical)


def test_short_company_name_resolves_to_the_company_the_article_names():
    text = "Kestrel Motors to cut 1,200 jobs\n\nKestrel declined to comment on Thursday."
    [src] = sources(text)
    assert (src["type"], src["canonical"]) == ("official", "Kestrel Motors")


@pytest.mark.parametrize("text, kind", [
    ("Ana Ruiz, president of the local union, said the plan was unfair.", "official"),
    ("Tom Lee, president of the United States, said the plan was unfair.", "government"),
    ("Dr. Paul Mensah, a researcher at Northfield University, said the plan was unfair.", "person"),
])
def test_the_body_a_leader_heads_types_the_source(text, kind):
    [src] = sources(text)
    assert src["type"] == kind


def test_bare_name_introduced_as_a_person_stays_a_person():
    text = "Ana Ruiz chairs the board. Ruiz said the vote was final."
    [src] = sources(text)
    # (Since 2026.10 the canonical is the full name the article introduced her by, not the bare surname.)
    assert (src["type"], src["canonical"]) == ("person", "Ana Ruiz")


# -- Resolution.

def test_the_company_resolves_to_the_last_organisation_not_a_country():
    text = ("Acme Corp. said profits rose. Mexico said it welcomed the plant. The company said it would hire "
            "200 workers. Acme also said the plant opens in May.")
    canon = [s["canonical"] for s in sources(text)]
    assert canon == ["Acme Corp.", "Mexico", "Acme Corp.", "Acme Corp."]


def test_the_automaker_and_the_spokesperson():
    text = ("Kestrel Motors said the recall covers 80,000 trucks. The U.S. said it would investigate. "
            "The automaker said it was cooperating. A Kestrel spokesperson said no one was hurt. "
            "The spokesperson added that the fix was simple.")
    canon = [s["canonical"] for s in sources(text)]
    assert canon == ["Kestrel Motors", "United States", "Kestrel Motors", "A Kestrel spokesperson",
                     "A Kestrel spokesperson"]


def test_a_modified_description_resolves_only_to_a_match():
    text = "Council members said the budget was short. The water utility said rates would rise."
    assert [s["canonical"] for s in sources(text)][-1] == "The water utility"


def test_pronouns_follow_gender_words_and_skip_places():
    text = ("Energy Minister Carla Nunez said the grid was stable. Her spokesman, Tom Reyes, said the plan "
            "worked. He added that prices would fall. Nunez also said imports were rising.")
    canon = [s["canonical"] for s in sources(text)]
    assert canon == ["Energy Minister Carla Nunez", "Tom Reyes", "Tom Reyes", "Energy Minister Carla Nunez"]
    text = "Ms. Alvarez said the deal was done. Mr. Okafor said the vote was close. She said it was final."
    assert [s["canonical"] for s in sources(text)][-1] == "Ms. Alvarez"
    text = "Washington said the talks had failed. He said nothing more."
    assert [s["canonical"] for s in sources(text)][-1] != "United States"


def test_it_resolves_to_an_organisation_not_a_person():
    text = "Ana Ruiz praised Acme Corp. for acting fast. Acme Corp. said sales fell. It said jobs were safe."
    assert sources(text)[-1]["canonical"] == "Acme Corp."


def test_status_of_segments_still_follows_the_sources():
    text = "Acme said the plant would close. Critics say the plan is unfair."
    assert [s["status"] for s in segments(text)] == ["attributed", "hedged"]


# -- A hedge inside the cue: the subject is an actor, the claim is vague.

def test_reportedly_leaves_the_subject_an_actor():
    [seg] = segments("Acme has reportedly asked staff to relocate.")
    assert seg["status"] == "hedged"
    assert [(a["source"], a["cue"]["text"]) for a in seg["attributions"]] == [(None, "reportedly")]
    [seg] = segments("The U.S. reportedly fears a wider conflict.")
    assert seg["status"] == "hedged"
    [seg] = segments("Acme said staff would relocate.")
    assert seg["status"] == "attributed"


@pytest.mark.parametrize("text, cue", [
    ("The bridge appears to be safe.", "appears"),
    ("The plan seemed doomed from the start.", "seemed"),
    ("The council is widely expected to approve the levy.", "is widely expected"),
])
def test_evidential_hedges(text, cue):
    [seg] = segments(text)
    assert seg["status"] == "hedged"
    assert [a["cue"]["text"] for a in seg["attributions"]] == [cue]


@pytest.mark.parametrize("text", ["The mayor appeared on television.", "As expected, the council voted."])
def test_not_an_evidential_hedge(text):
    assert segments(text)[0]["attributions"] == []


# -- Reports as sources.

@pytest.mark.parametrize("text, source, kind", [
    ("The plant will close, according to unnamed sources.", "unnamed sources", "anonymous"),
    ("The plant will close, according to recent reports.", "recent reports", "unspecified"),
    ("The plant will close, according to media reports.", "media reports", "unspecified"),
    ("The plant will close, according to a report in the Harbor Valley Courier.",
     "a report in the Harbor Valley Courier", "news_outlet"),
    ("Exports fell 4 percent, according to data released by the Commerce Department.",
     "data released by the Commerce Department", "document"),
    ("The plant will close, according to a person briefed on the plans.", "a person briefed on the plans",
     "anonymous"),
    ("Sources close to the company said the plant will close.", "Sources close to the company", "anonymous"),
    ("Data released by the Commerce Department showed exports fell.",
     "Data released by the Commerce Department", "document"),
])
def test_reports_as_sources(text, source, kind):
    [src] = sources(text)
    assert (src["text"], src["type"]) == (source, kind)


def test_outlet_broke_the_story():
    text = "The Harbor Valley Courier broke the story on Thursday, reporting that the plant would close."
    assert pairs(text) == [("The Harbor Valley Courier", "reporting")]
    assert sources(text)[0]["type"] == "news_outlet"


# -- Long tail: interviews, memos, testimony, infinitives, 'by saying', headlines.

@pytest.mark.parametrize("text, expected", [
    ("The mayor said in an interview with the Courier that the plant will close.",
     [("The mayor", "said in an interview")]),
    ("The chief executive wrote in a memo to staff that the plant will close.", [("The chief executive", "wrote")]),
    ("The mayor testified that the plant will close.", [("The mayor", "testified")]),
    ("He went on to say the plan was a failure.", [("He", "went on to say")]),
    ("Ana Ruiz took to Twitter to say thanks.", [("Ana Ruiz", "took to Twitter to say")]),
    ("The mayor declined to say who she would back.", [("The mayor", "declined")]),  # the refusal alone is the cue (2026.10)
    ("The mayor defended the plan by saying it would save jobs.",
     [("The mayor", "defended"), ("The mayor", "saying")]),  # 'defended' + bare object: a cue (2026.6)
    ("“And they are afraid for their jobs,” he continued.", [("he", "continued")]),
    ("Mayor Vows To Fight Plant Closure", [("Mayor", "Vows")]),
    ("“It is close,” said Doyle and others.", [("Doyle and others", "said")]),
])
def test_long_tail(text, expected):
    assert pairs(text) == expected


# -- Opinion verbs, not verbs of action or intention.

@pytest.mark.parametrize("text, expected", [
    ("The senator supports the bill.", [("The senator", "supports")]),
    ("Most tenants oppose the rent rise.", [("Most tenants", "oppose")]),
    ("Voters see Ruiz as a uniter.", [("Voters", "see")]),
    ("The senator saw the film twice.", []),
    ("The senator decided to run.", []),
    ("The senator sought to delay the vote.", [("The senator", "sought")]),  # an aim with an infinitive (2026.6)
])
def test_opinion_verbs(text, expected):
    assert pairs(text) == expected


# -- Page furniture.

FURNITURE = """Acme to close Elmwood plant

Thursday, June 20, 2026

By Jane Roe | Staff Writer

Must read

Latest article

A man walks past the shuttered Acme plant in Elmwood, Ohio, on Wednesday.

Jane Roe | Harbor Agency | Getty Images

Acme Corp. said on Thursday it would close its plant in Elmwood.

Read the full report from the Harbor Valley Courier.

Watch: Acme workers react to the news

Share this article

Subscribe to our newsletter for daily updates.

Click to share on Twitter (Opens in new window)

June 20, 2026

The plant opened in 1961. (AP Photo/Jane Roe)
"""


def test_page_furniture_is_boilerplate():
    kinds = {FURNITURE[s["start"]:s["end"]]: s["kind"] for s in segments(FURNITURE)}
    claims = [t for t, k in kinds.items() if k == "claim"]
    assert claims == ["Acme to close Elmwood plant", "Acme Corp. said on Thursday it would close its plant in Elmwood."]
    assert kinds["A man walks past the shuttered Acme plant in Elmwood, Ohio, on Wednesday."] == "boilerplate"
    assert kinds["Thursday, June 20, 2026"] == "boilerplate"


@pytest.mark.parametrize("text", [
    "The vote is set for Thursday, June 20, 2026, the clerk said.",
    "Read the report before the vote, the mayor urged.",
    "A man walks past the shuttered plant every morning, he said.",
])
def test_prose_is_not_furniture(text):
    assert [s["kind"] for s in segments(text)] == ["claim"]


def test_a_note_or_a_quote_before_a_credit_line_is_not_a_caption():
    text = "The finance director did not respond to a request for comment.\n\nPhoto: Ana Lim | Harbor Agency"
    assert [s["kind"] for s in segments(text)] == ["note", "boilerplate"]
    text = "The mayor said the bridge is safe.\n\nAna Lim | Harbor Agency | Getty Images"
    assert [s["kind"] for s in segments(text)] == ["claim", "boilerplate"]


def test_a_caption_needs_a_credit_line_after_it():
    text = "A man walks past the shuttered plant.\n\nThe plant closed in May."
    assert [s["kind"] for s in segments(text)] == ["claim", "claim"]


# -- Note scope.

def test_verification_note_covers_every_claim_resting_on_the_report():
    text = ("Acme plans to close its Elmwood plant, the Harbor Valley Courier reported on Thursday. "
            "The closure would cut 400 jobs, the newspaper reported. The mayor said she had not been told. "
            "Acme has reportedly asked staff to relocate. Reuters could not independently verify the report. "
            "Shares fell 3 percent.")
    flagged = [text[s["start"]:s["end"]] for s in segments(text) if "not_independently_verified" in s["flags"]]
    assert flagged == [
        "Acme plans to close its Elmwood plant, the Harbor Valley Courier reported on Thursday.",
        "The closure would cut 400 jobs, the newspaper reported.",
        "Acme has reportedly asked staff to relocate.",
    ]


def test_verification_note_about_a_video():
    text = ("A video posted on Facebook shows the dam breaking. The mayor said the dam was inspected in May. "
            "The Courier could not verify the video.")
    flagged = [text[s["start"]:s["end"]] for s in segments(text) if "not_independently_verified" in s["flags"]]
    assert flagged == ["A video posted on Facebook shows the dam breaking."]
