"""Source types: what kind of source a source phrase names.

``classify(text)`` returns one of the DESIGN.md types (news_outlet, anonymous, official,
government, person, document, social_media, unspecified), from anonymity markers, the
gazetteer, appositives and the phrase's head noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import gazetteer
from .lexicon import (
    AFTER_PARTICIPLE,
    ANONYMITY_MARKERS,
    APPROXIMATORS,
    BUSINESS_HEADS,
    DETERMINERS,
    DOCUMENT_HEADS,
    GOVERNMENT_WORDS,
    ING_NOUNS,
    ING_PARTICLES,
    IRREGULAR_PP,
    NUMBER_WORDS,
    OFFICIAL_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    OUTLET_HEADS,
    PERSON_NOUNS,
    SOCIAL_WORDS,
    SPOKES_WORDS,
    TITLES,
    VAGUE_DETERMINERS,
    VAGUE_HEADS,
    WEEKDAYS,
)


def by_first_letter(words: list[str] | tuple[str, ...], after_first: str = "") -> str:
    """A regex alternation of ``words`` grouped by first letter ('C(?:orp|o)|I(?:nc)' for 'Corp|Co|Inc'),
    with ``after_first`` right after each first letter (a lookbehind for the word boundary before it):
    the engine tests a branch's first letter before entering it, and a pattern that opens with such
    branches lets it skip ahead to the next of those letters (see ANON_ASCII)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(re.escape(first) + after_first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())


WORD = re.compile(r"[^\W_]+(?:[-.'’&][^\W_]+)*\.?|@\w+")

DASH_INSERTION = re.compile(r"\s*(?:—|–|--|―)\s*")
ANON = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in ANONYMITY_MARKERS) + r")\b", re.IGNORECASE)
# The same markers for ASCII text in lower case (most spans), each tried after its first letter only, which
# the regex engine skips ahead to (ANON, with '\b' in front and IGNORECASE, is tried at every position). For
# ASCII text IGNORECASE matches exactly what lower-casing it does, and '\b' is the same in both.
ANON_ASCII = re.compile("(?:" + by_first_letter(ANONYMITY_MARKERS, r"(?<!\w.)") + r")\b")


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


def words(text: str) -> list[str]:
    return list(_words(text))


