"""Engine 2026.15, local news read as a desk reads it (sentences written for the project).

Local government, schools, transit and weather stories:

- a lede that stands alone as the story's first line is no headline when it tells the past: 'Storms
  knocked out power to the valley, officials said' judges nothing, though 'Mayor knocks levy plan' on
  a headline line still does;
- 'the district' is a school, water or fire district, never the utility or company quoted last; it
  finds the district named before, even one the story typed a public body;
- a job capitalised inside a description is no title: 'Transit authority CEO Paul Nguyen' is known as
  'Paul Nguyen', and a student by her name, not her school year ('Eastbrook senior Noah Kim');
- a town, a village, a township or a borough governs as a city or a county does ('the town clerk');
- a resident, a parent or a rider speaks for herself, whatever city or district describes her, and so
  does a student named after her school year ('High school junior Maya Lee');
- a public authority's people speak for it ('the housing authority director', "the authority's chief
  financial officer, Nadia Ferrer"), though 'an authority on tax law' is an expert;
- a public service's name is no person's ('the National Weather Service', 'Pine Ridge Schools'): 'the
  weather service' finds it again, and 'she' never does;
- a poll's share spelled out at a sentence's start ('Forty-one percent of respondents said') is the
  respondents, no person.
"""

from __future__ import annotations

import pytest

from .helpers import pairs, sources

# -- a past-tense lede on a line of its own is not a headline


@pytest.mark.parametrize("text", [
    "A line of storms knocked out power to 30,000 customers, utility officials said.\nCrews worked overnight.",
    "High winds knocked out service on two rail lines Sunday, the transit agency said.\nBuses replaced trains.",
    "The outage knocked out traffic signals across downtown, police said.\nOfficers directed traffic.",
])
def test_a_past_tense_lede_knocks_nothing(text):
    assert [cue for _, cue in pairs(text)] == ["said"]


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Ruiz knocks levy plan\nThe mayor spoke Tuesday at City Hall.", "Mayor Ruiz"),
    ("Councilwoman Dana Holt knocks bus cuts\nThe vote is next week.", "Councilwoman Dana Holt"),
])
def test_a_headline_still_knocks_a_plan(text, speaker):
    assert (speaker, "knocks") in pairs(text)


@pytest.mark.parametrize("text, cue", [
    ("Roe knocked the budget as a giveaway to developers.\nThe council voted 4-3.", "knocked"),
    ("The board member knocked the plan as reckless, the minutes show.\nThe vote was delayed.", "knocked"),
])
def test_a_knock_with_its_judgment_is_still_a_cue_in_a_lede(text, cue):
    assert cue in [c for _, c in pairs(text)]


# -- 'the district' is a district


@pytest.mark.parametrize("text, canonical", [
    ("North Valley Electric said crews were helping. Schools were closed Monday, the district announced.",
     "the district"),
    ("Acme Logistics said it would build a warehouse. The district said the site is next to a school.",
     "The district"),
    ("The Harlan County School District said classes would resume. North Valley Electric said crews were "
     "helping. The district said buses would run.", "The Harlan County School District"),
    ("The Pine Ridge district said classes would resume. Acme Logistics said it would hire. The district said "
     "buses would run.", "The Pine Ridge district"),
])
def test_the_district_is_no_utility(text, canonical):
    assert sources(text)[-1][2] == canonical


@pytest.mark.parametrize("text, canonical", [
    ("North Valley Electric said crews were helping. The utility said power would be back Tuesday.",
     "North Valley Electric"),
    ("Acme Logistics said it would hire 300 people. The company said the warehouse opens in May.", "Acme Logistics"),
])
def test_the_utility_and_the_company_still_find_the_business(text, canonical):
    assert sources(text)[-1][2] == canonical


# -- the name after a job: a capitalised job inside a description, a school year, a rider


@pytest.mark.parametrize("text, canonical", [
    ("Transit authority CEO Paul Nguyen said the cuts were a last resort.", "Paul Nguyen"),
    ("Parks department Director Sam Ortiz said the pool would open in June.", "Sam Ortiz"),
    ("Harbor Ferries CEO Jane Roe said fares would rise.", "Jane Roe"),
    ("Eastbrook senior Noah Kim, 17, said he often falls asleep in first period.", "Noah Kim"),
    ("Sophomore Ben Ortiz said lunch starts at 10:15.", "Ben Ortiz"),
    ("Longtime bus rider Gloria Evans said the route was her only way to the clinic.", "Gloria Evans"),
    ("School parent Dev Patel said the pickup line stretches for blocks.", "Dev Patel"),
])
def test_the_name_after_a_job_is_the_canonical(text, canonical):
    assert sources(text)[0][2] == canonical


