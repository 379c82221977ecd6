"""Noun-phrase chunking over tokens: what may sit inside a source's noun phrase.

Word tests (``np_word``), whole-phrase tests (``valid_np``), appositives ("Jane Roe, a
scholar at the X Institute"), party labels ("R-Ky."), comma parts, trailing time phrases,
participle post-modifiers ("a report released by ...", "data sent to ..."), and ``right_np``: the noun phrase
after "according to", "by" or an inverted "said". All scans are bounded windows.
"""

from __future__ import annotations

import re

from .cue_lexicon import AUX, CUE_ADVERBS, NOUN_LIKE, VERB_FORMS
from .lexicon import (
    AFTER_PARTICIPLE,
    AGENT_SUFFIXES,
    APPROXIMATORS,
    CLAUSE_WORDS,
    DETERMINERS,
    DOCUMENT_HEADS,
    ING_NOUNS,
    INTRO_WORDS,
    IRREGULAR_PP,
    NON_NP,
    NP_PREPOSITIONS,
    NUMBER_WORDS,
    PARTICIPLE_ADJECTIVES,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    POSSESSIVE,
    PRENOMINAL,
    QUANTIFIERS,
    RELATIVE,
    RELATIVE_ADVERBS,
    TIME_AFTER_CUE,
    TIME_NOUNS,
    TITLES,
    VERB_ONLY_FORMS,
)
from .tokens import HARD_STOPS, Tok, is_adverb, is_cap

WINDOW = 40

MAX_NP = 30


# Possessive determiners: a gerund after one is a noun ('his thinking'), not a participle.
OWNER_WORDS = {"his", "her", "its", "their", "our", "my", "your"}


# Participles after the people a survey or a reporter asked, or the people a matter touches, closing the
# subject: 'voters polled said', 'officials contacted said', 'the bakers involved say'.
SURVEY_PARTICIPLES = {"polled", "surveyed", "questioned", "interviewed", "sampled", "involved", "contacted", "affected",
                      "consulted"}


# Plural heads without a plural -s ('the police say').
PLURAL_HEADS = {"people", "police", "men", "women", "children", "staff", "media", "data", "crowd", "public",
                "majority", "minority", "clergy", "faculty", "personnel", "folks", "youth"}
# Nouns that take a plural verb ('the staff report that ...', 'the committee say'), so they prove nothing.
_GROUP_NOUNS = PLURAL_HEADS | {"government", "team", "committee", "family", "jury", "board", "panel", "council",
                               "press", "administration", "company", "campaign", "party", "union", "group"}


def _singular_modifier(t: Tok) -> bool:
    """A lower-case singular noun that can modify the noun after it ('radio', 'news')."""
    low = t.low
    if t.quoted or t.cap:
        return False
    if "-" in low and low[:1].isalnum():
        last = low.rsplit("-", 1)[1]  # 'a 40-page report', 'a long-awaited study': a hyphenated modifier
        return last.isalpha() and not last.endswith("s") and last not in VERB_FORMS
    if not low.isalpha() or low in _GROUP_NOUNS or low in VERB_FORMS or low in DETERMINERS or low in AUX \
            or low.endswith("ly"):
        return False
    return not low.endswith("s") or low == "news" or low.endswith(("ss", "sis"))


def _sentence_initial_modifier(toks: list[Tok], i: int) -> bool:
    """'Recent reports suggest', 'Media reports indicate': the capital of the sentence's first word
    is no name's, since a plural noun-like word before a base-form verb cannot be a verb itself
    ('Roe reports that ...' has no base form after it)."""
    if i != 1 or i + 1 >= len(toks) or not toks[i].low.endswith("s"):
        return False
    nxt = VERB_FORMS.get(toks[i + 1].low)
    return nxt is not None and nxt[1] == "base" and nxt[0] != VERB_FORMS[toks[i].low][0] and toks[0].low.isalpha()


# Heads that a noun modifier names the people or the office of ('fire officials', 'support staff').
SERVICE_STAFF = {"officials", "official", "officers", "chief", "chiefs", "department", "departments", "crews", "staff",
                 "workers", "managers", "manager", "investigators", "spokesman", "spokeswoman", "spokesperson",
                 "authorities", "agency", "service"}

# What may follow a record named by an -ing noun ('a court filing, ...', 'a filing with the SEC').
DOCUMENT_ING_NEXT = {",", ".", ";", ")", "!", "?", "with", "by", "from", "in", "of", "on", "to"}


