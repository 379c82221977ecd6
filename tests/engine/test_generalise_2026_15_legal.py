"""Engine 2026.15, unseen court and business stories read as a desk reads them (sentences written for the project).

Lawsuits: 'The parents sued the maker on Tuesday, alleging that ...' reports the plaintiffs' claim through a
participle after the main verb 'sued' (a past of four letters, too short for the '-ed' test that finds a main
verb like 'vetoed'). A restrictive 'who' ('a lawsuit by warehouse workers who say ...') names the noun before
it as the ones who say so, as a 'who' after a comma already did.

Names: a role serving a named organisation ('A lawyer for Ordway, Stephen Halvey') is a role, so the name after
the comma is the person's; a company's name there ('Lawyers for the equipment maker, Trask Industries') is not.
'the carrier' or 'the company' never means a union, a university or a board named after a business ('the
Citizens Utility Board'); 'the office of Attorney General Marcus Bell' gives a later 'Bell' the officeholder.
A name ending in 's ('Moody's said', 'Dillard's said') is a subject, not an owner, before a reporting verb.

Subjects and cues: a passive participle with its agent ('Analysts at Corliss Securities led by Jane Roe
wrote', 'Economists at the bank, led by Jane Roe, wrote') modifies the subject; 'wrote that the law was void'
reports what was written, unlike 'wrote the bill'. 'the objections of creditors, who said' is the creditors.

Types: court papers ('the petition says', 'the judgment said') are documents; a gathering of people ('a group
of parents', 'a group of senators') takes its members' type.
"""

from __future__ import annotations

import pytest

from .helpers import attributions, pairs, sources

# -- 'sued X, alleging that ...': the participle's speaker is the one who sued


@pytest.mark.parametrize("text, speaker, cue", [
    ("A group of parents sued a snack maker on Tuesday, alleging that its crackers contained lead.",
     "A group of parents", "alleging"),
    ("The state attorney general sued the landlord on Wednesday, accusing it of ignoring repairs.",
     "The state attorney general", "accusing"),
    ("The tenants sued the city, saying the new fees were illegal.", "The tenants", "saying"),
    ("Two former drivers sued the delivery company last month, claiming they were owed overtime.",
     "Two former drivers", "claiming"),
])
def test_sued_then_a_reporting_participle(text, speaker, cue):
    assert (speaker, cue) in pairs(text)


@pytest.mark.parametrize("text", [
    # 'Sue' as a name stays a name; a bare 'sued' with no participle reports nothing.
    "Sue Hollis said the new fees were illegal.",
    "The tenants sued the city on Monday.",
    "The company was sued by the tenants in March.",
])
def test_sued_alone_or_as_a_name_is_unchanged(text):
    found = pairs(text)
    if text.startswith("Sue"):
        assert found == [("Sue Hollis", "said")]
    else:
        assert found == []


# -- a restrictive 'who' stands for the noun before it


@pytest.mark.parametrize("text, canonical", [
    ("The judge sided with tenants who said the landlord ignored repairs.", "tenants"),
    ("The court revived a lawsuit by warehouse workers who say the company failed to pay them.", "warehouse workers"),
    ("Police arrested residents who said the plant was unsafe.", "residents"),
    ("Residents who say the plant is unsafe have filed a petition.", "Residents"),
    ("The company fired a manager who complained that the ladders were unsafe.", "a manager"),
])
def test_restrictive_who_names_its_antecedent(text, canonical):
    atts = [a for a in attributions(text) if a["source"] and a["source"]["text"] == "who"]
    assert len(atts) == 1
    assert atts[0]["source"]["canonical"] == canonical


@pytest.mark.parametrize("text, canonical", [
    # no one in particular: the pronoun keeps its own name
    ("Those who say the plant is unsafe have filed a petition.", "who"),
    ("Anyone who says the fees are legal has not read the contract.", "who"),
    # the comma case is unchanged
    ("The mayor, who said the plan was flawed, voted against it.", "The mayor"),
    ("The deal drew praise from a spokesman for the department, who said it was fair.",
     "a spokesman for the department"),
])
def test_who_without_a_named_antecedent_or_after_a_comma(text, canonical):
    atts = [a for a in attributions(text) if a["source"] and a["source"]["text"] == "who"]
    assert [a["source"]["canonical"] for a in atts] == [canonical]


def test_a_speaker_phrase_with_its_relative_clause_is_unchanged():
    text = "A lawyer who represents the tenants said the landlord ignored repairs."
    assert sources(text) == [("A lawyer who represents the tenants", "person", "A lawyer who represents the tenants")]


# -- 'A lawyer for Ordway, Stephen Halvey': the role serves a named organisation, the name is the person's