@pytest.mark.parametrize("text, canonical", [
    ("Mayor Dan Whitcomb said the fees had not changed since 2011.", "Mayor Dan Whitcomb"),
    ("Senior Judge Ana Lima said the case was closed.", "Senior Judge Ana Lima"),
    ("Chief Executive Ana Lima said orders were strong.", "Chief Executive Ana Lima"),
    ("Attorney General Mark Ellery said the suit would go ahead.", "Attorney General Mark Ellery"),
    ("Superintendent Karen Voss said the district would hire 40 teachers.", "Superintendent Karen Voss"),
])
def test_a_title_stays_with_the_name(text, canonical):
    assert sources(text)[0][2] == canonical


# -- a town governs as a city does


@pytest.mark.parametrize("text", [
    "The town clerk said 40 people signed up to speak.",
    "Dozens of people signed up to speak, according to the town clerk.",
    "Town Supervisor Bill Grant said he had received 200 emails.",
    "The town's emergency management director, Beth Sandoval, said damage estimates would take days.",
    "A village spokeswoman said the pool would stay closed.",
    "Township officials said the road would reopen Monday.",
    "The borough engineer said the bridge was safe.",
])
def test_a_town_is_a_government(text):
    assert sources(text)[0][1] == "government"


# -- a resident of a city is not the city


@pytest.mark.parametrize("text", [
    "A town resident, Ann Moss, said the plows never came.",
    "A city resident who spoke at the meeting said the fees were too high.",
    "One district parent said the bus was always late.",
    "A transit rider said the delays were constant.",
    "A county taxpayer told the board the levy was unfair.",
    "High school junior Maya Lee said the bus is always late.",
    "District parent Dev Patel said the pickup line stretches for blocks.",
    "School board meetings are too short, senior Noah Kim said.",
])
def test_a_resident_is_a_person(text):
    assert sources(text)[0][1] == "person"


@pytest.mark.parametrize("text, kind", [
    ("A city official said the fees would rise.", "government"),
    ("A county spokesman said the office was closed.", "government"),
    ("Residents of the town said the siren never sounded.", "unspecified"),
    ("The bill is dead, the state's senior Sen. Ann Roe said.", "government"),
    ("A senior city official said the fees would rise.", "government"),
])
def test_officials_and_groups_keep_their_type(text, kind):
    assert sources(text)[0][1] == kind


# -- a public authority's people


@pytest.mark.parametrize("text", [
    "The authority's chief financial officer, Nadia Ferrer, said fares had not gone up since 2015.",
    "The housing authority director said repairs would begin in May.",
    "A housing authority spokesman said the tenants would be moved.",
    "The transit authority's general manager said service would improve.",
])
def test_an_authoritys_people_are_government(text):
    assert sources(text)[0][1] == "government"


@pytest.mark.parametrize("text, kind", [
    ("Ana Roe, an authority on school finance, said the levy was fair.", "person"),
    ("An authority on tax law said the bill was flawed.", "unspecified"),
])
def test_an_authority_on_a_subject_is_no_body(text, kind):
    assert sources(text)[0][1] == kind


# -- a public service is a body, not a person


@pytest.mark.parametrize("text, canonical", [
    ("Gusts reached 70 mph, according to the National Weather Service. The weather service said a tornado may "
     "have touched down.", "National Weather Service"),
    ("The trail is closed, according to the National Park Service. The park service said it would reopen in May.",
     "National Park Service"),
])
def test_the_service_finds_the_service(text, canonical):
    assert sources(text)[-1][2] == canonical


@pytest.mark.parametrize("text", [
    "Gusts reached 70 mph, the National Weather Service said. She said more rain was coming.",
    "The Forest Service closed the trail, a ranger said. He said it would reopen in May.",
])
def test_she_is_never_the_service(text):
    assert "Service" not in sources(text)[-1][2]


# -- a spelled-out poll share


@pytest.mark.parametrize("text", [
    "Forty-one percent of respondents said taxes were too high.",
    "Forty percent of respondents said the buses were late.",
    "Sixty percent said they would vote for the bond.",
    "Seven in 10 residents said the roads were worse than a year ago.",
])
def test_a_spelled_out_share_is_the_respondents(text):
    assert sources(text)[0][1] == "unspecified"


@pytest.mark.parametrize("text, kind", [
    ("Twenty-one-year-old Ana Roe said she rides the bus every day.", "person"),
    ("Forty-one-year-old Tom Baker, a bus driver, said the route was dangerous.", "person"),
])
def test_an_age_spelled_out_is_still_a_person(text, kind):
    assert sources(text)[0][1] == kind
