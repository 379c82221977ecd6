"""Resolution of later references to earlier sources in the same article, and the type of a
bare name.

Pronouns ("she", "it", "they") resolve to the nearest compatible source: "he"/"she" only to
an individual, and not to one the text gives the other gender (Mr./Ms., spokeswoman,
chairman ..., or 'Ms. Surname' anywhere in the story for 'First Surname'); one who replies ('she
countered') is the person the last speaker's sentence named, not that speaker; "it" only to an
organisation, a government, an outlet or a document.
Definite descriptions resolve by kind: "the company", "the firm", "the automaker" to the
last organisation (never a country or a person), "the agency"/"the ministry" to the last
government body, "the spokesperson" to the spokesperson named before (else the last
organisation; "the hospital", "the airport", "the union" only to a body named so). Surnames
and "Mr. Surname" resolve to an earlier full name (a bare surname also to the one a title
introduced: "Mayor Leon Archer's plan ... Archer said"), a short company
name ("Acme") to an earlier "Acme Corp.", outlet short names ("the Tribune") to the outlet.

A bare one-word name nobody introduced as a person ("Acme said") is an organisation: people
are introduced by full name or title, companies often by name alone. ``Resolver(text)``
reads the article once for that evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from . import gazetteer
from .lexicon import (
    BUSINESS_HEADS,
    GOVERNMENT_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    OUTLET_HEADS,
    PERSON_NOUNS,
    SPOKES_WORDS,
    TITLES,
    VAGUE_HEADS,
)
from .noun_phrases import agent_noun
from .source_types import (
    PEOPLE,
    PERSON_ROLES,
    by_first_letter,
    classify,
    name_before_of,
    outlet_inside,
    possessive_outlet,
    words,
)

PRONOUNS = {"he", "she", "i", "you", "we", "they", "it", "him", "her", "them"}
# Words that give a source's gender (the text's own words; no guessing from first names).
FEMALE_WORDS = {"ms.", "mrs.", "miss", "ms", "mrs", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
                "woman", "wife", "mother", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "actress",
                "queen", "princess", "girl", "lady"}
MALE_WORDS = {"mr.", "mr", "spokesman", "chairman", "congressman", "businessman", "man", "husband", "father", "son",
              "brother", "grandfather", "uncle", "nephew", "widower", "actor", "king", "prince", "boy", "sir"}

# Definite descriptions and the kinds of source they can point back to.
GOVERNMENT_HEADS = {"agency", "department", "ministry", "administration", "commission", "bureau", "government",
                    "office", "regulator", "court", "council", "legislature", "state", "city", "county", "police",
                    "authority", "board"}
# 'the governor' -> the last 'Gov. Samuel Ortiz' the story names: the public offices one person holds.
_TITLED_NAME = (r"(?:[A-Z][\w-]*\.? ){0,2}(?:(?:de|van|von|der|da|del|di|la|le|al) )?"
                r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?")  # ('Bill de Blasio', 'O'Brien'; not 'Lima's')
# Each pattern starts with its titles' first letter and looks behind it for the word boundary (see
# by_first_letter), so the regex engine skips to that letter instead of trying every position.
TITLED_OFFICE = {office: re.compile("(?:" + by_first_letter(titles, r"(?<!\w.)") + ") " + _TITLED_NAME)
                 for office, titles in (("governor", ("Gov.", "Governor")), ("mayor", ("Mayor",)),
                                        ("senator", ("Sen.", "Senator")), ("president", ("President",)),
                                        ("judge", ("Judge",)), ("sheriff", ("Sheriff",)))}


def _last_match(pattern: re.Pattern[str], text: str, end: int) -> str | None:
    """The last match of pattern that ends before ``end`` (the window before it is enough)."""
    found = None
    for m in pattern.finditer(text, max(0, end - 5000), end):
        found = m.group(0)
    return found


# 'the agency said' with 'the Food and Drug Administration' or 'the Centers for Disease Control and
# Prevention' named before, though never quoted: the head words of a public body's name that each
# definite head may stand for. (The pattern opens with a lookbehind, so the regex engine tries it at every
# position of its window: _body_named first looks for a head word there with str.find.)
BODY_NAME_HEADS = {
    "agency": {"administration", "agency", "service", "bureau", "centers", "commission", "institutes", "department"},
    "department": {"department"}, "ministry": {"ministry"}, "bureau": {"bureau"}, "commission": {"commission"},
}
_BODY_HEADS = "Administration|Agency|Service|Bureau|Centers|Commission|Institutes|Department|Ministry"
_BODY_NAME_WORDS = {head: tuple(w.capitalize() for w in heads) for head, heads in BODY_NAME_HEADS.items()}
BODY_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z][\w&'’-]* (?:(?:[A-Z][\w&'’-]*|and|of|for) ){0,4})?(" + _BODY_HEADS + r")\b"
    r"(?: (?:of|for) (?:the )?[A-Z][\w&'’-]*(?: (?:and )?[A-Z][\w&'’-]*)*)*")

# 'the hospital said' with 'St. Alder Regional Hospital' named before, though never quoted: the last body
# whose capitalised name ends in that head. One pattern per head, compiled on first use; each starts with a
# capital letter and runs to the head, so the regex engine skips ahead to capitals.
# Business kinds that also end a company's own name ('Harrowgate Savings Bank', 'Orton Steel Group').
NAME_FINAL_BUSINESS = {"bank", "insurer", "brewery", "bakery", "pharmacy", "railroad", "railway", "utility"}
NAMED_INSTITUTIONS = {"hospital", "university", "college", "airport", "clinic", "museum", "school", "union",
                      "foundation", "institute"}


@lru_cache(maxsize=16)
def _institution_name(head: str) -> re.Pattern[str]:
    # (Each word matched possessively, as in ORG_NAME: only a space or a full stop may follow it.)
    # (Not when a body's own head follows: 'the Citizens Utility Board' is a board named after utilities, so
    # it is never 'the utility'; 'Harrowgate Bank CEO Jane Roe' still names the bank.)
    return re.compile(r"[A-Z](?<![\w.].)[\w&'’-]*+\.?(?: [A-Z][\w&'’-]*+\.?){0,3} " + head.capitalize()
                      + r"\b(?! " + _FOLLOWING_BODY_HEADS + r"\b)")


# Capitalised heads of bodies that may follow a business or institution word inside a longer name.
_FOLLOWING_BODY_HEADS = ("(?:Board|Commission|Council|Committee|Association|Foundation|Fund|Center|Centre|Institute|"
                         "Union|Coalition|Alliance|Authority|Trust|Society|League|Project|Federation|Network)")
_BODY_HEAD_NEXT = re.compile(" " + _FOLLOWING_BODY_HEADS + r"\b")


# Heads that name a kind of body of their own: 'the authority' is the last authority named, never the
# budget office or the ministry before it; 'the state' is never the county named last ('the agency',
# 'the department' stay looser).
NAMED_KIND_HEADS = {"authority", "court", "council", "board", "commission", "office", "legislature", "police",
                    "state", "city", "county"}
OUTLET_DEFINITE = {"journal", "newspaper", "paper", "outlet", "network", "times", "post", "magazine", "broadcaster",
                   "station", "channel", "site", "website", "publication", "tabloid"}
DOCUMENT_DEFINITE = {"study", "report", "filing", "survey", "poll", "analysis", "lawsuit", "complaint", "memo",
                     "letter", "statement", "document", "documents", "data", "records", "audit", "review", "notice"}
# Words that make an agency or a service a news outlet: 'the news agency', 'a wire service'.
NEWS_MODIFIERS = {"news", "wire", "press"}
# What an outlet publishes: after the outlet reported, 'the report' is its reporting.
OUTLET_WORK = {"report", "story", "article"}
ANONYMOUS_DEFINITE = {"people", "sources", "source", "person", "officials", "official", "insider", "insiders"}
# One member of an unnamed group: 'the person' is one of the 'people familiar with the matter'.
ANONYMOUS_PLURALS = {"person": "people", "source": "sources", "official": "officials", "insider": "insiders"}
INDIVIDUAL_DEFINITE = {"president", "senator", "governor", "mayor", "secretary", "minister", "nominee", "candidate",
                       "businessman", "businesswoman", "executive", "chief", "director", "chairman", "chairwoman",
                       "founder", "lawyer", "attorney", "judge", "economist", "analyst", "researcher", "scientist",
                       "professor", "ceo"}
COMPANY_HEADS = ORG_NOUNS | {"company", "firm", "automaker", "carmaker", "drugmaker", "chipmaker", "retailer", "bank",
                             "airline", "carrier", "insurer", "lender", "utility", "startup", "chain", "manufacturer",
                             "maker", "developer", "group", "conglomerate", "giant", "producer", "supplier", "operator", "platform", "service",
                             "app", "brand", "studio", "publisher", "distributor", "contractor", "campaign",
                             "organization", "organisation", "charity", "nonprofit", "union", "party", "club", "team",
                             "school", "university", "hospital", "foundation", "institute", "association",
                             "coalition", "alliance", "committee"}

# Names ending in these are institutions, not the business 'the company' stands for.
NOT_BUSINESS_NAMES = {"association", "foundation", "institute", "university", "college", "hospital", "church",
                      "union", "council", "committee", "society", "alliance", "coalition", "federation", "trust",
                      "fund", "league", "club", "party", "campaign", "center", "centre", "clinic", "airport", "museum"}
# A sports side is called both ('The Rovers, a club founded in 1904, ... The team added'): either word finds
# the body described with the other.
SAME_KIND = {"team": "club", "club": "team"}

# Bodies that are not businesses: 'the union' or 'the university' is only one called so, never the
# company named last ('the company', 'the automaker', 'the bank' may be any of those).
INSTITUTION_HEADS = {"union", "party", "club", "team", "school", "university", "hospital", "foundation", "institute",
                     "association", "coalition", "alliance", "committee", "campaign", "charity", "nonprofit", "church",
                     "league", "federation", "guild", "society", "college", "airport", "clinic", "museum",
                     # a school, water or fire district is a public body: 'the district said' after a utility
                     # quoted ('Valley Electric said ...') is never that utility
                     "district"}

# NAME_AFTER_TITLE, TWO_NAMES and ORG_NAME run over the whole article. Each starts with a set of
# capital letters and checks what precedes the first one after it ('(?<!\w.)' is '\b' before it,
# '(?<![\w.].)' is '(?<![\w.])'): a pattern that starts with a character set (or with alternatives
# that each start with a letter) lets the regex engine skip to the next candidate letter instead of
# trying the pattern at every character (the same matches in half the time or less). A '\b' or a
# lookbehind in front would undo that.
# Lists of words are grouped by first letter ('C(?:orp|o)|I(?:nc)' for 'Corp|Co|Inc'): the engine
# tests a branch's first letter before entering it, so a position costs a test per letter, not per word.
# (At most one of the words fits at a place, each being followed by what no longer word allows
# there, so the order between the groups changes no match; within a group the order is kept.)
# A word followed by a space is matched possessively ('*+', '++'): giving letters back can only leave
# a letter where the space has to be, so the engine may as well not try.
NAME_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Prof", "Rev", "Sgt", "Capt", "Maj",
               "Adm", "Judge", "Justice", "Senator", "Governor", "Mayor", "President", "Secretary", "Minister",
               "Chancellor", "Ambassador", "Representative", "Chairman", "Chairwoman", "Chair", "Director",
               "Commissioner", "Speaker", "Sheriff", "Supervisor", "Treasurer", "Alderman", "Councilman", "Councilwoman",
               "Councilmember", "Superintendent", "Coach", "Chief")
NAME_AFTER_TITLE = re.compile(
    "(?:" + by_first_letter(NAME_TITLES, r"(?<!\w.)") + r")\.? ((?:[A-Z][\w'’-]++ ){0,2}[A-Z][\w'’-]+)")
HONORIFIC_NAME = re.compile(r"(M(?<!\w.)(?:r|rs|s|iss))\.? ([A-Z][\w'’-]+)")  # ('Mr', 'Mrs', 'Ms', 'Miss')
SURNAME = re.compile(r"[A-Z](?<![\w.].)[a-z][\w'’-]+")  # a capitalised word a surname may be
TWO_NAMES = re.compile(r"([A-Z](?<![\w.].)[a-z][\w'’-]*+) (?:[A-Z]\. )?([A-Z][a-z][\w'’-]+)(?![\w-])")
ORG_NAME = re.compile(r"[A-Z](?<!\w.)[\w&'’-]*+(?: [A-Z][\w&'’-]*+){0,2} (?:" + by_first_letter(
    sorted((w.capitalize() for w in ORG_NAME_WORDS if w.isalpha()), key=len, reverse=True)) + r")\b\.?")
# 'Ms. Oduya' opening a sentence (or a line): a person the story is about, named with her gender
# ('Ms. O'Hara', not 'Mr. Roe's plan', whose subject is the plan).
# The pattern starts with the honorific itself ('Mr', 'Ms', 'Mrs'), so the regex engine skips to each 'M'
# instead of trying every position of the window; whether it opens a sentence is read from the text before it.
HONORIFIC_SUBJECT = re.compile(r"(M(?<!\w.)(?:r|s|rs))\. ([A-Z][\w-]*(?:['’][A-Z][\w-]+)?)(?![\w'’])")
OPENS_AFTER = re.compile(r"(?:^|[.!?][\"”’']?)\s*$")
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
NOT_FIRST_NAMES = {"the", "a", "an", "in", "on", "at", "for", "by", "but", "and", "when", "while", "after", "before",
                   "new", "north", "south", "east", "west", "united", "san", "los", "las", "saint", "st.", "fort",
                   "lake", "mount", "this", "that", "these", "those", "his", "her", "their", "our", "its", "last",
                   "next", "since", "during", "according", "however", "meanwhile", "still", "yet", "if", "as",
                   "republican", "democratic", "democrat", "republicans", "democrats", "federal", "national", "state",
                   "american", "british", "chinese", "russian", "european", "supreme", "white", "wall", "prime",
                   "vice", "chief", "senate", "house", "congress", "city", "county", "department", "ministry"}


ROLE_NOUNS = {"chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director", "adviser",
              "advisor", "aide", "manager", "chief", "head", "leader", "founder", "lawyer", "attorney", "strategist",
              "pollster", "economist", "analyst", "official", "executive", "president", "secretary", "governor",
              # elected and appointed local offices ('County Supervisor Ben Roe' is one person, though 'county' is public)
              "supervisor", "treasurer", "comptroller", "controller", "auditor", "assessor", "clerk", "superintendent",
              "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "trustee", "coroner",
              "prosecutor", "assemblyman", "assemblywoman", "secretary-general", "diplomat", "envoy"}


@dataclass(slots=True)
class Mention:
    surface: str
    canonical: str
    type: str
    individual: bool
    gender: str | None  # 'm' or 'f'; '' once the story was read for one and gives none
    plural: bool
    place: bool
    # Derived once from surface and canonical (never changed after): every later reference scans
    # the history with them.
    canonical_words: list[str] = field(init=False)
    names: str = field(init=False)  # surface and canonical, lower case
    # Named only inside another source's span ('... of the state forestry department'): a later 'the
    # department' may mean it, a pronoun does not (it is the person who spoke).
    inside: bool = False

    def __post_init__(self) -> None:
        self.canonical_words = self.canonical.split()
        self.names = self.surface.lower() + " " + self.canonical.lower()


APPOSITIVE_BREAK = re.compile(r"\s*(?:[,(]|—|–|--|―)\s*")


@lru_cache(maxsize=8192)  # a pure function of the span, asked for it up to three times per source (as classify)
def core_name(text: str) -> str:
    """The name a span is known by: the head before an appositive ('Jane Roe, a scholar' -> 'Jane
    Roe'), or the name after a role ('her spokesman, Tom Reyes' -> 'Tom Reyes')."""
    if "," not in text and "(" not in text and "—" not in text and "–" not in text and "--" not in text \
            and "―" not in text:
        if " of " in text:
            text = name_before_of(text.strip()) or text  # 'Jonah Pell of the forecaster SkyTrack' -> 'Jonah Pell'
        return _after_role(text.strip())  # no break (most spans): the same as the split below, without the regex
    parts = APPOSITIVE_BREAK.split(text, maxsplit=2)
    head = parts[0].strip()
    if len(parts) > 1:
        hws, nws = words(head), words(parts[1])
        role = hws and (not any(w[:1].isupper() for w in hws[1:]) or hws[-1].lower() in TITLES
                        or hws[-1].lower() in ROLE_NOUNS or _role_for_org(hws))
        if role and 2 <= len(nws) <= 4 and all(w[:1].isupper() for w in nws) \
                and not any(w.lower().strip(".,") in ORG_NAME_WORDS for w in nws):
            # ('Lawyers for the equipment maker, Trask Industries': the name after the comma is the maker's,
            # not a person's, as _after_role reads 'the group's director Acme Group'.)
            return parts[1].strip()
        if role and hws[-1].lower() in ORG_NOUNS and len(nws) >= 2 and nws[0].lower() == "the" \
                and len(nws) <= 5 and all(w[:1].isupper() for w in nws[1:]) and parts[1].strip()[-1:].isalnum():
            # 'An industry trade group, the Live Events Council' -> 'Live Events Council': the group's name
            return " ".join(nws[1:])
        if len(parts) == 2 and hws and all(w[:1].isupper() for w in hws) and "and" in nws \
                and all(w[:1].isupper() or w == "and" for w in nws) and nws[-1] != "and":
            return text.strip()  # 'Britain, France and Germany': a list of names, all of them the source
    return _after_role(head)


# Prepositions tying a role to the organisation it serves ('a lawyer for Ordway', 'the head of Brindle').
_ROLE_ORG_PREPOSITIONS = frozenset({"for", "at", "with", "from", "of"})


def _role_for_org(hws: list[str]) -> bool:
    """'A lawyer for Ordway', 'an analyst at Brindle Capital': a lower-case role, then a preposition and
    the organisation's name (capitalised), so the name after the comma is the person's ('A lawyer for
    Ordway, Stephen Halvey'). 'The Bank of Ardmore' has a capital before its preposition and is no role."""
    if len(hws) < 4 or hws[0].lower() not in {"a", "an", "the"}:
        return False
    p = next((x for x in range(2, len(hws) - 1) if hws[x] in _ROLE_ORG_PREPOSITIONS), 0)
    if p == 0 or any(w[:1].isupper() for w in hws[1:p]):
        return False
    head = hws[p - 1].lower()
    return head in TITLES or head in ROLE_NOUNS or head in PERSON_NOUNS


def _after_role(text: str) -> str:
    """'commission chair Ana Ruiz' -> 'Ana Ruiz', 'Union leader Marco Diaz' -> 'Marco Diaz': a lower-case
    role right before a personal name is a description, the name is what the source is known by
    ('Mayor Jane Roe', with its capitalised title, stays as it is)."""
    last = text.rfind(" ")
    if last < 0 or not text[last + 1:last + 2].isupper():
        return text  # one word, or no name at the end: nothing to strip (most spans; this runs for each)
    first = text.find(" ")
    if text[first - 2:first] in {"'s", "’s"} and text[first + 1:first + 2].isupper() and gazetteer.is_place(text[:first - 2]):
        return _after_role(text[first + 1:])  # "Germany's Thyssen" -> 'Thyssen': the country only places it
    if first == last:
        return text
    ws = text.split(" ")
    k = len(ws)
    while k > 0 and ws[k - 1][:1].isupper():
        k -= 1
    if len(ws) - k >= 3:
        # 'Pollster Dan Feld' opening a sentence, 'Transit authority CEO Paul Nguyen', 'Acme Motors CEO Jane
        # Roe': a job capitalised by its place or its style, not a title, right before the name (the last
        # role word with a name of two words or more after it). 'Senior Judge Ana Lima' keeps her title,
        # and so does 'Chief Executive Ana Lima': a capitalised role after another is one title of two words.
        for j in range(len(ws) - 3, k - 1, -1):
            role = ws[j].lower()
            if role in NAMED_ROLES or role in FORMAL_TITLES:
                if role not in FORMAL_TITLES and len(ws) - j <= 5 and not (
                        j > k and (ws[j - 1].lower() in NAMED_ROLES or ws[j - 1].lower() in FORMAL_TITLES)):
                    k = j + 1
                break
    if k >= 2 and ws[k - 1].lower() in ORG_NOUNS and ws[0].lower() in {"the", "a", "an"} and len(ws) - k <= 4 \
            and not any(w.lower() in TITLES for w in ws[k:]):
        return " ".join(ws[k:])  # 'the motor club AAA', 'the ticket seller group Fanline': the organisation's name
    if k == 0 or not 2 <= len(ws) - k <= 4 or (ws[k - 1].lower().rstrip(".") not in NAMED_ROLES and not (
            k >= 2 and ws[k - 1] not in NOT_ROLES and agent_noun(ws[k - 1]))):
        return text  # ('Walnut grower Eli Roe': a lower-case role by its ending, after a word naming the trade)
    name = ws[k:]
    if any(w.lower().strip(".,") in ORG_NAME_WORDS for w in name) or any(w.lower() in TITLES for w in name[1:]):
        return text  # 'the group's director Acme Group': not a personal name
    return " ".join(name)  # ('committee chair Sen. Laura Pinsky' keeps the title that opens the name)


# Words that make a source one person ('a Kestrel spokesperson', 'Commerce Secretary Laura Pinsky').
INDIVIDUAL_WORDS = frozenset(SPOKES_WORDS | TITLES | PERSON_NOUNS | ROLE_NOUNS)

# Lower-case words with a role's ending that name no role ('former Gov. Ana Ruiz').
NOT_ROLES = {"former", "another", "other", "longtime", "together", "either", "whether", "over", "under", "after",
             "super", "later", "newer", "older", "eager", "major", "minor", "senior", "junior", "prior", "superior",
             "interior", "exterior", "inner", "outer", "upper", "lower", "proper", "clever", "sober", "bitter"}

# Titles a name carries as part of it ('Gov. Ana Ruiz', 'Mayor Tom Baker', 'Judge Ana Lima'); other
# capitalised roles before a name ('Pollster Dan Feld') are descriptions.
FORMAL_TITLES = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "prof.", "rev.", "sgt.",
                 "capt.", "maj.", "adm.", "cmdr.", "del.", "president", "senator", "governor", "secretary", "minister",
                 "mayor", "judge", "justice", "ambassador", "chancellor", "speaker", "representative", "sheriff",
                 "commissioner", "chairman", "chairwoman", "chair", "professor", "councilman", "councilwoman",
                 "congressman", "congresswoman", "lieutenant", "general", "sergeant", "captain", "officer",
                 "detective", "father", "sister", "brother", "pastor", "rabbi", "bishop", "cardinal", "pope", "king",
                 "queen", "prince", "princess", "lord", "lady", "sir", "dame", "chief",
                 # elected and appointed local offices ('Alderman Tom Baker', 'Treasurer Ana Ruiz')
                 "alderman", "alderwoman", "councilmember", "supervisor", "treasurer", "comptroller", "controller",
                 "auditor", "assessor", "clerk", "superintendent", "trustee", "coroner", "assemblyman", "assemblywoman"}
