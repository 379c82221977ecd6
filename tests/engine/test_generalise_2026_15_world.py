"""Engine 2026.15, international and public-health stories read as a desk reads them (sentences written
for the project).

'The ministry said' after a named ministry and, in between, plain 'officials': the definite description
names a kind of body, so the ministry the story named is meant, not the last public source whatever it was.
'WHO' in capitals is the health agency's acronym, never the relative pronoun: 'A WHO spokesman, Teodor
Halm,' is one source from its first word.
"""

from __future__ import annotations

import pytest

from .helpers import pairs, sources

# -- 'the ministry' points back to a ministry, not to the last public source


@pytest.mark.parametrize("text, canonical", [
    ("The Health Ministry said the shots were safe. Officials said the rollout would start in May. "
     "The ministry said vaccination would be voluntary.", "Health Ministry"),
    ("The Foreign Ministry said the envoy had been recalled. Officials in the capital said talks had stalled. "
     "The ministry said it would respond.", "Foreign Ministry"),
    ("The Agriculture Ministry announced the cull. Veterinary officials said 9,000 birds were affected. "
     "The ministry said no farm worker was ill.", "Agriculture Ministry"),
])
def test_the_ministry_is_the_ministry_named_before(text, canonical):
    found = sources(text)
    assert found[-1][2].removeprefix("The ") == canonical
    assert found[-1][2] == found[0][2]  # one canonical name for the ministry, as first quoted


@pytest.mark.parametrize("text, canonical", [
    # an earlier mention that is itself a ministry is meant, as before
    ("The Interior Ministry said the curfew would end. The ministry said patrols would stay.",
     "The Interior Ministry"),
    # officials of the ministry: the latest mention already names it
    ("Officials at the Health Ministry said the clinic would open. The ministry said it had hired nurses.",
     "Officials at the Health Ministry"),
])
def test_a_mention_that_names_the_ministry_still_wins(text, canonical):
    assert sources(text)[-1][2] == canonical


# -- 'WHO' in capitals is the World Health Organization


@pytest.mark.parametrize("text, speaker", [
    ("A WHO spokesman, Teodor Halm, told reporters that the agency was sending vaccines.",
     "A WHO spokesman, Teodor Halm"),
    ("A WHO spokesman said the agency was sending vaccines.", "A WHO spokesman"),
    ("WHO officials said the outbreak was slowing.", "WHO officials"),
    ("Cases have doubled since June, a WHO epidemiologist said.", "a WHO epidemiologist"),
])
def test_the_acronym_who_opens_the_source(text, speaker):
    assert pairs(text)[0][0] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the relative pronoun, in lower case, still closes the head and opens its clause
    ("Officials who visited the site said it was clean.", "Officials who visited the site"),
    ("A doctor who treated the patients said they were recovering.", "A doctor who treated the patients"),
])
def test_the_relative_who_is_unchanged(text, speaker):
    assert pairs(text)[0][0] == speaker


def test_the_who_alone_is_the_world_health_organization():
    assert sources("The WHO said the agency was sending vaccines.")[0][2] == "World Health Organization"


# -- 'the agency' after a news agency is the outlet


@pytest.mark.parametrize("text, canonical", [
    ("Kaldria's state news agency reported on Sunday that the president had left. The agency said he would "
     "return on Monday.", "Kaldria's state news agency"),
    ("The Health Agency said the clinics were open. The state news agency reported that they were shut. "
     "The agency said two had closed.", "The state news agency"),
])
def test_the_agency_after_a_news_agency_is_the_outlet(text, canonical):
    assert sources(text)[-1][1:] == ("news_outlet", canonical)


@pytest.mark.parametrize("text", [
    # a public agency named last keeps the definite description
    "The state news agency reported the outbreak. The Health Agency said cases were rising. "
    "The agency said it had sent nurses.",
    "The national health agency warned that cases were rising. The agency said 430 cases had been reported.",
])
def test_the_agency_after_a_public_agency_stays_public(text):
    assert sources(text)[-1][1] == "government"


# -- a state newsroom described, then named