def np_word(toks: list[Tok], i: int) -> bool:
    """Can toks[i] sit inside a subject noun phrase?"""
    t = toks[i]
    low = t.low
    if t.quoted:
        return False
    if low in POSSESSIVE or low in {"(", ")", "-", "&", "/", ".", "@", "%"}:
        return True
    if t.cap:
        return low not in {"i"} or len(toks) == 1
    if low[:1].isdigit():
        return True
    if low in DETERMINERS or low in NP_PREPOSITIONS or low in TITLES:
        return True
    prev = toks[i - 1].low if i > 0 else ""
    if low in PRENOMINAL and (prev in DETERMINERS or prev in POSSESSIVE or prev.endswith(("'s", "’s"))
                              or prev in PRENOMINAL):
        return True  # 'the former first lady', "the city's only ally"
    if low in VERB_FORMS and VERB_FORMS[low][1] in {"base", "3sg"} and low not in NON_NP and (
            prev in DETERMINERS or prev in POSSESSIVE or prev.endswith(("'s", "’s")) or prev in NP_PREPOSITIONS):
        return True
    if low in VERB_FORMS and VERB_FORMS[low][1] == "ger" and not t.cap and (
            prev in OWNER_WORDS or (prev.endswith(("'s", "’s")) and i > 0 and not toks[i - 1].quoted)):
        return True  # 'people familiar with her thinking', "the mayor's reasoning": an owned gerund is a noun
    if low in DOCUMENT_HEADS and not t.cap and low.endswith("ing") and (
            prev in {"a", "an", "the"} or _after_determiner(toks, i)) and (
            i + 1 >= len(toks) or toks[i + 1].low in DOCUMENT_ING_NEXT):
        # 'according to a regulatory filing,', 'per the court ruling in May': a record named by an -ing
        # noun; before a verb the word may still be one ('a group filing suit said').
        return True
    if low in VERB_FORMS and VERB_FORMS[low][0] in NOUN_LIKE and VERB_FORMS[low][1] in {"base", "3sg"} \
            and not t.cap and i + 1 < len(toks) and prev not in PERSONAL_PRONOUNS and not (
                i > 0 and toks[i - 1].cap and not _sentence_initial_modifier(toks, i)):
        # 'recent reports say', 'reports in the Gazette': a plural noun before a verb or preposition.
        after = toks[i + 1].low
        if after in {"of", "in", "by", "from", "on"} or after in AUX or (after in VERB_FORMS and after != low
                                                                        and VERB_FORMS[after][0] not in NOUN_LIKE):
            return True
        if after in {".", ",", ";", ")", "!", "?"} and i > 0 and prev[:1].isalpha() and prev not in NON_NP \
                and prev not in VERB_FORMS and low.endswith("s"):
            return True  # '..., according to recent reports.'
    if low in VERB_FORMS and VERB_FORMS[low][0] in NOUN_LIKE and VERB_FORMS[low][1] in {"base", "3sg"} \
            and not t.cap and (i + 1 >= len(toks) or toks[i + 1].low in {".", ",", ";", ")", "!", "?", "at", "from",
                                                                        "by", "of"}) \
            and _after_determiner(toks, i):
        return True  # '..., according to a pool report.', '... its FEC reports.'
    if low in VERB_FORMS and VERB_FORMS[low][0] in NOUN_LIKE and VERB_FORMS[low][1] == "base" and not t.cap \
            and i >= 2 and toks[i - 2].low in {"a", "an", "the", "this"} and (
                _singular_modifier(toks[i - 1]) or (toks[i - 2].low in {"a", "an"} and toks[i - 1].low in _GROUP_NOUNS
                                                    and not toks[i - 1].cap and not toks[i - 1].quoted)):
        return True  # 'a radio report released Monday': a base-form verb cannot agree with 'a radio' (nor 'a staff')
        # ('that' may open a clause instead: 'said that rent report' is rare, 'said that staff report' is not.)
    nxt_low = toks[i + 1].low if i + 1 < len(toks) else ""
    if nxt_low in SERVICE_STAFF and VERB_FORMS.get(low, ("", ""))[1] == "base" and not t.cap and (
            i == 0 or not prev[:1].isalnum() or prev in DETERMINERS or prev in POSSESSIVE
            or prev.endswith(("'s", "’s")) or prev in {"and", "but", "while", "as", "that", "because"}):
        # 'fire officials said', 'the support staff': a verb's base form right before the people or the office
        # it names is a noun in a compound (after a subject, an auxiliary or 'to' it stays a verb:
        # 'the mayor will fire officials').
        return True
    if low in APPROXIMATORS and (quantity_word(nxt_low) or (low in {"more", "fewer", "less"} and nxt_low == "than")
                                 or (low == "at" and nxt_low in {"least", "most"})):
        return True  # 'about 4 in 10', 'more than half of voters', 'nearly a third'
    if low in {"than", "least"} and prev in {"more", "fewer", "less", "at"} and quantity_word(nxt_low):
        return True
    if low == "out" and nxt_low == "of" and quantity_word(prev) and i + 2 < len(toks) \
            and quantity_word(toks[i + 2].low):
        return True  # 'four out of 10 voters'
    if low == "but" and prev == "all" and quantity_word(nxt_low):
        return True  # 'all but two (senators)'
    if low in SURVEY_PARTICIPLES and not t.cap and i > 0 and (prev.endswith("s") or prev in {"those", "people"}) \
            and (not toks[i - 1].cap or i == 1) and (nxt_low in AUX or nxt_low in VERB_FORMS):
        return True  # 'tenants polled said', 'those surveyed believe': the people asked in a survey
    if low in {"here", "there"} and prev.endswith("s") and (i == 1 or not toks[i - 1].cap) and i + 1 < len(toks) \
            and (toks[i + 1].low in VERB_FORMS or toks[i + 1].low in {"have", "had", "were", "are", "also", "say"}):
        return True  # 'residents here say'
    if low == "even" and prev in {"and", "or"} and nxt_low[:1].isalpha() and nxt_low not in NON_NP \
            and nxt_low not in VERB_FORMS:
        return True  # 'tenants and even some landlords': a focus word inside a list
    if low == "like" and prev.endswith("s") and not prev.endswith("ss") and prev.isalpha() and i > 0 \
            and (i == 1 or not toks[i - 1].cap) and nxt_low and (toks[i + 1].cap or nxt_low in {"the", "a", "an"}):
        return True  # 'critics like Jane Roe', 'groups like the bakers' union': examples of the plural noun
    if low in VERB_FORMS and VERB_FORMS[low][1] == "ger" and not t.cap and prev in {"the", "a", "an"} \
            and i + 1 < len(toks) and not toks[i + 1].cap and _noun_like(toks[i + 1]) and toks[i + 1].low not in AUX:
        return True  # 'the ruling party', 'a ruling panel': an -ing word between an article and a noun describes it
    if low in NON_NP or low in VERB_FORMS or low in RELATIVE or low in PERSONAL_PRONOUNS or low in VERB_ONLY_FORMS:
        return False
    if low.endswith("ly") and (prev in DETERMINERS or prev in POSSESSIVE) and low not in CUE_ADVERBS \
            and i + 1 < len(toks) and (toks[i + 1].cap or _noun_like(toks[i + 1])):
        return True  # 'the likely nominee', 'an early backer': an adjective after a determiner
    if is_adverb(t):
        return False
    if low in INTRO_WORDS:
        return False
    if (low.endswith("ed") and low not in PERSON_NOUNS) or (low.endswith("ing") and len(low) > 5
                                                             and low not in ING_NOUNS):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.cap or _noun_like(nxt)) and (
                low in PARTICIPLE_ADJECTIVES or (low.endswith("ed") and prev in NP_PREPOSITIONS)):
            return True  # 'retired neurosurgeon Ben Carson', '52 percent of registered voters'
        if nxt is not None and prev == "of" and low.endswith("ing") and not nxt.cap and not nxt.quoted \
                and nxt.low.endswith("s") and nxt.low.isalpha() and nxt.low not in VERB_FORMS:
            return True  # 'a coalition of shopping sites', 'a group of polling firms': a compound's first noun
        return prev in DETERMINERS or prev in POSSESSIVE or (
            nxt is not None and (nxt.cap or nxt.low in TITLES) and prev not in NP_PREPOSITIONS
            and not is_cap(toks[i - 1] if i > 0 else t)) or (
            # 'elected officials', 'restructuring experts': a participle before a person noun
            nxt is not None and not nxt.cap and nxt.low.endswith("s") and agent_noun(nxt.low)
            and (i == 0 or not toks[i - 1].low[:1].isalpha() or prev in CLAUSE_WORDS or prev in RELATIVE_ADVERBS))
    return low[:1].isalpha()