@lru_cache(maxsize=8192)
def classify(text: str) -> str:
    """Source type of a source span (anonymity markers first)."""
    if "—" in text or "–" in text or "--" in text or "―" in text:
        text = DASH_INSERTION.sub(", ", text)  # 'Roe — a lawyer — ': the same as commas
    ws = words(text)
    if not ws:
        return "unspecified"
    lows = [w.lower() for w in ws]
    if ANON_ASCII.search(text.lower()) if text.isascii() else ANON.search(text):
        return "anonymous"
    hit = gazetteer.lookup(text) or gazetteer.lookup(" ".join(ws))
    if hit:
        return hit[1]
    if " and " in text:
        listed = _listed_type(text)
        if listed is not None:
            return listed
    if "," in text and lows[0] in {"one", "another"} and len(lows) > 2 and lows[1] in {"of", "such"}:
        named = words(text.split(",", 1)[1])
        if 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named):
            return classify(" ".join(named))  # 'One of them, Omar Tell': the member named, not a poll share
    first = lows[1] if lows[0] in APPROXIMATORS and len(lows) > 1 else lows[0]
    if first[:1].isdigit() or first in {"half", "majority", "majorities", "plurality", "third", "quarter",
                                        "two-thirds", "three-quarters", "most", "many", "few", "none"} \
            or ((first in NUMBER_WORDS or first.partition("-")[0] in NUMBER_WORDS)
                and len(lows) > lows.index(first) + 1
                and lows[lows.index(first) + 1] in {"in", "of", "out", "percent", "per"}):
        # '52 percent of voters', 'About 4 in 10', 'half of the tenants', and spelled out at a sentence's
        # start, 'Forty-one percent of respondents': poll respondents
        return "unspecified"
    if "," in text:
        core, rest = text.split(",", 1)
        typed = _with_appositive(core, rest)
        if typed:
            return typed
        named = words(rest)
        if 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named):
            # "The league's president, Anne Whitlock": the leader of a body named by its possessive speaks
            # for that body, whatever her name after the comma.
            owner = _owner_of_leader(_head_zone([w.lower() for w in words(core)]))
            if owner is not None:
                return owner
            if classify(core.strip()) == "person":
                return "person"  # 'her son, David Roe': a person described, then named
    elif " of " in text:
        before_of = name_before_of(text)
        if before_of is not None and classify(before_of) == "person":
            return "person"  # 'Dana Roe of the Tenants Union': the person, not the union
    if outlet_shaped(ws) or possessive_outlet(ws) is not None:
        return "news_outlet"  # ("ESPN's Marisa Chen": an outlet's reporter is its reporting)
    if any(w in SOCIAL_WORDS and w != "posted" for w in lows) or any(w.startswith("@") for w in ws) \
            or ("posted" in lows and "online" in lows):
        # ('a bulletin posted on its website' is the body's own document: 'posted' alone names no platform;
        # 'posted on Facebook' has one, and a video 'posted online' went to the open web)
        return "social_media"
    head = _head(ws)
    hl = head.lower()
    if hl in _GATHERING_HEADS and head.islower():
        # 'A group of parents sued ...', 'a group of senators wrote': the members speak, and the span is
        # typed as they are (people, or officials); 'a group of banks' stays an organisation of organisations.
        g = lows.index(hl)
        if g + 2 < len(lows) and lows[g + 1] == "of":
            members = ws[g + 2:]
            mh = _head(members).lower()
            one = mh[:-1] if mh.endswith("s") and not mh.endswith("ss") else mh
            if mh in GOVERNMENT_WORDS or one in GOVERNMENT_WORDS:
                return "government"  # 'a group of senators', 'a delegation of lawmakers'
            if mh in PEOPLE or one in PERSON_NOUNS or _agent(one):
                return "anonymous" if classify(" ".join(members)) == "anonymous" else "unspecified"
    if len(ws) == 2 and hl == "office" and ws[0][:1].isupper() and lows[0].endswith(("'s", "’s")) \
            and not gazetteer.lookup(ws[0][:-2]):
        return "government"  # "Gowdy's office said": a named officeholder's office speaks for the office
    if hl in {"source", "sources"} and not head[:1].isupper():
        return "anonymous"  # 'a league source', 'another source': unnamed people presented as knowing
    if head[:1].isupper() and len(hl) >= 8 and hl.endswith(("ans", "ats", "ists", "ites")) and head == ws[0] \
            and not gazetteer.lookup(head):
        return "unspecified"  # 'Republicans who critiqued the speech', 'Democrats', 'Europeans': a group
    inner = gazetteer.find_inside(ws) or outlet_inside(ws)
    if inner is not None and inner[1] == "news_outlet" and len(ws) >= 3 and inner[0].removeprefix("The ") == ws[0] \
            and (ws[1][:1].islower() or ws[1].lower() in TITLES and ws[2][:1].isupper()) \
            and ws[1].lower() not in NEWSROOM_ROLES \
            and (ws[1].lower() in TITLES or ws[1].lower() in PERSON_NOUNS or _agent(ws[1].lower())):
        inner = None  # 'Independent contender Rosa Mendel', 'Information Minister Kofi Roe': a word an outlet is
        # named after, then a role or a capitalised title, then a name
    if hl in {"reports", "stories", "articles", "coverage"} and inner and inner[1] == "news_outlet":
        return "news_outlet"
    if hl in DOCUMENT_HEADS:
        if inner and inner[1] == "news_outlet" and hl in {"report", "story", "article", "analysis", "reporting", "bulletin"}:
            return "news_outlet"
        if hl in {"statement", "release"}:
            return "official"
        return "document"
    if hl in BROADCAST_HEADS and len(lows) >= 2 and lows[lows.index(hl) - 1] in STATE_OUTLET_OWNERS:
        return "news_outlet"  # 'State television', 'state-run media': the state's newsroom is still a newsroom
    if len(lows) >= 3 and not STATE_OUTLET_OWNERS.isdisjoint(lows) and head[:1].isupper():
        # 'Vendarian state broadcaster VRT', 'the state television channel RTV': the description, then the
        # outlet's name as the head (not 'state police spokesman Roe', whose description is no newsroom).
        at = next((x for x in range(1, len(lows) - 1) if lows[x] in BROADCAST_HEADS and lows[x - 1] in STATE_OUTLET_OWNERS), 0)
        if at and all(w[:1].isupper() or w in NEWS_SERVICE_HEADS for w in ws[at + 1:]):
            return "news_outlet"
    if lows[-1] in {"talks", "negotiations", "discussions", "deliberations"} and head.islower() and \
            head.endswith("s") and ("involved" in lows or "participating" in lows) and "not" not in lows:
        return "anonymous"  # 'diplomats involved in the talks': unnamed people presented as knowing
    if ("site" in lows or "website" in lows or "blog" in lows) and not OUTLET_GENRES.isdisjoint(lows):
        # 'the entertainment site StarWire', 'the celebrity gossip website Glint': a site that reports a
        # beat is a newsroom ('the crowdfunding site', 'the job site' are not).
        zone = _head_zone(lows)
        if any(zone[k] in OUTLET_GENRES and zone[k + 1] in {"site", "website", "blog"} for k in range(len(zone) - 1)):
            return "news_outlet"
    if "news" in lows or "wire" in lows or "press" in lows:
        # 'the official news agency', 'a wire service', 'the state press agency', and with the name after
        # its description, 'the tech news site Circuitline'.
        zone = _head_zone(lows)
        if any(zone[k] in {"news", "wire", "press"} and zone[k + 1] in NEWS_SERVICE_HEADS for k in range(len(zone) - 1)):
            return "news_outlet"
    if inner and inner[1] == "news_outlet" and hl in {"reporters", "reporter", "journalists", "correspondent",
                                                      "editors", "board", "staff"}:
        return "news_outlet"
    if lows[0] in VAGUE_DETERMINERS or (hl in VAGUE_HEADS and not any(w[:1].isupper() for w in ws[1:])):
        return "unspecified"
    if len(lows) == 2 and lows[0] == "the" and hl in BUSINESS_HEADS:
        return "official"  # 'the carrier', 'the drugmaker': the business the story is about
    if any(w in {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "statement"} for w in lows):
        # 'Health department spokesman Carlos Mendoza', 'a spokeswoman for the state police': a public
        # body speaking; 'a Kestrel spokesman' is an organisation.
        # ("the ministry's spokesman", "the mayor's spokeswoman": the possessive names the body she speaks for)
        public = _governmental([w.removesuffix("'s").removesuffix("’s") for w in lows
                                if w not in SPOKES_WORDS and w != "statement"]) or (
            inner is not None and inner[1] == "government")  # ('a FEMA spokesman')
        return "government" if public else "official"
    zone = _head_zone(lows)  # (read once for the tests below)
    owner = _owner_of_leader(zone)
    if owner is not None:
        return owner  # "the union's president": the body she leads, not a public office
    if hl in {"office", "offices"} and any(w.endswith(("'s", "’s")) for w in lows) \
            and (_governmental([w.removesuffix("'s").removesuffix("’s") for w in zone]) or _public_owner(ws)):
        # 'the mayor's office', "the district attorney's office": the office of a public post; "the WHO's
        # regional office": of a public body the gazetteer names
        return "government"
    if hl in {"office", "palace"} and len(zone) >= 2 and zone[-2] in {"presidential", "royal"}:
        return "government"  # 'the presidential office in Seoul', 'the presidential palace': the head of state's staff
    hz = len(zone) - 1  # (the head's index: 'the Foreign Office in London' names the office before its place)
    if head == "Office" and 1 <= hz < len(ws) and ws[hz] == head and ws[hz - 1][:1].isupper() \
            and ws[hz - 1].lower() not in DETERMINERS:
        return "government"  # 'the World Meteorological Office', 'the Budget Office': a public office by name
    if inner and inner[1] == "news_outlet" and _reached_by(ws, inner[0]):
        inner = None  # 'Battery experts contacted by The Ledger': the experts speak, the outlet only asked them
    if inner and inner[1] in {"government", "news_outlet", "social_media"}:
        return inner[1]
    if hl in CIVIL_ORG_HEADS and not (head == "Union" and len(ws) > 1 and ws[-2][:1].isupper()):
        # 'the police union', 'the state bar association': a body of members, not the state, whatever
        # public word stands before it ('the European Union' is left to the rules below).
        return "official"
    if hl == "authority" and (lows[0] in {"the", "its", "their"}
                              or lows[max(0, lows.index(hl) - 1)] in PUBLIC_AUTHORITY_KINDS):
        return "government"  # 'the authority', 'the port authority' (not 'an authority on tax law')
    if len(ws) >= 3 and _led_body_acronym(ws):
        return "official"  # 'UAW President Carla Dunmore': the leader of a body known by its initials
    if any(w in CIVIL_ORG_HEADS and not (ws[k][:1].isupper() and k > 0 and ws[k - 1][:1].isupper())
           for k, w in enumerate(zone)):
        return "official"  # 'Union president Rosa Delgado': the union's leader speaks for the union, not the state
    if hl in PRIVATE_PERSONS or (not PRIVATE_PERSONS.isdisjoint(zone) and _named_private(ws, len(zone))):
        # 'a town resident', 'a school parent', 'High school junior Maya Lee': a place or a body only says
        # whose; she speaks for herself
        return "person"
    if _governmental(zone):
        return "government"
    if any(w in OFFICIAL_WORDS or w in ORG_NOUNS for w in zone) or any(
            w.lower() in ORG_NAME_WORDS and w[:1].isupper() for w in ws[1:] if not _is_title_word(w)):
        return "official"
    if hl in PEOPLE and (head.islower() or (head == ws[0] and head[1:].islower())):
        # 'three residents of Pike County': unnamed people, not the county after 'of'; 'Parents said' is
        # capitalised only by its place in the sentence.
        return "unspecified"
    if hl in PERSON_NOUNS or _agent(hl):
        return "person"
    if any(w in GOVERNMENT_WORDS for w in lows):
        return "government"
    if any(w in OFFICIAL_WORDS for w in lows):
        return "official"
    if hl in PERSON_NOUNS or lows[0] in TITLES or any(w in TITLES for w in lows):
        return "person"
    if head.islower() and hl.endswith("s") and not hl.endswith("ss") and hl not in NOT_PLURAL_HEADS:
        return "unspecified"  # 'Labor groups', 'Environmental groups': a plural common noun, whatever opens it
    if ws[0][:1].isupper() and lows[0] not in DETERMINERS:
        return "person"
    k = next((i for i in range(1, len(ws)) if ws[i][:1].isupper()), None)
    if k is not None and all(w[:1].isupper() for w in ws[k:]) and lows[k - 1] in PERSON_ROLES:
        return "person"  # 'coach Elena Brandt', 'retired teacher Mike Lund': a person's role, then the name
    if k is not None:
        return "official"  # 'carmaker Kestrel', 'the motor club Roadwise': a kind of body, then its name
    return "unspecified"