@pytest.mark.parametrize("text, speaker", [
    ("Vendarian state broadcaster VRT reported that the embassy would stay open.",
     "Vendarian state broadcaster VRT"),
    ("State broadcaster VRT said the embassy would stay open.", "State broadcaster VRT"),
    ("The state television channel RTV reported that the border had reopened.", "The state television channel RTV"),
    ("Public broadcaster Kanal Dorva said the embassy would stay open.", "Public broadcaster Kanal Dorva"),
])
def test_a_named_state_broadcaster_is_a_news_outlet(text, speaker):
    found = sources(text)
    assert found[0][0] == speaker and found[0][1] == "news_outlet"


@pytest.mark.parametrize("text", [
    "State police spokesman Ray Olin said the road was closed.",
    "Public health official Dana Roe said the water was safe.",
    "State radio official Dana Roe said the tower was down.",
])
def test_a_public_official_described_so_is_still_government(text):
    assert sources(text)[0][1] == "government"


# -- ', a charge China denies': the relative's subject denies


@pytest.mark.parametrize("text, speaker, cue", [
    ("Washington has accused Beijing of unfair trade practices, a charge China denies.", "China", "denies"),
    ("Rights groups say hundreds were detained, an accusation Kaldria has denied.", "Kaldria", "has denied"),
    ("The opposition says the vote was rigged, a charge the election commission denies.",
     "the election commission", "denies"),
    ("Opposition leaders accused the government of fraud, a claim health officials denied.",
     "health officials", "denied"),
])
def test_the_subject_of_a_reduced_relative_on_a_charge_denies_it(text, speaker, cue):
    assert (speaker, cue) in pairs(text)


@pytest.mark.parametrize("text, speaker", [
    # a compound noun whose first word is a speech-act noun is one person
    ("The ward was full, a charge nurse said.", "a charge nurse"),
    ("The roof was damaged, a claim adjuster said.", "a claim adjuster"),
    ("A claim adjuster said the roof was damaged.", "A claim adjuster"),
    ("A charge nurse said the ward was full.", "A charge nurse"),
])
def test_a_compound_with_a_speech_noun_stays_one_speaker(text, speaker):
    assert pairs(text)[-1][0] == speaker


# -- a state's missions and people abroad speak for it


@pytest.mark.parametrize("text", [
    "The embassy said the visa rules would change.",
    "The consulate said two citizens had been detained.",
    "The envoy said the talks were useful.",
    "Foreign ministers said the talks were useful.",
    "A spokesman for the presidency said the visit was off.",
])
def test_missions_and_envoys_are_government(text):
    assert sources(text)[0][1] == "government"


@pytest.mark.parametrize("text", [
    "A union envoy said the strike would go on.",
    "Premier Foods said profits rose.",
    "The Premier League said the match would be replayed.",
])
def test_a_private_body_s_envoy_or_a_firm_stays_private(text):
    assert sources(text)[0][1] != "government"


# -- 'the government' is the state as a whole


@pytest.mark.parametrize("text, canonical", [
    ("Beijing said the talks were useful. The health ministry said cases were down. "
     "The government said it would act.", "China"),
    ("The Larnian government said cases were down. The health ministry said beds were short. "
     "The government said it would act.", "The Larnian government"),
    ("The government of Sudora said it had distributed grain. Aid workers said it had not. "
     "The government said it would act.", "The government of Sudora"),
])
def test_the_government_is_the_state_named_before(text, canonical):
    assert sources(text)[-1][2] == canonical


@pytest.mark.parametrize("text", [
    "The Health Ministry said cases were down. The government said it would act.",
    "The Interior Ministry said the curfew would end. The government said it would review it.",
])
def test_the_government_is_not_the_last_ministry(text):
    assert sources(text)[-1][2] == "The government"


# -- a leader's title with 'general'


@pytest.mark.parametrize("text, kind", [
    ("The agency's director general, Marta Kovac, urged Tehran to allow inspectors back.", "government"),
    ("The agency's director, Marta Kovac, urged Tehran to allow inspectors back.", "government"),
    ("The union's secretary general, Marta Kovac, said the strike would go on.", "official"),
])
def test_director_general_speaks_for_the_body(text, kind):
    assert sources(text)[0][1] == kind