def _after_determiner(toks: list[Tok], i: int) -> bool:
    """A determiner or possessive opens the words before toks[i] ('a pool', 'its FEC', 'the
    congressional'), so toks[i] ends a noun phrase rather than being its verb."""
    for j in range(i - 1, max(-1, i - 5), -1):
        t = toks[j]
        low = t.low
        if low in DETERMINERS or low in POSSESSIVE or low.endswith(("'s", "’s")):
            return j < i - 1 and low not in {"that", "this", "these", "those", "all", "both", "some", "many",
                                             "several", "most", "few", "one"}
        if t.quoted or not low[:1].isalnum() or low in VERB_FORMS or low in NON_NP or low in PERSONAL_PRONOUNS:
            return False
    return False


def quantity_word(low: str) -> bool:
    """A number or a fraction word that can head a quantity ('4', 'half', 'a', 'two-thirds')."""
    return low[:1].isdigit() or low in NUMBER_WORDS


def _noun_like(t: Tok) -> bool:
    """A lower-case word that can continue a noun phrase (not a function word or a verb form)."""
    low = t.low
    return low[:1].isalpha() and not t.quoted and low not in NON_NP and low not in VERB_FORMS \
        and low not in DETERMINERS and low not in NP_PREPOSITIONS and low not in PERSONAL_PRONOUNS \
        and low not in RELATIVE and low not in INTRO_WORDS and not is_adverb(t)


# Lower-case particles that open a surname ('de Roe', 'van Tell').
NAME_PARTICLES = {"de", "van", "von", "al"}


# Prepositions after which 'her' is an object pronoun, not a possessive ('close to her', 'an aide to her').
HER_OBJECT_AFTER = {"to", "with", "for", "of", "about", "near", "around", "behind", "like", "than", "from", "by",
                    "at", "beside", "alongside", "against"}


def her_is_object(toks: list[Tok], k: int) -> bool:
    """'her' at k is an object pronoun, not a possessive: a preposition before it and a verb after it
    ('a source close to her said', 'people close to her say she'; but 'to her support for')."""
    if k < 1 or k + 1 >= len(toks) or toks[k - 1].low not in HER_OBJECT_AFTER or toks[k + 1].low not in VERB_FORMS:
        return False
    form = VERB_FORMS[toks[k + 1].low][1]
    return form in {"past", "pp"} or (k + 2 < len(toks) and toks[k + 2].low in SUBJECT_PRONOUNS)


SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def valid_np(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] looks like a complete noun phrase."""
    if e <= s or e - s > MAX_NP:
        return False
    first, last = toks[s], toks[e - 1]
    if e - s == 1 and (first.low in PERSONAL_PRONOUNS or first.low in RELATIVE):
        return True
    if e - s == 1 and first.low in DETERMINERS and first.low not in {"one", "both", "all", "others", "many", "some", "few",
                                                                      "several", "most", "another", "each"}:
        return False
    if first.low in INTRO_WORDS and first.low not in DETERMINERS and not (
            first.low in APPROXIMATORS and e - s > 1 and np_word(toks, s)):
        return False
    if (first.low in NP_PREPOSITIONS and not first.cap and not (first.low in NAME_PARTICLES and e - s > 1 and toks[s + 1].cap)
            and not (first.low == "at" and e - s > 2 and toks[s + 1].low in {"least", "most"} and quantity_word(toks[s + 2].low))) \
            or first.low in POSSESSIVE or first.low in {"(", ")", "-", "&", "/", "."}:
        return False  # (but 'de Roe', 'van Tell': a name's particle; 'at least half of them': a quantity)
    if last.low in DETERMINERS and e - s > 1 and last.low not in {"one", "two", "three", "others", "both", "all"} \
            and not (e - s >= 3 and toks[e - 2].low == "in" and quantity_word(toks[e - 3].low)) \
            and not (last.low == "her" and her_is_object(toks, e - 1)):
        return False  # but 'one in five' is a whole quantity, 'a source close to her' ends in an object
    if last.low in NP_PREPOSITIONS or last.low in {"(", "-", "&", "/"}:
        return False
    depth = 0
    for i in range(s, e):
        if toks[i].low == "(":
            depth += 1
        elif toks[i].low == ")":
            depth -= 1
            if depth < 0:
                return False
        if depth == 0 and not np_word(toks, i):
            if toks[i].low in {"and", "or", "&", "to"} and s < i < e - 1 and np_word(toks, i - 1) and np_word(toks, i + 1):
                continue
            return False
    return depth == 0


def participle_modifier(toks: list[Tok], s: int, i: int, e: int) -> bool:
    """toks[i] starts a reduced relative clause inside toks[s:e]: 'a post shared 40,000 times on
    Facebook', 'a report released by the agency' (a participle right after a noun, then a
    preposition, number or time word, never a direct object)."""
    if i <= s or i + 1 >= e:
        return False
    t = toks[i]
    low = t.low
    if t.cap or t.quoted or not (low in IRREGULAR_PP or (low.endswith("ed") and len(low) > 4)):
        return False
    k = i - 1
    if toks[k].low == "not" and k - 1 >= s and not toks[k].quoted:
        k -= 1  # 'experts not involved in the study': a negated participle describes the noun as well
    prev = toks[k]
    describing = low in DESCRIBING_PARTICIPLES and low not in {"reached", "quoted", "interviewed"}
    # ('Analysts at Corliss Securities led by Jane Roe wrote': after a name too, a participle with its agent
    # after 'by' is a passive post-modifier; 'Roe led by five points' has a number there, no agent.)
    agent_by = toks[i + 1].low == "by" and i + 2 < e and (toks[i + 2].cap or toks[i + 2].low in {"the", "a", "an"}) \
        and not toks[i + 2].quoted
    if (prev.cap and not describing and not agent_by and not (k == 0 and (toks[i + 1].low == "by" or agent_noun(prev.low)))) \
            or prev.low in DETERMINERS \
            or prev.low in NP_PREPOSITIONS or prev.low in POSSESSIVE or not prev.low[:1].isalnum():
        return False  # a capitalised noun is a name ('Roe released'), except a sentence's first word
    nxt = toks[i + 1]
    if not (nxt.low in AFTER_PARTICIPLE or nxt.low[:1].isdigit() or nxt.low in TIME_AFTER_CUE
            or (describing and nxt.low == "as")):
        return False  # 'known as Bob' describes too
    if not valid_np(toks, s, k + 1):
        return False
    # ('data submitted to the agency': the participle's own 'to' names where it went)
    return all(np_word(toks, x) or (x == i + 1 and nxt.low == "to") for x in range(i + 1, e))


def _reduced_np(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] is a noun phrase, possibly with one participle post-modifier."""
    if valid_np(toks, s, e):
        return True
    for i in range(s + 1, min(e, s + MAX_NP)):
        if not np_word(toks, i):
            return participle_modifier(toks, s, i, e)
    return False