@pytest.mark.parametrize("text, canonical", [
    ("A lawyer for Ordway, Stephen Halvey, said the company would appeal.", "Stephen Halvey"),
    ("A spokeswoman for Pellmont Grocers, Dana Ruiz, said the chain would close stores.", "Dana Ruiz"),
    ("An analyst at Brindle, Omar Tate, said the sales figures were weak.", "Omar Tate"),
    ("The head of Corliss Securities, Mina Park, said the firm would not settle.", "Mina Park"),
])
def test_a_role_for_a_named_organisation_then_the_name(text, canonical):
    assert [c for _, _, c in sources(text)] == [canonical]


@pytest.mark.parametrize("text, canonical", [
    # the organisation itself opens the phrase, or no personal name follows the comma
    ("The Bank of Ardmore, the lender in the case, said it would appeal.", "The Bank of Ardmore"),
    ("A lawyer for Ordway, the trucking firm, said the company would appeal.", "A lawyer for Ordway"),
    ("The Bank of Ardmore, Pell Trust, said it would appeal.", "The Bank of Ardmore"),
])
def test_no_role_before_a_name_keeps_the_head(text, canonical):
    assert [c for _, _, c in sources(text)] == [canonical]


# -- 'the carrier', 'the company' never mean a union or a university quoted since


@pytest.mark.parametrize("text, canonical", [
    ("Regulators fined Skyline Airways on Monday. Skyline's pilots union criticized management last week. "
     "The carrier warned investors that more penalties were possible.", "Skyline Airways"),
    ("Harlow Foods said it would appeal. The bakers union praised the ruling. "
     "The company said the union was wrong.", "Harlow Foods"),
    ("Crestway Markets said it would fight the suit. Ardmore University said the study was sound. "
     "The retailer said the study was flawed.", "Crestway Markets"),
])
def test_a_business_description_skips_an_institution(text, canonical):
    assert sources(text)[-1][2] == canonical


@pytest.mark.parametrize("text, canonical", [
    # an institution's own kind still points back to it; a company quoted last is still 'the company'
    ("Harlow Foods said it would appeal. The bakers union praised the ruling. "
     "The union said the company was wrong.", "The bakers union"),
    ("The bakers union praised the ruling. Harlow Foods said it would appeal. "
     "The company said the union was wrong.", "Harlow Foods"),
])
def test_an_institution_or_the_latest_company_still_resolves(text, canonical):
    assert sources(text)[-1][2] == canonical


# -- 'Lawyers for the equipment maker, Trask Industries': a company's name after the comma is no person's


@pytest.mark.parametrize("text, canonical", [
    ("Lawyers for the equipment maker, Trask Industries, argued that the worker was careless.",
     "Lawyers for the equipment maker"),
    ("An attorney for the lender, Fairhaven Bancorp, said the loans were sound.", "An attorney for the lender"),
])
def test_a_company_name_after_the_comma_is_not_the_speaker(text, canonical):
    assert [c for _, _, c in sources(text)] == [canonical]


@pytest.mark.parametrize("text, canonical", [
    ("A lawyer for the company, Stephen Halvey, said the company would appeal.", "Stephen Halvey"),
    ("The lender's lawyer, Anne Bexley, said the loans were sound.", "Anne Bexley"),
])
def test_a_personal_name_after_the_comma_still_is(text, canonical):
    assert [c for _, _, c in sources(text)] == [canonical]


# -- 'the utility' is never a board named after utilities


@pytest.mark.parametrize("text, canonical", [
    ("Regulators opened an inquiry into Northern Plains Energy on Tuesday. \"Families are struggling,\" said "
     "Tom Greer, executive director of the Citizens Utility Board. The utility said the increase was needed.",
     "Northern Plains Energy"),
    ("Regulators opened an inquiry into Northern Plains Utility. \"Families are struggling,\" said "
     "Tom Greer, executive director of the Citizens Utility Board. The utility said the increase was needed.",
     "Northern Plains Utility"),
])
def test_a_business_word_inside_a_boards_name_names_no_business(text, canonical):
    assert sources(text)[-1][2] == canonical


def test_a_bank_named_before_its_officer_is_still_the_bank():
    text = ("Regulators fined Harrowgate Savings Bank. Harrowgate Savings Bank CEO Jane Roe said nothing. "
            "\"We are fine,\" a regulator said. The bank declined to comment.")
    assert sources(text)[-1][2] == "Harrowgate Savings Bank"


# -- 'the office of Attorney General Marcus Bell ... Bell said': the officeholder, not the office


@pytest.mark.parametrize("text, canonical", [
    ("The deal is the largest of its kind, according to the office of Attorney General Marcus Bell, who led the "
     "inquiry. Investigators found that the app tracked users, Bell said.", "Attorney General Marcus Bell"),
    ("The fine was doubled, according to the office of Gov. Ana Ruiz. Ruiz said the fine was fair.", "Gov. Ana Ruiz"),
])
def test_a_surname_after_the_office_of_a_named_holder(text, canonical):
    assert sources(text)[-1][2] == canonical


def test_the_office_itself_keeps_its_name():
    text = "The fine was doubled, according to the office of Gov. Ana Ruiz."
    assert sources(text) == [("the office of Gov. Ana Ruiz", "government", "the office of Gov. Ana Ruiz")]