# Lower-case roles that only a person holds, written before a name ('coach Elena Brandt'): resolution
# strips them from the canonical name (its NAMED_ROLES holds them all).
PERSON_ROLES = PERSON_NOUNS | {"coach", "pastor", "historian", "scientist", "researcher", "expert", "editor",
                               "activist", "organizer", "organiser", "meteorologist", "forecaster", "climatologist"}


# Plural heads naming unnamed people by what they are (typing only: span rules read PERSON_NOUNS).
PEOPLE = {"residents", "workers", "employees", "tenants", "students", "teachers", "nurses", "doctors", "drivers",
          "owners", "veterans", "victims", "neighbors", "neighbours", "families", "patients", "passengers",
          "parents", "relatives", "voters", "protesters", "demonstrators", "fans", "customers", "shoppers", "commuters",
          "riders", "farmers", "homeowners", "landlords", "investors", "consumers", "survivors"}

# Heads ending in 's' that name no plural ('news', 'the press office's analysis').
NOT_PLURAL_HEADS = {"news", "politics", "series", "species", "analysis", "crisis", "basis", "thesis", "status",
                    "campus", "census", "bus", "virus", "bonus", "consensus", "chaos", "diagnosis", "economics",
                    "physics", "ethics", "statistics", "headquarters"}