def appositive(toks: list[Tok], s: int, e: int) -> bool:
    first = toks[s]
    if first.low in RELATIVE:
        return True
    if first.low[:1].isdigit() and e - s <= 2:
        return True
    if first.low in {"a", "an", "the", "his", "her", "its", "their", "one", "another", "who"}:
        return _reduced_np(toks, s, e) or first.low in RELATIVE
    if e - s >= 2 and toks[s + 1].low in POSSESSIVE:
        return valid_np(toks, s, e)
    if e - s >= 2 and first.low.endswith(("'s", "’s")) and agent_noun(toks[e - 1].low):
        return valid_np(toks, s, e)  # "Roe's Indiana chairman, Rex Early, said"
    if not first.cap and first.low not in INTRO_WORDS and first.low not in CLAUSE_WORDS \
            and agent_noun(head_word(toks, s, e)):
        return valid_np(toks, s, e)  # 'X, president of the union, said'
    return False


PARTY_LABEL = re.compile(r"[RDI]-[A-Z]")


def party_label(toks: list[Tok], s: int, e: int) -> bool:
    """'R-Ky.', 'D-N.Y.': a party and state label after a politician's name."""
    return 0 < e - s <= 5 and bool(PARTY_LABEL.match(toks[s].text))


def name_like(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] is a capitalised name (not a capitalised adverb such as 'Regardless,')."""
    if e - s == 1 and (toks[s].low in SENTENCE_ADVERBS or toks[s].low.endswith("ly")):
        return False
    return all(toks[i].cap or toks[i].low in {".", "-", "(", ")"} for i in range(s, e))


# Adverbs that open a sentence before a comma ('Regardless, the department said').
SENTENCE_ADVERBS = {"regardless", "however", "meanwhile", "still", "instead", "nonetheless", "nevertheless",
                    "indeed", "moreover", "furthermore", "yet", "also", "now", "then", "today", "yesterday",
                    "overall", "separately", "similarly", "likewise", "otherwise", "again", "later", "earlier",
                    "finally", "first", "second", "third", "meantime", "anyway", "sure", "already", "thus", "hence",
                    "besides", "afterward", "afterwards", "elsewhere", "there", "here", "ultimately", "initially"}


def comma_parts(toks: list[Tok], lo: int, hi: int, marks: list[int] | None = None) -> list[tuple[int, int]]:
    """Comma-separated parts of toks[lo:hi] (commas inside parentheses do not split). ``marks``: the
    positions of every comma and bracket in the range, in order, when the caller has them already."""
    parts, cur, depth = [], lo, 0
    for i in (range(lo, hi) if marks is None else marks):
        low = toks[i].low
        if low == "(":
            depth += 1
        elif low == ")":
            depth = max(0, depth - 1)
        elif low == "," and depth == 0:
            parts.append((cur, i))
            cur = i + 1
    parts.append((cur, hi))
    return parts


def temporal_tail(toks: list[Tok], ps: int, pe: int) -> int:
    """End of toks[ps:pe] without a trailing time phrase ('Sanders on Tuesday', 'a panel in 2001')."""
    if pe - ps >= 3 and toks[pe - 2].low in {"on", "in", "last", "this", "earlier", "late", "during", "early",
                                             "later"}:
        last = toks[pe - 1].low
        if last[:1].isdigit() and toks[pe - 2].low == "in" and quantity_word(toks[pe - 3].low):
            return pe  # '4 in 10 (voters)': a proportion, not a year
        if last in TIME_AFTER_CUE or last in TIME_NOUNS or last[:1].isdigit():
            cut = pe - 2
            if cut - 1 > ps and toks[cut - 1].low in {"in", "on"}:
                cut -= 1  # 'released in late August'
            return pe if _participle_before(toks, ps, cut) else cut
    if pe - ps >= 2 and toks[pe - 1].low in TIME_AFTER_CUE and toks[pe - 1].cap:
        return pe if _participle_before(toks, ps, pe - 1) else pe - 1
    return _channel_tail(toks, ps, pe)


# The medium a source spoke through, when it sits between the source and its verb ('Roe in a blog
# post said'): it belongs to neither the source nor the claim.
SPOKEN_CHANNELS = {"interview", "interviews", "post", "posts", "statement", "statements", "memo", "letter", "speech",
                   "op-ed", "tweet", "tweets", "email", "e-mail", "video", "essay", "column", "podcast", "appearance",
                   "address", "release", "filing", "message", "broadcast", "call", "conference"}


def _channel_tail(toks: list[Tok], ps: int, pe: int) -> int:
    """End of toks[ps:pe] without a trailing 'in a (blog) post' / 'in an interview'."""
    if pe - ps < 4 or toks[pe - 1].low not in SPOKEN_CHANNELS:
        return pe
    for j in range(pe - 2, max(ps, pe - 6), -1):
        if toks[j].low == "in" and toks[j + 1].low in {"a", "an", "his", "her", "their", "its"}:
            return j if j > ps else pe
        if toks[j].low in {",", "who", "which", "that", "of"}:
            break
    return pe


def _participle_before(toks: list[Tok], ps: int, k: int) -> bool:
    """toks[k-1] is a participle after a noun: the time phrase belongs to it ('a poll released Friday')."""
    if k - 1 <= ps:
        return False
    t = toks[k - 1]
    return not t.cap and (t.low in IRREGULAR_PP or (t.low.endswith("ed") and len(t.low) > 4)) \
        and toks[k - 2].low not in DETERMINERS and toks[k - 2].low[:1].isalpha()


def adjunct_part(toks: list[Tok], s: int, e: int) -> bool:
    """A comma-delimited part that is a participle or prepositional phrase, not a noun phrase."""
    first = toks[s].low
    if first in RELATIVE or first in {"and", "but", "or", "so", "yet", "nor"}:
        return False
    if first in INTRO_WORDS and first not in DETERMINERS:
        return True
    if s + 1 < e and not toks[s + 1].cap and toks[s + 1].low.endswith("s") and agent_noun(toks[s + 1].low):
        return False  # 'elected officials from both parties': a noun phrase
    return (not toks[s].cap or s == 0) and (first.endswith("ing") or first.endswith("ed") or first in IRREGULAR_PP
                                           or first in {"struck", "stung", "shaken", "torn", "driven", "caught"}) \
        and first not in ING_NOUNS and (len(first) > 4 or (s + 1 < e and toks[s + 1].low == "by"))
    # (a short participle counts with its agent: 'Economists at the bank, led by Jane Roe, wrote')


def agent_noun(word: str) -> bool:
    """A noun that names a person by role ('spokeswoman', 'director', 'economists')."""
    if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
        word = word[:-1]
    return word in TITLES or word in PERSON_NOUNS or word in {"aide", "chief", "head", "expert", "leader",
                                                               "adviser", "advisor", "executive", "official",
                                                               "associate", "partner", "member", "founder",
                                                               "co-founder", "fellow", "deputy", "dean", "host",
                                                               "editor", "author", "coach", "candidate"} \
        or (word.endswith(AGENT_SUFFIXES) and len(word) > 4 and not word.endswith("ment")
            and word not in NOT_AGENT_NOUNS)


# Nouns with a person-like ending that name things ('the winning arguments', 'the committee').
NOT_AGENT_NOUNS = {"water", "order", "border", "letter", "paper", "number", "matter", "chapter", "quarter", "power",
                   "center", "centre", "other", "summer", "winter", "answer", "corner", "layer", "filter", "error",
                   "sector", "factor", "mirror", "chamber", "cover", "disaster", "register", "computer", "theater",
                   "theatre", "newspaper", "headquarter", "initiative", "motive", "objective", "alternative",
                   "narrative", "incentive", "perspective", "directive", "archive", "summary", "january",
                   "february", "library", "boundary", "salary", "anniversary", "primary",
                   "board", "card", "standard", "award", "committee", "guarantee", "coffee", "content", "event",
                   "percent", "talent", "extent", "intent", "consent", "accident", "incident", "component",
                   "continent", "segment", "patent", "precedent", "precedents",
                   "weather", "shelter", "danger", "hunger", "anger", "cancer", "fever", "murder", "disorder",
                   "character", "encounter", "gender", "timber", "lumber", "rubber", "silver", "river", "thunder",
                   "laughter", "slaughter", "surrender", "leather", "temper", "cluster", "barrier"}


def head_word(toks: list[Tok], s: int, e: int) -> str:
    """Head noun of toks[s:e]: the word before the first post-modifying preposition."""
    for x in range(s + 1, e):
        if toks[x].low in NP_PREPOSITIONS or toks[x].low in RELATIVE:
            if toks[x].low == "of" and toks[x - 1].low in QUANTIFIERS and x + 1 < e:
                return head_word(toks, x + 1, e)  # 'one of the family's lawyers'
            return toks[x - 1].low
    return toks[e - 1].low


def all_np(toks: list[Tok], s: int, e: int) -> bool:
    """Every token of toks[s:e] can sit in a noun phrase; 'to' and 'and' may join two nouns
    ('an adviser to the ferry board on fares and timetables')."""
    for x in range(s, e):
        if np_word(toks, x):
            continue
        if toks[x].low in {"to", "and"} and s < x < e - 1 and np_word(toks, x - 1) and np_word(toks, x + 1) \
                and toks[x - 1].low not in DETERMINERS and toks[x - 1].low not in NP_PREPOSITIONS:
            continue
        return False
    return True


def right_np(toks: list[Tok], r: int, inverted: bool = False, tail: str | None = None) -> tuple[int, int] | None:
    """A noun phrase starting at token r (after 'according to', 'by', inverted 'said').

    ``tail``: take in the appositives and relative clauses after it, those closed by a comma
    ("closed") or also one that ends the sentence ("final")."""
    n = len(toks)
    if r >= n:
        return None
    i = r
    limit = min(n, r + MAX_NP)
    depth = 0
    participle = False
    part_at = -1
    while i < limit:
        t = toks[i]
        if t.low == "(":
            depth += 1
        elif t.low == ")":
            if not depth:
                break  # '(according to Factcheck.org)': the parenthesis closes around the phrase
            depth -= 1
            i += 1
            continue
        if depth:
            if t.quoted or t.low in HARD_STOPS:
                break
            i += 1
            continue
        if t.quoted or t.low in HARD_STOPS or t.low in {",", ".", "!", "?"}:
            break
        if t.low in {"on", "in", "at", "during", "after", "before", "last", "this"} and i > r and i - 1 != part_at:
            nxt = toks[i + 1].low if i + 1 < n else ""
            if nxt in TIME_AFTER_CUE or nxt in {"a", "an", "his", "her", "their", "its"} or nxt[:1].isdigit() \
                    or inverted:
                break
        if t.low in {"and", "&"} and i > r and i + 1 < n and toks[i + 1].cap and toks[i - 1].cap:
            i += 1  # a name with a conjunction: 'the Securities and Exchange Commission'
            continue
        if t.low == "and" and i > r and i + 1 < n and toks[i + 1].low in {"others", "colleagues", "allies",
                                                                          "aides", "advisers"}:
            i += 2  # 'said Doyle and others'
            continue
        if t.low in {"and", "or"} and i == r + 1 and i + 2 < n and toks[r].cap and not toks[i + 1].cap \
                and toks[i + 1].low[:1].isalpha() and toks[i + 1].low not in DETERMINERS \
                and np_word(toks, i + 1) and np_word(toks, i + 2):
            i += 1  # 'Democratic and independent analysts'
            continue
        if t.low == "to" and i > r and i + 1 < n and (toks[i - 1].low in {"close", "next", "adviser", "advisers",
                                                                        "advisor", "advisors", "aide", "aides",
                                                                        "ambassador", "envoy", "heir", "successor",
                                                                        "spokesman", "spokeswoman", "spokesperson"}) \
                and (toks[i + 1].cap or toks[i + 1].low in DETERMINERS or toks[i + 1].low in {"him", "her", "them"}):
            i += 1  # 'a person close to the family', 'an adviser to the mayor'
            continue
        if t.low == "and" and tail is not None and i > r and i + 1 < n and (
                toks[i + 1].low in {"the", "a", "an", "other", "several", "many", "some", "both", "his", "her",
                                    "their", "its"} or toks[i + 1].cap):
            rest = right_np(toks, i + 1)
            if rest is not None and (rest[1] >= n or toks[rest[1]].low in {".", ",", ";", "!", "?"}):
                i = rest[1]  # '... by critics and several former officials.'
                break
        if t.low == "to" and i - 1 == part_at and i + 1 < n and (toks[i + 1].low in DETERMINERS or toks[i + 1].cap):
            i += 1  # 'data submitted to the agency': where the record went belongs to it, as 'filed by' does
            continue
        if t.low in CLAUSE_WORDS:
            break
        if t.low in RELATIVE or t.low in TIME_AFTER_CUE:
            break
        if not np_word(toks, i) and not (i == r and t.low in PERSONAL_PRONOUNS):
            info = VERB_FORMS.get(t.low)
            if info and info[0] in NOUN_LIKE and info[1] in {"base", "3sg"} and not t.cap and (
                    i == r or (np_word(toks, i - 1) and toks[i - 1].low not in NP_PREPOSITIONS)):
                i += 1  # a noun that looks like a verb: 'according to recent reports', 'poll estimates'
                continue
            if not participle and participle_modifier(toks, r, i, min(n, i + 2)):
                participle = True  # 'a lawsuit filed by a former partner'
                part_at = i  # its preposition ('involved in the planning') belongs to the phrase
                i += 1
                continue
            break
        i += 1
    e = i
    # (Membership tests, not a set difference built at every step.)
    while e > r and ((toks[e - 1].low in DETERMINERS and toks[e - 1].low not in {"one", "two", "both", "all", "others"})
                     or toks[e - 1].low in NP_PREPOSITIONS or toks[e - 1].low in {"(", "-", "&"}):
        e -= 1
    if e <= r or not (valid_np(toks, r, e) or (participle and _reduced_np(toks, r, e))):
        return None
    # 'a poll released last week': the participle and its time phrase belong to the noun.
    p = e if e + 1 < n and e == i and not toks[e].quoted and _participle_before(toks, r, e + 1) else e - 1
    if p + 1 < n and p > r and _participle_before(toks, r, p + 1):
        if toks[p + 1].low in TIME_AFTER_CUE:
            e = p + 2
        elif toks[p + 1].low in {"last", "this", "earlier"} and p + 2 < n and toks[p + 2].low in TIME_NOUNS:
            e = p + 3
        if e > p + 1 and e + 1 < n and toks[e].low in {"by", "in"} and not toks[e + 1].quoted:
            # 'data released Tuesday by the realtors' group': the agent after the time phrase belongs
            # to the participle as well.
            agent = right_np(toks, e + 1)
            if agent is not None:
                e = agent[1]
    # What describes the source after it: '..., said Jane Roe, 32, of Elmwood, who works in retail.',
    # '..., according to the Tenants Union, an advocacy group.'
    if tail == "final" and e < n and toks[e].low in {"who", "that", "whose"}:
        e = _restrictive_relative(toks, e)  # '..., according to Republicans who critiqued the speech.'
    if tail is None or e >= n or toks[e].low != ",":
        return (r, e)
    if e - r == 1 and toks[r].low in OBJECT_PRONOUNS:
        return (r, e)  # 'according to him, the council ...': nothing describes a pronoun
    return (r, descriptive_tail(toks, e, final_ok=(tail == "final")))


OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "it", "he", "she", "they", "we", "i", "you"}


def _restrictive_relative(toks: list[Tok], e: int) -> int:
    """End of a relative clause that starts at toks[e] and ends the sentence (or meets a comma);
    e itself when the clause reports something of its own or runs into a quotation."""
    n = len(toks)
    j = e + 1
    while j < n and j - e <= MAX_NP and toks[j].low not in {",", ".", ";", "!", "?", ":"}:
        if toks[j].quoted or toks[j].low in HARD_STOPS:
            return e
        if toks[j].low in VERB_FORMS and not toks[j].cap and VERB_FORMS[toks[j].low][0] in {"say", "tell", "write",
                                                                                              "report", "add"}:
            return e
        j += 1
    if j - e > MAX_NP or j == e + 1:
        return e
    return j


def descriptive_tail(toks: list[Tok], e: int, final_ok: bool) -> int:
    """End of the comma-separated parts from toks[e] (a comma) on that describe the noun phrase
    ending at e: appositives, ages, home towns, relative clauses, participles ('speaking on
    condition of anonymity'). A part counts only if a comma closes it, or, with ``final_ok``,
    the sentence ends after it. A relative clause that reports something itself ('who said ...')
    is left out, as is anything after it."""
    n = len(toks)
    end = e
    while end < n and toks[end].low == "," and end - e < 2 * MAX_NP:
        j = end + 1
        depth = 0
        while j < n and not toks[j].quoted and (depth or toks[j].low not in {",", ".", ";", "!", "?", ":"}
                                                or abbreviation_period(toks, j)):
            if toks[j].low == "(":
                depth += 1
            elif toks[j].low == ")":
                depth = max(0, depth - 1)
            j += 1
        if j == end + 1 or j - end > MAX_NP:
            break
        closes = j < n and toks[j].low == ","
        ends = j >= n or toks[j].low in {".", "!", "?"} or (toks[j].quoted and toks[j].low[:1].isalpha() is False)
        if not (closes or (ends and final_ok)):
            break
        s = end + 1
        if toks[s].low == "and" and j - s > 1:
            s += 1  # '..., and a co-editor of the anthology'
        if not final_ok and not (toks[s].low in {"who", "whose", "which", "a", "an", "the", "one", "another"}
                                 or toks[s].low in ROLE_HEADS) and not _participle_part(toks, s, j):
            break  # 'According to the survey, 70% of adults need help': the main clause, not a description
        if _event_appositive(toks, s, j):
            break  # '..., according to two people briefed on it, a move that would close the pier': the move is the news, not the source
        if not (insertion(toks, s, j) or _participle_part(toks, s, j) or valid_np(toks, s, j)):
            break
        if toks[s].low in {"who", "whose", "which"} and _relative_reports(toks, s, j):
            break  # 'who said he is friendly with ...': an attribution of its own
        end = j
    return end


def abbreviation_period(toks: list[Tok], j: int) -> bool:
    """toks[j] is the period of a short abbreviation that a comma or a bracket follows ('Elmwood, Ore.,
    who', 'a Ph.D., and'): it ends the word, never the sentence."""
    return toks[j].low == "." and 0 < j < len(toks) - 1 and toks[j + 1].low in {",", ")"} \
        and toks[j - 1].end == toks[j].start and toks[j - 1].low.isalpha() and len(toks[j - 1].low) <= 5


# Nouns that, in an appositive after a clause, sum up the event the clause reports ('..., a move
# that would close the pier', '..., a sharp reversal from last year'): they describe the news, never
# the source named just before them.
EVENT_HEADS = {"move", "step", "decision", "development", "sign", "signal", "blow", "setback", "shift", "reversal",
               "change", "departure", "turnaround", "u-turn", "escalation", "concession", "rebuke", "snub", "boost",
               "jump", "increase", "rise", "drop", "decline", "fall", "cut", "gain", "loss", "record",
               "milestone", "sum", "figure", "amount", "level", "rate", "deal", "plan", "proposal", "measure",
               "prospect", "outcome", "result", "twist", "victory", "defeat", "win", "breakthrough", "scenario"}


def _event_appositive(toks: list[Tok], s: int, j: int) -> bool:
    """toks[s:j] is 'a/an (adjective) EVENT-noun' or 'the biggest/first EVENT-noun' (+ anything): an
    appositive to the whole clause ('the source, a person' and 'the board, the oldest in town' are not)."""
    if toks[s].low not in {"a", "an"} and not (toks[s].low == "the" and s + 1 < j and (
            toks[s + 1].low.endswith("est") or toks[s + 1].low in {"first", "most", "latest"})):
        return False
    for x in range(s + 1, min(j, s + 4)):
        if toks[x].low in EVENT_HEADS:
            return True
        if toks[x].cap or not toks[x].low.isalpha():
            return False
    return False


# Words between a relative pronoun and its verb ('who has also said', 'who recently noted').
_RELATIVE_LEAD = {"also", "now", "recently", "since", "then", "once", "later", "often", "still", "never", "not",
                  "n't", "first", "previously", "earlier", "repeatedly", "publicly", "privately", "too"}


def _relative_reports(toks: list[Tok], s: int, j: int) -> bool:
    """The relative clause toks[s:j] ('who ...') reports something of its own: its verb is a
    speech verb ('who said', 'who has also noted'). A clause that only describes ('who has known
    them for years', 'who endorsed her', 'who is regarded as an expert') reports nothing, even
    when a speech word turns up later in it."""
    x = s + 1
    while x < j and (toks[x].low in AUX or toks[x].low in _RELATIVE_LEAD or toks[x].low.endswith("ly")):
        x += 1
    return x < j and toks[x].low in VERB_FORMS and not toks[x].cap \
        and VERB_FORMS[toks[x].low][0] not in _DESCRIBING_LEMMAS


# Cue verbs that, inside a relative clause, describe the person rather than report a claim:
# 'who has known her for years', 'who endorsed the mayor', 'who advised two governors'.
_DESCRIBING_LEMMAS = {"know", "endorse", "support", "oppose", "prefer", "offer", "advise", "want", "praise",
                      "regard", "consider", "see"}


def _participle_part(toks: list[Tok], s: int, e: int) -> bool:
    """'speaking on condition of anonymity', 'based in Tampa', 'writing for the Gazette'."""
    first = toks[s]
    if first.low in VERB_FORMS and VERB_FORMS[first.low][0] in {"refer", "say", "add", "note", "cite", "speak",
                                                              "talk", "write", "tell"}:
        return False  # 'referring to the bypass': a cue of its own, not a description
    return e - s >= 2 and not first.cap and first.low in DESCRIBING_PARTICIPLES \
        and toks[s + 1].low in AFTER_PARTICIPLE | {"on", "as", "under"}


# Participles that describe a source ('speaking on condition of anonymity', 'based in Tampa'),
# unlike those that add a circumstance ('compared with last year').
DESCRIBING_PARTICIPLES = {"speaking", "writing", "based", "working", "located", "reached", "interviewed",
                          "quoted", "appearing", "testifying", "representing", "running", "serving", "living",
                          "campaigning", "elected", "appointed", "employed", "hired", "retired", "known", "born",
                          "raised", "educated", "trained", "affiliated", "associated", "involved", "briefed",
                          "granted", "requesting", "asking", "citing"}


AFTER_INVERTED_SUBJECT = {"on", "in", "at", "during", "after", "before", "last", "this", "as", "while", "when",
                          "from", "to", "earlier", "later", "with", "following", "about", "of", "for", "and",
                          "but", "because", "outside", "inside", "via", "through", "over", "shortly", "early",
                          "late", "recently", "afterward", "afterwards", "then"}


def ends_inverted_subject(t: Tok) -> bool:
    """Can t follow the subject of an inverted cue ('..., said Jane Roe on Monday.')?"""
    low = t.low
    return not low[:1].isalnum() or t.cap or low in AFTER_INVERTED_SUBJECT or low in TIME_AFTER_CUE


# Past verbs that take 'from'/'at'/'for' and an object ('The report came from Acme Corp., which said').
PAST_MOTION = {"came", "went", "got", "spoke", "took", "gave"}


def antecedent(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The name or short noun phrase ending right before token k (for 'X, who said'): 'a report by
    the Accountability Office, released in March, which found' is the report, not March."""
    rel = toks[k + 1].low if k + 1 < len(toks) else ""
    k = _before_participle_part(toks, k)
    j = k
    while j > 0 and k - j < 8:
        t = toks[j - 1]
        if t.text[:1].isupper() or t.low in {".", "-"} or t.low in {"the", "a", "an"}:
            j -= 1
            if t.low in {"the", "a", "an"}:
                break
            continue
        if j == k and t.low.isalpha():
            j -= 1
            continue
        break
    while j < k and toks[j].low in {".", "-"}:
        j += 1
    before = toks[j - 2].low if j >= 2 else ""
    if j < k and j >= 3 and toks[j - 1].low in {"by", "of", "from", "at", "for"} and not (
            toks[j - 1].low != "by" and (before.endswith("ed") or before in IRREGULAR_PP or before in PAST_MOTION)) \
            and not (rel == "who" and before.isalpha() and not agent_noun(before)):
        # ('over the objections of creditors, who said': 'who' is a person, so not the objections.)
        # ('The panel heard from Ravi Menon, who': a verb's object, not a noun's complement.)
        # 'a report by the Accountability Office', 'a spokesman for the department': the head before the
        # preposition is what the relative pronoun stands for.
        for d in range(j - 2, max(-1, j - 5), -1):
            # ('three residents of Pike County, who said': a number opens the phrase as 'the' does.)
            if toks[d].low in {"a", "an", "the", "this", "that", "some", "several"} or (
                    toks[d].low in NUMBER_WORDS or toks[d].low.isdigit()) and rel == "who":
                if all(toks[x].low.isalpha() and not toks[x].cap for x in range(d + 1, j - 1)) and d + 1 < j - 1:
                    return (d, k)
                break
        if rel == "who" and j >= 3 and before.endswith("s") and agent_noun(before) and not toks[j - 2].cap \
                and toks[j - 3].low in _BARE_PLURAL_AFTER:
            return (j - 2, k)  # 'signed by members of the board, who said': a bare plural opens the phrase
    return (j, k) if j < k else None


# Prepositions before a bare plural head ('by members of the board'): the plural opens its own phrase.
_BARE_PLURAL_AFTER = frozenset({"by", "from", "with", "to", "among", "for", "of", "on", "at", "about", "between"})


def _before_participle_part(toks: list[Tok], k: int) -> int:
    """The comma before a participle phrase that ends at the comma toks[k] ('..., released in March,'),
    or k itself."""
    for p in range(k - 1, max(-1, k - 8), -1):
        if toks[p].low == ",":
            first = toks[p + 1]
            if p + 1 < k and not first.cap and (first.low in IRREGULAR_PP or (first.low.endswith("ed")
                                                                              and len(first.low) > 4)):
                return p
            return k
        if toks[p].quoted or toks[p].low in HARD_STOPS:
            return k
    return k


INSERTION_STARTS = {"a", "an", "the", "another", "one", "his", "her", "their", "its", "our", "my", "both", "also",
                    "then", "now", "once", "himself", "herself", "themselves", "itself", "who", "whose", "which",
                    "currently", "formerly", "previously", "like", "including", "such", "among", "not", "either",
                    "neither", "each", "all", "of", "from"}


# Role nouns that can open an appositive without an article ('president of the union').
ROLE_HEADS = {"president", "chairman", "chairwoman", "chair", "director", "head", "chief", "founder", "co-founder",
              "member", "author", "co-author", "editor", "publisher", "professor", "executive", "leader", "spokesman",
              "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "manager", "partner", "owner", "senior",
              "deputy", "secretary", "counsel", "attorney", "lawyer", "analyst", "economist", "strategist",
              "pollster", "researcher", "fellow", "host", "correspondent", "reporter", "columnist", "commentator",
              "candidate", "nominee", "treasurer", "organizer", "volunteer", "supporter", "critic", "resident",
              "mayor", "governor", "senator", "representative", "minister", "ambassador", "general", "former"}


def insertion(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e], set off by commas right before a cue, describes the name before it: an
    appositive ('a scholar at the X Institute', '34', 'Republican of Arizona', 'like Rubio and
    Bush') or a relative clause ('who is 28'). It must not be a clause of its own."""
    if e - s > 30:
        return False
    first = toks[s]
    if not (first.low in INSERTION_STARTS or first.low[:1].isdigit() or first.cap
            or (not first.cap and (first.low in TITLES or first.low in PERSON_NOUNS or first.low in ROLE_HEADS))):
        return False
    if first.cap and (first.low in INTRO_WORDS or first.low in CLAUSE_WORDS):
        return False
    relative = first.low in {"who", "whose", "which"}
    for x in range(s, e):
        t = toks[x]
        low = t.low
        if t.quoted or low in HARD_STOPS:
            return False
        if relative:
            continue
        if low in {"who", "whose", "which", "that"} and x > s:
            relative = True  # 'a Republican who has refused to endorse him'
            continue
        if low in PERSONAL_PRONOUNS and low not in {"it"}:
            return False
        if (low in AUX and low not in {"'s", "’s"}) or low in VERB_ONLY_FORMS:
            return False
        info = VERB_FORMS.get(low)
        if info and info[1] in {"past", "3sg"} and not t.cap and x > s and toks[x - 1].low not in DETERMINERS \
                and toks[x - 1].low not in POSSESSIVE:
            return False
    return True