def test_a_general_store_is_no_title():
    assert sources("Her brother's general store, Kovac Goods, said it would close.")[0][1] == "official"


# -- lists of countries and capitals


@pytest.mark.parametrize("text, canonical", [
    ("Russia and China called for restraint.", "Russia and China"),
    ("Russia and China, which are also parties to the agreement, called for restraint.", "Russia and China"),
    ("Washington and Brussels said the deal was fair.", "Washington and Brussels"),
    ("Britain, France and Germany said the deal was fair.", "Britain, France and Germany"),
])
def test_a_list_of_states_is_government(text, canonical):
    assert sources(text)[0][1:] == ("government", canonical)


@pytest.mark.parametrize("text, kind, canonical", [
    ("Roe and Doe said the deal was fair.", "person", "Roe and Doe"),
    ("Russia and Roe said the deal was fair.", "person", "Russia and Roe"),
    ("Jane Roe, a lawyer and activist, said the deal was fair.", "person", "Jane Roe"),
])
def test_lists_with_a_person_or_an_appositive_keep_their_reading(text, kind, canonical):
    assert sources(text)[0][1:] == (kind, canonical)


# -- an appositive title that names a public body; the head of state's office


@pytest.mark.parametrize("text", [
    '"The next two weeks will be critical," said Dr. Hana Oyelaran, the WHO representative in Larnia.',
    "Dr. Hana Oyelaran, a WHO representative, said the next two weeks would be critical.",
    "The presidential office in Seoul declined to comment.",
    "The presidential palace said the visit was off.",
    "The royal palace said the king was well.",
])
def test_representatives_and_palaces_are_government(text):
    assert sources(text)[0][1] == "government"


@pytest.mark.parametrize("text, kind", [
    ("Jane Roe, a CNN analyst, said the files were lost.", "person"),
    ("Jane Roe, a lawyer who represents the WHO, said the files were lost.", "person"),
    ("A presidential candidate said the poll was wrong.", "person"),
    ("The presidential campaign said the poll was wrong.", "official"),
])
def test_others_near_a_public_body_keep_their_type(text, kind):
    assert sources(text)[0][1] == kind


# -- a spokesman whose possessive names a public body; an office named before its place


@pytest.mark.parametrize("text", [
    "The ministry's spokesman said the talks would continue.",
    "The agency's spokeswoman said the talks would continue.",
    "The department's spokesman, Tom Roe, said the talks would continue.",
    "The mayor's spokesman said the talks would continue.",
    "The Foreign Office in London said it was aware of the reports.",
    "The Foreign Office said it was aware of the reports.",
])
def test_a_public_body_s_spokesman_and_office_are_government(text):
    assert sources(text)[0][1] == "government"


@pytest.mark.parametrize("text", [
    "The company's spokesman said the talks would continue.",
    "Acme's spokesman said the talks would continue.",
    "The union's spokeswoman said the talks would continue.",
])
def test_a_private_body_s_spokesman_stays_official(text):
    assert sources(text)[0][1] == "official"


# -- an officer of a body; the office of a named public body


@pytest.mark.parametrize("text, kind", [
    ("The ministry's chief medical officer, Dr. Ruth Amenya, said the shot was safe.", "government"),
    ("Dr. Ruth Amenya, the ministry's chief medical officer, said the shot was safe.", "government"),
    ("The company's chief financial officer said sales fell.", "official"),
    ("Her son's parole officer said he was doing well.", "person"),
])
def test_an_officer_speaks_for_the_body_that_owns_the_post(text, kind):
    assert sources(text)[0][1] == kind


@pytest.mark.parametrize("text, kind", [
    ("The WHO's regional office said it was working with national authorities.", "government"),
    ("The World Health Organization's regional office said it was working with the ministry.", "government"),
    ("The mayor's office said the road was closed.", "government"),
])
def test_the_office_of_a_named_public_body_is_government(text, kind):
    assert sources(text)[0][1] == kind


def test_the_office_of_a_firm_is_not_government():
    assert sources("Acme's regional office said it was closing.")[0][1] != "government"