# What a public authority runs: 'the port authority', 'a housing authority'.
PUBLIC_AUTHORITY_KINDS = {"port", "housing", "transit", "transport", "transportation", "water", "power", "airport",
                          "harbor", "harbour", "parking", "bridge", "tunnel", "health", "school", "tax", "revenue",
                          "regional", "county", "city", "state", "national", "local", "planning", "development"}

BROADCAST_HEADS = {"television", "tv", "radio", "media", "broadcaster", "newspaper", "newspapers"}
# Who owns a newsroom that stays a newsroom: 'state television', 'the public broadcaster'.
STATE_OUTLET_OWNERS = {"state", "state-run", "state-owned", "public", "government", "official"}

CIVIL_ORG_HEADS = {"union", "unions", "association", "associations", "federation", "guild", "foundation", "coalition",
                   "alliance", "league", "society", "lobby"}

# Roles an outlet's own people hold ('Reuters reporter Jane Roe' is the outlet's reporting).
NEWSROOM_ROLES = {"reporter", "reporters", "correspondent", "correspondents", "columnist", "editor", "editors", "writer",
                  "anchor", "host", "journalist", "journalists", "photographer", "critic", "producer", "contributor",
                  "moderator", "commentator", "presenter", "interviewer", "pundit", "newscaster", "blogger"}