# Lower-case roles that may stand right before a name ('council member Rita Soto').
NAMED_ROLES = ROLE_NOUNS | TITLES | PERSON_ROLES | {"member", "spokesperson", "owner", "partner", "officer",
                                                    "counsel", "superintendent", "principal",
                                                    # people in the story by what they were doing ('Passenger
                                                    # Ana Lima said'): a description, never part of the name
                                                    "passenger", "shopper", "survivor", "customer", "patient",
                                                    "tourist", "commuter", "spectator", "bystander", "tenant",
                                                    "homeowner", "farmer", "grower", "rancher", "fisherman",
                                                    # and in school and transit stories ('Eastbrook senior Noah
                                                    # Kim', 'bus rider Ana Lima', 'parent Dev Patel')
                                                    "freshman", "sophomore", "junior", "senior", "rider", "parent",
                                                    "retiree", "volunteer"}


# Words that pick members out of a group: 'one of the people', 'two of those officials'.
PARTITIVE_LEADS = {"one", "another", "two", "three", "both", "each", "some", "several", "either"}
# First words of the references that lean on an earlier source (see Resolver._resolve).
LEAD_WORDS = frozenset({"the", "its", "their", "another"} | PARTITIVE_LEADS)


class Resolver:
    """Keeps the sources mentioned so far in a document and resolves later references."""

    def __init__(self, text: str = "") -> None:
        self.history: list[Mention] = []
        self.text = text
        self._people: set[str] | None = None
        self._honorifics: dict[str, str] | None = None  # surname -> 'm'/'f' ('?' both) from 'Mr.'/'Ms. Surname'
        self._full_names: dict[str, set[str]] = {}  # surname -> 'First Last' forms, read with people
        self._titled: dict[str, str] = {}  # surname -> 'First Last' after a title ('Mayor Leon Archer'), read with people
        self._orgs: dict[str, str] | None = None
        self._companies: list[tuple[int, str]] | None = None  # (end offset, name), read once
        self._last_end = -1  # where the last source resolved at a known offset ends
        self._since = -1  # where the source before the one being resolved ended
        # For _short_name: positions in the history, oldest first, of the individuals by the last word of
        # their canonical name and of the organisations by its first word (never a place); filled up to
        # _indexed, so a reference looks at its few candidates instead of scanning every source so far.
        self._by_last_word: dict[str, list[int]] = {}
        self._by_first_word: dict[str, list[int]] = {}
        self._indexed = 0

    @property
    def orgs(self) -> dict[str, str]:
        """First word -> full name of the companies the article names ('Kestrel' -> 'Kestrel Motors')."""
        if self._orgs is None:
            orgs: dict[str, str] = {}
            for m in ORG_NAME.finditer(self.text):
                name = m.group(0)
                orgs.setdefault(name.split()[0], name)
            self._orgs = orgs
        return self._orgs

    @property
    def people(self) -> set[str]:
        """Words the article uses in a person's name: after a title ('Ms. Ruiz') or as the second
        of two capitalised words that are not a place or a company ('Ana Ruiz'). Read from the
        whole article the first time a bare name needs typing."""
        if self._people is None:
            people: set[str] = set()
            titled: dict[str, str] = {}
            for m in NAME_AFTER_TITLE.finditer(self.text):
                named = [_unpossessed(w) for w in m.group(1).split()]
                people.update(named)
                if len(named) == 2 and named[0][1:].islower() and named[1][1:2].islower() \
                        and named[0].lower() not in NOT_FIRST_NAMES:
                    titled.setdefault(named[1], " ".join(named))
            places = gazetteer.places()  # (is_place() without its strip: the words have no spaces around them)
            for m in TWO_NAMES.finditer(self.text):
                first, last = m.group(1, 2)
                if first.lower() in NOT_FIRST_NAMES:
                    # 'Republican Mark Delaney', 'Democrat Rosa Ibarra': a party or a place word before the
                    # name took the first name in; the pair is the next two words.
                    pair = TWO_NAMES.match(self.text, m.start(2))
                    if pair is None:
                        continue
                    first, last = pair.group(1, 2)
                    if first.lower() in NOT_FIRST_NAMES:
                        continue
                if last.lower() in ORG_NAME_WORDS:
                    continue
                if _unpossessed(first) in places or f"{first} {last}" in places:
                    continue  # ("Germany's Thyssen": a place's possessive is no first name)
                bare = _unpossessed(last)
                people.add(bare)  # "Governor Tom Baker's office": Baker is a person
                self._full_names.setdefault(bare, set()).add(f"{first} {bare}")
            self._titled = titled
            self._people = people
        return self._people

    def full_name(self, surname: str) -> str | None:
        """The one 'First Last' the article writes for a surname ('Mensah' -> 'Paul Mensah', named first
        outside any attribution: 'The researchers, led by Dr. Paul Mensah, ...'); None when it writes
        none or several ('Hillary Clinton', 'Bill Clinton')."""
        if surname not in self.people:  # (reads the article once, filling _full_names too)
            return None
        full = self._full_names.get(surname)
        return next(iter(full)) if full is not None and len(full) == 1 else None

    def _company_before(self, start: int) -> str | None:
        """The last company the text names before ``start`` ('Veltara Pharmaceuticals has paused a
        trial ..., the company said': the story's subject, never quoted itself)."""
        if self._companies is None:
            # ('The Skylark Airways flight': a sentence's capitalised 'The' is not part of the name)
            # (nor a business word inside a longer body's name: 'the Citizens Utility Board' is no utility)
            self._companies = [(m.end(), m.group(0).rstrip(".").removeprefix("The ")) for m in ORG_NAME.finditer(self.text)
                               if m.group(0).rstrip(".").split()[-1].lower() not in NOT_BUSINESS_NAMES
                               and not _BODY_HEAD_NEXT.match(self.text, m.end())]
        k = bisect_left(self._companies, (start + 1,)) - 1
        return self._companies[k][1] if k >= 0 else None

    def resolve(self, text: str, kind: str, start: int = -1, reply: bool = False) -> tuple[str, str]:
        """(canonical, type) for a source span; records it for later references. ``start`` (the
        span's offset in the text, when known) lets 'the company' point to a company named before
        it that no attribution has mentioned yet, and 'she' to 'Ms. Roe' who opened a sentence since
        the last source spoke. ``reply``: the cue answers someone ('countered', 'replied'), so 'she'
        is not the speaker just quoted but the person that speaker's sentence named."""
        low = text.strip().lower()
        if start < 0:
            return self._resolve(text, kind, start, low)
        hit = self._honorific_subject(low, start) if low in {"he", "she"} else None
        if hit is None and reply and low in {"he", "she"}:
            hit = self._answerer(low, start)
        self._since = self._last_end
        self._last_end = start + len(text)
        return hit if hit is not None else self._resolve(text, kind, start, low)

    def _answerer(self, low: str, start: int) -> tuple[str, str] | None:
        """'Delaney accused Ibarra of ... She countered that ...': one who replies is not the one who
        just spoke; a person the story names by full name between that speaker and the pronoun is."""
        last = self.history[-1] if self.history else None
        if last is None or not last.individual or self._last_end < 0:
            return None
        found = None
        # Up to the pronoun's own sentence (what it replies with is no one who asked), and never past a
        # new mention of the speaker ('The Romney attack hit Trump ..., and he responded' is Trump).
        end = max(self.text.rfind(". ", self._last_end, start), self.text.rfind("\n", self._last_end, start))
        if end < 0:
            return None
        if any(w in self.text[self._last_end:start] for w in last.canonical.split() if w[:1].isupper()):
            return None
        for m in SURNAME.finditer(self.text, self._last_end, end):
            full = self.full_name(m.group(0))
            if full is not None and full != last.canonical and m.group(0) not in last.canonical.split() \
                    and _first_name(full, self.text):
                found = full
        if found is None:
            return None
        self.history.append(Mention(low, found, "person", True, "m" if low == "he" else "f", False, False))
        return found, "person"

    def _institution_before(self, head: str, start: int) -> str | None:
        """The last body named with that head before ``start`` ('St. Alder Regional Hospital' for 'the
        hospital'), without a sentence's capitalised 'The'; None for a bare 'The Hospital'."""
        if self.text.find(" " + head.capitalize(), max(0, start - 5000), start) < 0:
            return None  # (every such name ends in ' Hospital': with none in _last_match's window, no scan)
        named = _last_match(_institution_name(head), self.text, start)
        if named is None:
            return None
        named = named.removeprefix("The ")
        return named if " " in named and named.split()[0].lower() not in {"the", "a", "an"} else None

    def _body_named(self, head: str, start: int, anywhere: bool) -> str | None:
        """'the agency' after 'The Food and Drug Administration on Friday approved ...': the last public
        body the text names by a name of that kind before ``start``. Unless ``anywhere`` (no earlier source
        fits), only one named in the span's own sentence after the last source ('The Bureau of Animal
        Industry is testing the herds, according to the agency'); a body named inside the last source's
        words ('The Maritime Agency said the Coast Service was told. ... the agency said') is not meant."""
        if anywhere:
            lo = max(0, start - 5000)
        elif self._since < 0:
            return None
        else:
            lo = max(self._since, self.text.rfind(". ", 0, start) + 1, self.text.rfind("\n", 0, start) + 1)
        # (A body's name holds its head word as written, capitalised: where none of the heads this one may
        # stand for is in the window, the pattern, which the regex engine tries at every position, is spared.)
        if not any(self.text.find(name_head, lo, start) >= 0 for name_head in _BODY_NAME_WORDS[head]):
            return None
        found = None
        for m in BODY_NAME.finditer(self.text, lo, start):
            if m.group(1).lower() in BODY_NAME_HEADS[head]:
                found = m.group(0).removeprefix("The ")
        return found

    def _honorific_subject(self, low: str, start: int) -> tuple[str, str] | None:
        """'Ms. Oduya was born in Lagos ... In an interview in 2009, she said': a person who opens a
        sentence with a gendered honorific after the last source spoke, in an earlier sentence than the
        pronoun, is who the pronoun means (the story has moved on to her), never the source before."""
        if self._last_end < 0:
            return None  # no source yet: the usual reading
        found = None
        for m in HONORIFIC_SUBJECT.finditer(self.text, self._last_end, start):
            if OPENS_AFTER.search(self.text, max(0, m.start() - 3), m.start()) or (
                    m.start() > 0 and self.text[m.start() - 1] == "\n"):
                found = m
        if found is None or (found.group(1) == "Mr") != (low == "he") \
                or not SENTENCE_END.search(self.text, found.end(), start):
            return None
        surname = found.group(2)
        canonical = self.full_name(surname) or f"{found.group(1)}. {surname}"
        self.history.append(Mention(low, canonical, "person", True, "m" if low == "he" else "f", False, False))
        return canonical, "person"

    def _resolve(self, text: str, kind: str, start: int, low: str) -> tuple[str, str]:
        """``low``: the span stripped and in lower case (resolve() has read it)."""
        ws = words(text)
        if low in PRONOUNS:
            hit = self._pronoun(low)
            if hit is not None:
                if low in {"he", "him"}:
                    hit.gender = hit.gender or "m"
                elif low in {"she", "her"}:
                    hit.gender = hit.gender or "f"
                return hit.canonical, hit.type
            return text, "person" if low in {"he", "she", "i", "you", "him", "her"} else "unspecified"
        if not ws:
            return self._record(text, text.strip(), kind)
        if ws[0].lower() in LEAD_WORDS:
            # 'the company', 'its spokeswoman', 'one of the people', 'another diplomat': references that
            # lean on an earlier source (most spans open with a name or a plain noun and skip all of this).
            lows = [w.lower() for w in ws]
            if lows[0] == "the" and len(ws) <= 4:
                hit = self._definite(lows)
                # 'the Transportation Department' names a body of its own; only 'the department' or a
                # name the earlier mention carries ('the Commission' after 'the Harbor Commission') points back.
                if start >= 0 and len(ws) == 2 and lows[1] in BODY_NAME_HEADS:
                    # 'The ministry said' after 'The Health Ministry said ...' and 'Officials said ...': the
                    # latest public body is no ministry, so the ministry the story names is meant.
                    named = self._body_named(lows[1], start, hit is None or lows[1] not in hit.names)
                    if named is not None:
                        # the body as the story first quoted it ('The Health Ministry said ...'), one canonical name
                        prior = next((m for m in reversed(self.history) if m.type == "government"
                                      and m.canonical.removeprefix("The ").removeprefix("the ") == named), None)
                        return self._again(text, prior) if prior is not None else self._record(text, named, "government")
                if start >= 0 and len(ws) == 2 and lows[1] in NAME_FINAL_BUSINESS \
                        and (hit is None or lows[1] not in hit.names.split()):
                    # 'the bank declined' after 'Harrowgate Savings Bank', with a regulator quoted in between:
                    # a business kind that ends names is the body named so, not the last organisation quoted.
                    named = self._institution_before(lows[1], start)
                    if named is not None:
                        return self._record(text, named, "official")
                if hit is not None and all(w.lower() in hit.names.split() for w in ws[1:] if w[:1].isupper()):
                    return self._again(text, hit)
                if hit is None and start >= 0 and len(ws) == 2 and lows[1] in BUSINESS_HEADS:
                    named = self._company_before(start)
                    if named is not None:
                        return self._record(text, named, "official")
                if hit is None and start >= 0 and len(ws) == 2 and lows[1] in NAMED_INSTITUTIONS:
                    named = self._institution_before(lows[1], start)
                    if named is not None:
                        return self._record(text, named, "official")
                if hit is None and start >= 0 and len(ws) == 2 and lows[1] in TITLED_OFFICE:
                    # 'the governor said' with Gov. Samuel Ortiz named earlier, though never quoted.
                    named = _last_match(TITLED_OFFICE[lows[1]], self.text, start)
                    if named is not None:
                        return self._record(text, named, "government")
            # 'Its spokeswoman', 'their lawyer': the organisation 'it' stands for speaks through its own people.
            if len(ws) == 2 and lows[0] in {"its", "their"} and (lows[1] in SPOKES_WORDS or lows[1] in ROLE_NOUNS):
                owner = self._pronoun("it" if lows[0] == "its" else "they")
                if owner is not None and not owner.individual and owner.type in {"official", "government"}:
                    return self._record(text, owner.canonical, owner.type)
            # 'one of the people', 'another of those officials': a member of a group named before
            # speaks for it ('according to two people familiar with the talks ... one of the people said').
            if len(ws) <= 6 and len(ws) >= 4 and lows[0] in PARTITIVE_LEADS and lows[1] == "of" \
                    and lows[2] in {"the", "those", "these"}:
                hit = self._definite(["the"] + lows[3:])
                if hit is not None:
                    return hit.canonical, hit.type
            # 'Another diplomat said' after 'A senior diplomat, granted anonymity to discuss the draft, said':
            # a second unnamed member of the same kind is as anonymous as the first.
            if len(ws) >= 2 and lows[0] == "another" and kind != "anonymous":
                prior = next((m for m in reversed(self.history) if lows[-1] in words(m.names)), None)
                if prior is not None and prior.type == "anonymous":
                    return self._record(text, text.strip(), "anonymous")
            # 'one of them', 'two of them': a member of the group the story last named speaks for it
            # ('Two council members, speaking on condition of anonymity, said ... One of them said').
            if len(ws) == 3 and lows[0] in PARTITIVE_LEADS and lows[1] == "of" and lows[2] == "them":
                group = next((m for m in reversed(self.history) if m.plural), None)
                if group is not None:
                    return group.canonical, group.type
        name = core_name(text)
        nws = words(name)
        hit = self._short_name(nws)
        if hit is not None:
            return self._again(text, hit)
        listed = gazetteer.lookup(text) or gazetteer.lookup(" ".join(ws))
        if listed:
            return self._record(text, listed[0], listed[1])
        if kind == "news_outlet":
            outlet = possessive_outlet(ws)
            if outlet is not None:
                return self._record(text, outlet, "news_outlet")  # "ESPN's Marisa Chen" -> ESPN
            inner = gazetteer.find_inside(ws) or outlet_inside(ws)
            if inner and len(ws) <= 4 and inner[0] in {" ".join(ws), " ".join(ws[1:])}:
                inner = None  # 'the Gazette' itself: look for the full name mentioned earlier
            if inner:
                return self._record(text, inner[0], "news_outlet")
        if kind in {"person", "official"} and len(nws) == 1 and nws[0] in self.orgs and nws[0] not in self.people:
            return self._record(text, self.orgs[nws[0]], "official")  # 'Kestrel' of 'Kestrel Motors'
        if kind in {"person", "official"} and len(nws) == 1 and nws[0][:1].isupper():
            full = self.full_name(nws[0])
            if full is None and len(ws) == 1 and nws[0] not in self._full_names:
                # 'Archer said' after 'Mayor Leon Archer's budget' (TWO_NAMES pairs 'Mayor Leon' there): the
                # title's own match gives the full name, when the story writes no other and no honorific
                # ('Mrs. Clinton' is not the 'President Bill Clinton' named before) stands in front.
                full = self._titled.get(nws[0])
            if full is not None:
                return self._record(text, full, "person")
        if kind == "person" and len(nws) == 1 and nws[0][:1].isupper() and nws[0] not in self.people:
            kind = "official"  # 'Acme said': a bare name nobody introduced as a person
        # An anonymous source is known by its head too: 'a former engineer, who spoke on condition of anonymity'.
        canonical = name if kind in {"person", "government", "official", "news_outlet", "anonymous"} else text.strip()
        return self._record(text, canonical, kind)

    def _body_after_of(self, surface: str) -> None:
        """'Battalion Chief Rosa Delgado of the state forestry department': the body after the person's
        name is named too, so a later 'the department said' is that department, not one named before it.
        Recorded before the person, who stays the latest mention ('she said' is still her)."""
        named = name_before_of(surface.strip())
        if named is None:
            return
        body = surface.strip()[len(named) + 4:].strip()
        bws = words(body)
        if not bws or len(bws) > 6 or bws[-1].lower() not in GOVERNMENT_HEADS | COMPANY_HEADS:
            return  # ('Jane Roe of Elmwood', 'Tom Reyes of the Courier': a place, or an outlet typed elsewhere)
        typed = classify(body)
        if typed in {"government", "official"}:
            self.history.append(Mention(body, body, typed, False, None, False, False, inside=True))

    def _again(self, surface: str, hit: Mention) -> tuple[str, str]:
        """A later reference to an earlier source ('the company', 'Roe') is its latest mention: a pronoun
        after it means the same source, not one named in between."""
        self.history.append(Mention(surface, hit.canonical, hit.type, hit.individual, hit.gender, hit.plural,
                                    hit.place))
        return hit.canonical, hit.type

    def _record(self, surface: str, canonical: str, kind: str) -> tuple[str, str]:
        if " of " in surface and kind in {"person", "government", "official"}:
            self._body_after_of(surface)
        ws = words(surface)
        lows = [w.lower() for w in ws]
        if kind == "government" and len(lows) == 2 and lows[1] == "office" and lows[0].endswith(("'s", "’s")) \
                and surface[:1].isupper():
            # "Powell's office said ... but he did remember": the officeholder is who a later 'he' means
            name = ws[0][:-2]
            self.history.append(Mention(name, self.full_name(name) or name, "person", True, None, False, False))
        # Once: _individual needs it too. Most spans are their own core name, whose words are then read already.
        name = core_name(surface)
        if name == surface.strip():
            plural = _plural(ws, lows)
        else:
            nws = words(name)
            plural = _plural(nws, [w.lower() for w in nws])
        self.history.append(Mention(surface, canonical, kind, _individual(surface, lows, kind, plural), _gender(lows),
                                    plural, gazetteer.is_place(canonical) or gazetteer.is_place(surface)))
        if kind == "government" and canonical[:14].lower() == "the office of " and lows[:3] == ["the", "office", "of"]:
            # 'according to the office of Attorney General Marcus Bell ... Bell said': the officeholder named
            # in the office's name is who a later 'Bell' means, as "Powell's office" gives a later 'he'.
            holder = canonical[14:].strip()
            hws = words(holder)
            if 2 <= len(hws) <= 6 and all(w[:1].isupper() for w in hws):
                self.history.append(Mention(holder, holder, classify(holder), True, None, False, False))
        return canonical, kind

    def _named_gender(self, canonical: str) -> str | None:
        """The gender 'Mr.' or 'Ms. Surname' gives 'First Surname', when the story names one person so."""
        surname = canonical.rsplit(" ", 1)[1]
        gender = self._honorific_gender(surname)
        if gender is not None and self.full_name(surname) != canonical:
            return None  # two people of that name: 'Mrs. Schlafly' is not John Schlafly
        return gender

    def _honorific_gender(self, surname: str) -> str | None:
        """'m' or 'f' when the article calls the person 'Mr. Surname' or 'Ms.'/'Mrs. Surname' somewhere (and
        never both: a couple sharing the name is left open)."""
        if self._honorifics is None:
            self._honorifics = {}
            text = self.text
            # (substring tests spare the scan in the many stories that use no honorifics)
            for m in HONORIFIC_NAME.finditer(text) if "Mr" in text or "Ms" in text or "Miss" in text else ():
                g = "m" if m.group(1) == "Mr" else "f"
                self._honorifics[m.group(2)] = g if self._honorifics.get(m.group(2), g) == g else "?"
        said = self._honorifics.get(surname)
        return said if said in {"m", "f"} else None

    def _pronoun(self, low: str) -> Mention | None:
        for m in reversed(self.history):
            if m.inside:
                continue
            if low in {"he", "him", "she", "her", "i", "you"}:
                if not m.individual or m.plural:
                    continue
                if m.gender is None and m.type == "person" and " " in m.canonical and low not in {"i", "you"}:
                    # (read only when a pronoun weighs the person; '' marks 'read, none given')
                    m.gender = self._named_gender(m.canonical) or ""
                if (low in {"he", "him"} and m.gender == "f") or (low in {"she", "her"} and m.gender == "m"):
                    continue
                return m
            if low == "it":
                if m.individual or m.plural or m.type in {"person", "anonymous", "unspecified"}:
                    continue
                return m
            if low in {"they", "them"}:
                if (m.individual or m.type in {"document", "news_outlet"}) and not m.plural:
                    # (a study is 'it': 'according to a study ... They found' is its authors; a newspaper
                    # one was told something is 'it' too)
                    continue
                return m
            return m  # 'we': the speaker just quoted, whoever it is
        return None

    def _definite(self, lows: list[str]) -> Mention | None:
        """'the company', 'the automaker', 'the agency', 'the spokesperson', 'the Tribune'."""
        head = lows[-1]
        if len(lows) >= 2 and lows[-2] in NEWS_MODIFIERS:
            head = "outlet"  # 'the official news agency', 'the state news service': a news outlet, not the state
        # The head's kind is read once; the scan back then asks each earlier mention only what that kind
        # needs (the latest that fits is meant).
        history = self.history
        if head in SPOKES_WORDS:
            for m in reversed(history):
                if any(w in m.names for w in SPOKES_WORDS):
                    return m
            # 'The spokesperson added': with no spokesperson named, the organisation speaking.
            for m in reversed(history):
                if m.type == "official" and not m.place:
                    return m
            return None
        if head in COMPANY_HEADS:
            # 'the company' is the last organisation; 'the water utility' only one called so.
            any_body = len(lows) == 2 and head not in INSTITUTION_HEADS
            # ... but a business kind never means a body named as an institution: 'the carrier warned' after
            # "Skyline's pilots union criticized ..." is the airline, not the union.
            business = head in BUSINESS_HEADS
            for m in reversed(history):
                if business and m.canonical_words and m.canonical_words[-1].lower() in INSTITUTION_HEADS:
                    continue
                # (A head the name must carry finds a public body too: 'the district' after 'the Harlan
                # County School District', with a utility quoted in between.)
                if (m.type == "official" or (m.type == "government" and not any_body)) \
                        and not m.individual and not m.place and not m.plural and (
                        any_body or all(w in m.names or (w in SAME_KIND and SAME_KIND[w] in m.names) for w in lows[1:])):
                    return m
            return None
        if head in GOVERNMENT_HEADS:
            # 'the agency' is the last public body; 'the state environment agency' only one named with
            # those words (never the port authority named before it).
            if head == "government" and len(lows) == 2:
                # 'the government said' after 'Beijing said' or 'The Larnian government said': the state as a
                # whole, a country or capital standing for it or a government named so, never one of its
                # ministries quoted since ('The Health Ministry said ...').
                for m in reversed(history):
                    if m.type == "government" and not m.plural and (m.place or head in m.names.split()):
                        return m
                return None
            named_kind = head in NAMED_KIND_HEADS
            for m in reversed(history):
                names = m.names
                if m.type == "government" and not m.individual and not (m.plural and head not in names) and (
                        head in names or (not m.place and not named_kind)) and (
                        len(lows) == 2 or all(w in names.split() for w in lows[1:-1])):
                    return m
                if len(lows) == 2 and m.type == "official" and not m.individual and not m.plural \
                        and head in m.canonical.lower().split():
                    return m  # 'the council' after 'the Electric Reliability Council of Texas', a body not public
                if len(lows) == 2 and m.type == "news_outlet" and head in m.names.split():
                    return m  # 'the agency said' after 'Kaldria's state news agency reported': the outlet again
            return None
        if head in OUTLET_HEADS or head in OUTLET_DEFINITE:
            for m in reversed(history):
                if m.type == "news_outlet" and (head in m.names.split() or head in OUTLET_DEFINITE):
                    return m
            return None
        if head in DOCUMENT_DEFINITE:
            for m in reversed(history):
                if head in m.names.split() and m.type != "person":
                    return m  # 'the report' after 'a city report released Friday', whatever its type
                if head in OUTLET_WORK and m.type == "news_outlet" and len(lows) == 2:
                    return m  # 'the Courier reported ... according to the report': the outlet's own reporting
            return None
        if head in ANONYMOUS_DEFINITE:
            # 'the person said' after 'one of the people ...': one of the group named before
            group = ANONYMOUS_PLURALS.get(head, "-")
            for m in reversed(history):
                if m.type in {"anonymous", "government"} and (head in m.names or (
                        m.type == "anonymous" and group in m.names)):
                    return m
            return None
        if head in INDIVIDUAL_DEFINITE:
            for m in reversed(history):
                if m.individual and head in m.names:
                    return m
            return None
        if history and len(lows) == 2 and head.isalpha():
            m = history[-1]  # (only the latest source)
            if m.canonical_words[0].lower() in {"a", "an"} and _description_head(m.canonical_words) == head:
                # 'the envoy', 'the officer': the unnamed one the story introduced as 'A United Nations
                # envoy, who spoke on condition of anonymity' or 'A police officer who responded' (same head
                # noun; the description's relative clause is not part of its canonical name).
                return m
        return None

    def _short_name(self, nws: list[str]) -> Mention | None:
        """A surname, 'Mr. Surname' or a company's short name pointing back to an earlier full name."""
        if not nws or not nws[-1][:1].isupper():
            return None
        titled = nws[0].lower() in TITLES
        bare = nws[1:] if titled else nws
        if not bare or len(bare) > 2:
            return None
        # The latest mention whose canonical name is longer than the reference and is an individual's
        # ending in its surname, or (no title given) an organisation's starting with its words ('Acme'
        # after 'Acme Corp.').
        history = self.history
        for k in range(self._indexed, len(history)):  # (mentions are only ever appended)
            m = history[k]
            if m.canonical_words and not m.place:
                if m.individual:
                    self._by_last_word.setdefault(m.canonical_words[-1], []).append(k)
                elif m.type in {"official", "news_outlet", "government"}:
                    self._by_first_word.setdefault(m.canonical_words[0], []).append(k)
        self._indexed = len(history)
        n = len(bare)
        found = -1
        for k in reversed(self._by_last_word.get(bare[-1], ())):
            if len(history[k].canonical_words) > n:
                found = k
                break
        if not titled:
            for k in reversed(self._by_first_word.get(bare[0], ())):
                if k < found:
                    break
                cws = history[k].canonical_words
                if len(cws) > n and cws[:n] == bare:
                    found = k
                    break
        return history[found] if found >= 0 else None


