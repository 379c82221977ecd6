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
    assert sources(text)[-1][2].removeprefix("The ") == canonical


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