# Beats a reporting site covers ('the entertainment site', 'a gossip blog').
OUTLET_GENRES = {"entertainment", "gossip", "celebrity", "sports", "tech", "technology", "political", "politics",
                 "investigative", "satirical", "fact-checking", "music", "fashion", "showbiz", "media"}
NEWS_SERVICE_HEADS = {"agency", "service", "services", "organization", "organisation", "outlet", "outlets", "site",
                      "network", "channel", "agencies", "website", "magazine", "publication", "startup"}

# A date right after a participle ('a report released Friday'): the participle modifies the noun before it.
PARTICIPLE_DATES = WEEKDAYS | {"yesterday", "today", "tonight"}

# Before 'attorney', the words that make it a public office ('district attorney', 'U.S. attorney');
# 'an attorney with a law firm' is a lawyer, a person.
PUBLIC_ATTORNEY = {"district", "u.s.", "us", "state", "state's", "county", "city", "federal", "general", "assistant"}


COUNCIL_ROLES = {"member", "members", "president", "chair", "chairman", "chairwoman", "speaker", "leader"}


# Heads that gather members, whose type the span takes ('a group of tenants' speaks as the tenants).
_GATHERING_HEADS = frozenset({"group", "groups", "band", "bloc", "contingent", "delegation", "team"})


# Singular heads naming someone by where she lives, studies or rides, never by an office
# ('a city resident', 'a district parent', 'a transit rider'): typed person whatever body stands before.
PRIVATE_PERSONS = {"resident", "voter", "taxpayer", "homeowner", "tenant", "parent", "student", "commuter", "rider",
                   "shopper", "retiree", "freshman", "sophomore", "junior", "senior"}


PUBLIC_AUTHORITY_WORDS = {"authority", "authority's", "authority’s"}


def _named_private(ws: list[str], end: int) -> bool:
    """A name of two or three capitalised words right after one of PRIVATE_PERSONS, ending the words
    before ``end`` ('district parent Dev Patel', 'High school junior Maya Lee'; not 'senior Sen. Ana Roe')."""
    j = end
    while j > 0 and end - j < 3 and ws[j - 1][:1].isupper():
        j -= 1
    return 0 < j <= end - 2 and ws[j - 1].lower() in PRIVATE_PERSONS and not any(_is_title_word(w) for w in ws[j:end])


def _governmental(zone: list[str]) -> bool:
    """A government word among the words up to the head noun."""
    for k, w in enumerate(zone):
        if w == "council" and k + 1 < len(zone) and zone[k + 1] in COUNCIL_ROLES:
            return True  # 'Council member Rosa Villanueva', 'city council president Ana Ruiz'
        if w == "chief" and k > 0 and zone[k - 1] in {"fire", "police"}:
            return True  # 'Fire Chief Maria Lopez': the head of a public service
        if w in PUBLIC_AUTHORITY_WORDS and k > 0 and (zone[k - 1] in PUBLIC_AUTHORITY_KINDS or zone[k - 1] in {"the", "its"}):
            return True  # 'the housing authority director', "the authority's chief financial officer" (not 'an authority')
        if w in GOVERNMENT_WORDS:
            if w != "attorney":
                return True
            if (k > 0 and zone[k - 1] in PUBLIC_ATTORNEY) or (k + 1 < len(zone) and zone[k + 1] == "general"):
                return True
    return False


POST_MODIFIERS = {"of", "for", "at", "from", "with", "who", "which", "in", "on", "by", "close", "that"}

ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")

NOT_AGENTS = {"water", "order", "border", "letter", "paper", "number", "member", "center", "other", "power",
              "matter", "chapter", "quarter", "minister", "filter", "error", "sector", "factor", "tenor", "mirror",
              "government", "department", "statement", "document", "comment", "agreement", "settlement",
              "parent", "percent", "event", "student", "agent", "client", "patient", "resident", "president",
              "precedent", "carrier"}


def possessive_outlet(ws: list[str]) -> str | None:
    """The outlet in "ESPN's Marisa Chen", "the Ledger's Tom Reyes": a gazetteer outlet's possessive before a
    personal name (two or three capitalised words); None otherwise."""
    if not 3 <= len(ws) <= 5 or not ws[-1][:1].isupper():
        return None
    k = 1 if ws[0].lower() == "the" else 0
    owner = ws[k]
    if not owner.endswith(("'s", "’s")) or not 2 <= len(ws) - k - 1 <= 3 \
            or not all(w[:1].isupper() for w in ws[k + 1:]):
        return None
    hit = gazetteer.lookup(" ".join(ws[:k] + [owner[:-2]]))
    return hit[0] if hit is not None and hit[1] == "news_outlet" else None