# -- a name that ends in 's ('McDonald's', 'Moody's') is a subject, not an owner, before a reporting verb


@pytest.mark.parametrize("text, speaker, cue", [
    ("Moody's said it could cut the bank's credit rating.", "Moody's", "said"),
    ("Moody's warned that it could cut the bank's credit rating.", "Moody's", "warned"),
    ("Dillard's said sales fell 4 percent in the quarter.", "Dillard's", "said"),
    ("Sales fell 4 percent in the quarter, Dillard's said.", "Dillard's", "said"),
    ("Kohl's reported a loss of $20 million.", "Kohl's", "reported"),
])
def test_a_name_in_s_before_a_reporting_verb(text, speaker, cue):
    assert (speaker, cue) in pairs(text)


@pytest.mark.parametrize("text", [
    # an owner before a participle that modifies a noun, and a pronoun's clitic, stay as they were
    "Acme's reported profit rose 5 percent.",
    "Roe's stated goal is to win the seat.",
    "Kohl's announced plan to close stores was dropped.",
])
def test_an_owner_before_a_participle_is_no_speaker(text):
    assert pairs(text) == []


# -- 'led by Jane Roe': a passive participle with its agent modifies the subject, after a name too


@pytest.mark.parametrize("text, speaker", [
    ("Analysts at Corliss Securities led by Jane Roe wrote in a note that the deal was too expensive.",
     "Analysts at Corliss Securities led by Jane Roe"),
    ("Economists at the bank, led by Jane Roe, wrote that the deal was too expensive.", "Economists at the bank"),
    ("Researchers at Ardmore University, led by Omar Tate, said the drug worked.", "Researchers at Ardmore University"),
])
def test_a_participle_with_its_agent_inside_the_subject(text, speaker):
    found = pairs(text)
    assert len(found) == 1 and found[0][0] == speaker


def test_a_name_then_a_verb_with_a_number_after_by_is_no_participle():
    # 'led by five points' is the candidate's own verb; the poll is the source
    assert pairs("Roe led by five points, the poll showed.") == [("the poll", "showed")]


# -- 'wrote that the law was void': 'that' before an article opens a clause, it points at no law written


@pytest.mark.parametrize("text, speaker", [
    ("The judge wrote that the law was void.", "The judge"),
    ("In a 42-page opinion, Judge Ana Ruiz wrote that the statute was void.", "Judge Ana Ruiz"),
    ("The panel wrote that the ordinance violated the state constitution.", "The panel"),
])
def test_wrote_that_then_a_clause_about_a_law(text, speaker):
    assert (speaker, "wrote") in pairs(text)


@pytest.mark.parametrize("text", [
    "Roe wrote the bill.",
    "Roe wrote a bestselling novel.",
    "Roe wrote the ordinance.",
])
def test_writing_a_law_or_a_book_reports_nothing(text):
    assert pairs(text) == []


# -- what a court or the parties put in writing is a document


@pytest.mark.parametrize("text, speaker", [
    ("The petition says the mine would poison the river.", "The petition"),
    ("The judgment said the company owed $2 million.", "The judgment"),
    ("The consent decree says the city must hire 200 officers.", "The consent decree"),
])
def test_court_papers_are_documents(text, speaker):
    assert sources(text) == [(speaker, "document", speaker)]


# -- 'a group of parents' speaks as the parents, not as an organisation


@pytest.mark.parametrize("text, typ", [
    ("A group of parents sued the snack maker on Tuesday, alleging that its crackers contained lead.", "unspecified"),
    ("A group of former employees said the plant had been unsafe for years.", "unspecified"),
    ("A group of senators wrote that the merger would raise prices.", "government"),
    ("A team of researchers said the drug had failed.", "unspecified"),
])
def test_a_group_of_people_takes_the_members_type(text, typ):
    assert [t for _, t, _ in sources(text)] == [typ]


@pytest.mark.parametrize("text", [
    "A group of banks said the rules were too strict.",
    "The group said the rules were too strict.",
    "A coalition of tenants said the rent was too high.",
])
def test_a_group_of_organisations_or_a_named_body_stays_official(text):
    assert [t for _, t, _ in sources(text)] == ["official"]


# -- 'the objections of creditors, who said': 'who' is a person, not the thing before 'of'


@pytest.mark.parametrize("text, canonical", [
    ("The judge approved the sale over the objections of creditors, who said the price was too low.", "creditors"),
    ("The board ignored the complaints of tenants, who said the heat had been off for weeks.", "tenants"),
    # a bare plural of people before 'of' is who: 'members of the board', not the board
    ("The letter was signed by members of the board, who said the plan was unsafe.", "members of the board"),
    ("The plan drew criticism from residents of Pike County, who said the road was unsafe.",
     "residents of Pike County"),
])
def test_who_after_a_thing_of_people_is_the_people(text, canonical):
    atts = [a for a in attributions(text) if a["source"] and a["source"]["text"] == "who"]
    assert [a["source"]["canonical"] for a in atts] == [canonical]