_POSSESSIVE_TAILS = ("'s", "’s", "'", "’")


def _unpossessed(word: str) -> str:
    """'Baker's' -> 'Baker'; 'Ruiz'' -> 'Ruiz'."""
    if not word.endswith(_POSSESSIVE_TAILS):
        return word  # (most words: one test in C before the loop)
    for tail in ("'s", "’s", "'", "’"):
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    return word


# Words that end the names of public services, never a person's ('the National Weather Service', 'the
# Highway Patrol', 'Pine Ridge Schools'): so 'the weather service' and 'it' find the body again.
PUBLIC_SERVICE_WORDS = {"service", "survey", "patrol", "guard", "schools"}


def _individual(surface: str, lows: list[str], kind: str, plural: bool) -> bool:
    """One person: a person type, a title or role noun ('Commerce Secretary Laura Pinsky', 'a
    Kestrel spokesperson'), or a personal name that is not an agency or a company. ``plural``
    is ``_plural()`` of its core name's words."""
    if kind == "person":
        return True
    if kind in {"document", "social_media"}:
        return False
    if kind == "news_outlet" and possessive_outlet(words(surface)) is not None:
        return True  # "NBC's Dante Roe": the outlet's reporting, told by one reporter ('he said' is him)
    # (One set test in C rather than a generator over the words: this runs for every source recorded.)
    if not INDIVIDUAL_WORDS.isdisjoint(lows):
        return not plural  # ('Union leader Marco Diaz' is one person, though a union is named)
    if kind == "government":
        caps = [w for w in words(core_name(surface)) if w[:1].isupper()]
        # ('World Meteorological Office', 'Harbor Planning Board': a body's head word ends its name.)
        return len(caps) >= 2 and not any(w.lower() in GOVERNMENT_WORDS or w.lower() in ORG_NAME_WORDS
                                          or w.lower() in GOVERNMENT_HEADS or w.lower() in PUBLIC_SERVICE_WORDS
                                          for w in caps) \
            and not gazetteer.is_place(surface.strip())
    return False