def _head_cut(ws: list[str]) -> int:
    """Index just after the head noun: before a post-modifying preposition, relative word or a
    participle phrase ('a post shared 40,000 times', 'the notice issued by a rival')."""
    for i, w in enumerate(ws):
        if i == 0:
            continue
        low = w.lower()
        if low in POST_MODIFIERS:
            return i
        if i + 1 < len(ws) and not w[:1].isupper() and (low in IRREGULAR_PP or (low.endswith("ed") and len(low) > 4)) \
                and ws[i - 1].lower() not in DETERMINERS and (ws[i + 1].lower() in AFTER_PARTICIPLE
                                                               or ws[i + 1].lower() in PARTICIPLE_DATES
                                                               or ws[i + 1][:1].isdigit()):
            return i
        if i + 1 < len(ws) and not w[:1].isupper() and low.endswith("ing") and len(low) > 5 and low not in ING_NOUNS \
                and (ws[i - 1].lower().endswith("s") or (i >= 2 and ws[i - 2].lower() in {"a", "an", "the"})) \
                and (ws[i + 1].lower() in AFTER_PARTICIPLE or ws[i + 1].lower() in PARTICIPLE_OBJECT_STARTS):
            # 'truck drivers waiting at the border', 'families living in the flats', 'a man carrying a sign',
            # 'volunteers handing out flyers', 'an aide speaking on condition of anonymity'
            return i
    return len(ws)


# What opens a participle's object or particle ('carrying a sign', 'running the kitchen', 'handing out').
PARTICIPLE_OBJECT_STARTS = frozenset({"a", "an", "the"}) | ING_PARTICLES


def _head(ws: list[str]) -> str:
    """Head noun: the last word before 'of/for/at/who/,' style modifiers."""
    cut = _head_cut(ws)
    return ws[cut - 1] if cut else ws[-1]


def _head_zone(lows: list[str]) -> list[str]:
    """Words up to the head noun (premodifiers and head, no post-modifiers)."""
    return lows[:_head_cut(lows)] or lows


def _agent(word: str) -> bool:
    """A noun naming a person by role ('researcher', 'economist'), by spelling."""
    return len(word) > 5 and word.endswith(ROLE_SUFFIXES) and word not in NOT_AGENTS


def _is_title_word(w: str) -> bool:
    return w.lower() in TITLES


def outlet_name(ws: list[str]) -> int:
    """Length of a capitalised name at the start of ws that ends in an outlet word ('Riverton
    Gazette', 'Bayline Tech Review'); 0 when there is none."""
    n = 0
    best = 0
    for w in ws:
        if not (w[:1].isupper() or w in {"of", "the", "&"} or (n and w.isdigit())):
            break  # (a channel number inside the name: 'Channel 9 News')
        n += 1
        if w[:1].isupper() and w.lower() in OUTLET_HEADS:
            best = n
    return best


# 'Press secretary Dana Cole', 'the White House press office': an outlet word naming a job or a room.
NOT_AFTER_OUTLET = {"secretary", "secretaries", "office", "officer", "aide", "aides", "corps", "release", "releases",
                    "conference", "briefing", "pool"}


# A publication's kind after its capitalised name: 'Stagelight magazine', 'Time magazine'.
PUBLICATION_KINDS = {"magazine", "newspaper", "newsletter", "tabloid"}


def _named_publication(ws: list[str], i: int) -> int:
    """Length of 'Name magazine' starting at ws[i] (the whole rest of ws), or 0."""
    rest = ws[i:]
    if len(rest) < 2 or rest[-1] not in PUBLICATION_KINDS or rest[0].lower() in DETERMINERS:
        return 0
    return len(rest) if all(w[:1].isupper() for w in rest[:-1]) and len(rest) <= 4 else 0


# Words that, before 'of', make the phrase an institution's name ('Bank of America', 'Secretary of State').
NOT_PERSONAL_NAMES = GOVERNMENT_WORDS | ORG_NAME_WORDS | ORG_NOUNS | TITLES


def name_before_of(text: str) -> str | None:
    """'Dana Roe of the Tenants Union' -> 'Dana Roe', 'Analyst Dana Roe of Halden Securities' -> 'Analyst
    Dana Roe': a personal name (two to four capitalised words, the last two no institution's words)
    with the body it belongs to after 'of'; None for 'Bank of America' or 'Secretary of State Ann Roe'."""
    k = text.find(" of ")
    if k < 0:
        return None
    before = text[:k]
    ws = words(before)
    if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws) or any(w.endswith(("'s", "’s")) for w in ws) \
            or ws[0].lower() in DETERMINERS:
        return None  # ('The Republic of Turkey' is a state's name)
    if any(w.lower() in NOT_PERSONAL_NAMES or w.lower().rstrip(".") in NOT_PERSONAL_NAMES for w in ws[-2:]):
        return None
    return before


def outlet_shaped(ws: list[str]) -> bool:
    """ws is nothing but an outlet's name: 'the Riverton Gazette', 'Stagelight magazine'."""
    return bool(ws) and (outlet_name(ws) == len(ws) or (ws[0].lower() == "the" and outlet_name(ws[1:]) == len(ws) - 1)
                         or _named_publication(ws, 0) > 0)


def _reached_by(ws: list[str], outlet: str) -> bool:
    """The outlet is the agent of a participle after the head ('experts contacted by The Ledger', 'people
    interviewed by the Gazette') or the listener of the speakers' words ('residents who spoke to the
    Courier', 'two employees who told The Ledger'): it reached them, and they are the source."""
    first = outlet.split()[0]
    for k in range(2, len(ws)):
        if not (ws[k] == first or (k + 1 < len(ws) and ws[k].lower() == "the" and ws[k + 1] == first)):
            continue
        before = ws[k - 1].lower()
        if before == "by":
            return ws[k - 2].lower() in REACHED_BY
        if before in {"to", "with"} and ws[k - 2].lower() in SPOKE_TO:
            return True
        if before in {"told", "telling"}:
            return True
    return False


# Verbs whose 'to'/'with' names the listener ('who spoke to the Courier', 'talking with the Gazette').
SPOKE_TO = {"spoke", "spoken", "speaking", "speak", "talked", "talking", "talk", "wrote", "writing", "complained",
            "complaining"}


# Participles for an outlet reaching people ('contacted by', 'interviewed by'); 'a memo seen by Reuters' or
# 'audio provided by a radio station' are things the outlet holds, not people it asked.
REACHED_BY = {"contacted", "interviewed", "surveyed", "polled", "reached", "asked", "consulted", "quoted",
              "questioned"}


def outlet_inside(ws: list[str]) -> tuple[str, str] | None:
    """A capitalised outlet name somewhere in ws ('reports in the Riverton Gazette', 'a report in
    Stagelight magazine')."""
    for i, w in enumerate(ws):
        if w[:1].isupper() and (i == 0 or not ws[i - 1][:1].isupper()):
            k = _named_publication(ws, i)
            if k:
                return " ".join(ws[i:i + k]), "news_outlet"
            k = outlet_name(ws[i:])
            if k and not (i + k < len(ws) and ws[i + k].lower() in NOT_AFTER_OUTLET):
                return " ".join(ws[i:i + k]), "news_outlet"
    return None


LEADER_TITLES = {"president", "chairman", "chairwoman", "chair", "director", "head", "chief", "leader", "founder",
                 "secretary", "treasurer", "ceo", "executive", "manager",
                 # "the ministry's chief medical officer", "the company's chief financial officer"
                 "officer"}


def _owner_of_leader(zone: list[str]) -> str | None:
    """Type of the owner in "the union's president", "the company's chief executive", "the agency's
    director", "the city's housing director" (a leader of a body named by its possessive): official or
    government when the owner is one; None otherwise."""
    if len(zone) >= 3 and zone[-1] == "general" and zone[-2] in LEADER_TITLES:
        zone = zone[:-1]  # "the agency's director general", "the alliance's secretary general": the title's head
    if len(zone) < 2 or zone[-1] not in LEADER_TITLES:
        return None
    k = next((x for x in range(len(zone) - 2, -1, -1) if zone[x].endswith(("'s", "’s"))), None)
    if k is None:
        return None
    owner = zone[k][:-2]
    typed = classify("the " + owner) if owner.isalpha() and owner.islower() else None
    if typed == "government" and any(w in ORG_NAME_WORDS or w in ORG_NOUNS for w in zone[k + 1:-1]):
        return None  # "the state's Republican party leader": the party's leader, not the state's
    return typed if typed in {"official", "government"} else None