def _gender(lows: list[str]) -> str | None:
    if not FEMALE_WORDS.isdisjoint(lows):
        return "f"
    if not MALE_WORDS.isdisjoint(lows):
        return "m"
    return None


def _first_name(full: str, text: str) -> bool:
    """Is the first word of 'First Last' a given name? The article never writes it in lower case ('Cold War',
    'College Bowl' and 'President Obama' have words it does: 'the cold', 'a college', 'the president')."""
    first = full.split(" ", 1)[0].lower()
    # Each occurrence found by str.find, its edges tested: a pattern opening with a lookbehind would be
    # tried at every position of the article, once per name asked about.
    k = text.find(first)
    while k >= 0:
        end = k + len(first)
        if (k == 0 or not _NAME_CHAR.match(text, k - 1)) and (end == len(text) or not _NAME_CHAR.match(text, end)):
            return False
        k = text.find(first, k + 1)
    return True


_NAME_CHAR = re.compile(r"[\w-]")


def _description_head(ws: list[str]) -> str:
    """The head noun of an unnamed description: 'A police officer who responded to the call' -> 'officer'."""
    for k, w in enumerate(ws):
        if k and w.lower() in {"who", "whose", "that", "which"}:
            return ws[k - 1].lower()
    return ws[-1].lower()


def _plural(ws: list[str], lows: list[str]) -> bool:
    """'officials', 'people familiar with', 'two executives', 'Roe and Doe': more than one. ``ws`` are
    the words of the span's core name (``core_name``), ``lows`` the same in lower case."""
    if "and" in lows or "&" in lows:
        return True
    k = 0  # the head is the word before the first of these
    for low in lows:
        if low in {"of", "for", "at", "from", "with", "who", "familiar", "close", "in", "on", "to"}:
            break
        k += 1
    if k == 0:
        return False
    head, low = ws[k - 1], lows[k - 1]
    if head[:1].isupper() and not (head == ws[0] and (low in PEOPLE or low in VAGUE_HEADS
                                                      or (low.endswith("s") and low[:-1] in PERSON_NOUNS and low != "officials"))):
        return False  # a name: 'Tom Reyes' is one person ('Analysts at Acme', 'Lawyers for the families' are
        # capitalised by the sentence; 'Officials at X' keep the old reading, which 'the agency' leans on)
    return (low.endswith("s") and not low.endswith("ss") and low not in {"news", "politics", "series", "this"}) \
        or low in {"people", "staff", "police", "media"}