def _led_body_acronym(ws: list[str]) -> bool:
    """ws opens with initials that are no public body ('UAW', 'NAACP'; not 'FBI' or a gazetteer
    government) and a leader's title after them ('UAW President Carla Dunmore')."""
    first = ws[0]
    if not (2 <= len(first) <= 6 and first.isalpha() and first.isupper()) or ws[1].lower() not in LEADER_TITLES:
        return False
    if first.lower() in GOVERNMENT_WORDS:
        return False
    hit = gazetteer.lookup(first)
    return hit is None or hit[1] == "official"


def _public_owner(ws: list[str]) -> bool:
    """The name before the first possessive is a public body the gazetteer knows ("The World Health
    Organization's regional office", "the WHO's office")."""
    k = next((x for x, w in enumerate(ws) if w.endswith(("'s", "’s"))), -1)
    lo = 1 if ws[0].lower() == "the" else 0
    if k < lo:
        return False
    listed = gazetteer.lookup(" ".join(ws[lo:k] + [ws[k][:-2]]))
    return listed is not None and listed[1] == "government"


CONJUNCTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed_type(text: str) -> str | None:
    """'Russia and China', 'Britain, France and Germany, which signed the deal': two to four names the
    gazetteer types alike are a source of that type (a country or capital stands for its government), the
    relative clause after them aside; None when any is unknown ('Roe and Doe') or the types differ."""
    core = re.split(r",\s*(?:which|who)\b", text, maxsplit=1)[0]
    conjuncts = [c for c in CONJUNCTS.split(core.strip()) if c]
    if not 2 <= len(conjuncts) <= 4:
        return None
    kinds: set[str] = set()
    for c in conjuncts:
        listed = gazetteer.lookup(c)
        if listed is None:
            return None
        kinds.add(listed[1])
    return kinds.pop() if len(kinds) == 1 else None


def _with_appositive(core: str, rest: str) -> str | None:
    """Type of 'Name, an appositive' or 'Name, who ...': the appositive says what the named
    source is ('Voltwise, a battery startup' is an organisation; 'Dr. Paul Mensah, an
    automotive safety researcher at Northfield University' is a person)."""
    cws = words(core)
    # ('the WHO representative': the capitalised acronym is no relative 'who' that ends the head zone)
    rws = [w.lower() if w != "WHO" else "w.h.o." for w in words(rest)]
    if not cws or not rws or not all(w[:1].isupper() or w.lower() in {"of", "de", "van", "von", "al"} for w in cws):
        return None
    core_type = classify(core.strip())
    if core_type not in {"person", "official"}:
        return core_type
    if rws[0] in {"who", "whose"}:
        return core_type
    zone = _head_zone(rws)
    if len(rws) > 2 and rws[0] in {"one", "another"} and rws[1] in {"of", "among"}:
        # 'Hollis Mobile, one of the largest phone carriers': the plural after 'one of' says what it is.
        zone = _head_zone(rws[2:])
        if zone[-1].removesuffix("s") in BUSINESS_HEADS or zone[-1].removesuffix("s") in ORG_NOUNS:
            return "official"
    if any(w in SPOKES_WORDS for w in zone):
        return "official"
    owner = _owner_of_leader(zone)
    if owner is not None:
        return owner
    if zone and zone[-1] in LEADER_TITLES and len(rws) > len(zone) + 1 and rws[len(zone)] in {"of", "at", "for"}:
        # 'Ana Ruiz, president of the local union': the body she leads says what she speaks for.
        led = classify(" ".join(words(rest)[len(zone) + 1:]))
        if led in {"official", "government"}:
            return led
    if _governmental(zone):
        return "government"
    if zone[-1] in TITLES or zone[-1] in OFFICIAL_WORDS:
        inner = gazetteer.find_inside(words(rest)[:len(zone)])
        if inner is not None and inner[1] == "government":
            return "government"  # 'Dr. Hana Oyelaran, the WHO representative in Larnia': she speaks for the body
    if zone[-1] in PERSON_NOUNS and zone[-1] != "official":
        return "person"  # 'Ray Roe, a high school chemistry teacher': a workplace before a person noun
    if any(w in ORG_NOUNS or (w in OFFICIAL_WORDS and w not in {"representative", "representatives", "aide", "aides", "staff",
                                                                "press"})
           for w in zone):  # (no set difference built for each word)
        return "official"
    if any(w in PERSON_NOUNS or w in TITLES or _agent(w) for w in zone):
        return "person"
    return core_type
