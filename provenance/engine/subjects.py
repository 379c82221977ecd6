"""The subject of a reporting verb: the source phrase to the left of a cue.

``left_np`` finds the subject noun phrase ending at the cue, taking in appositives and
restrictive relative clauses and leaving out introductory phrases and adjuncts;
``clause_subject`` finds the main-clause subject for "..., saying" and "... and said".
"""

from __future__ import annotations

import re

from . import gazetteer
from .cue_lexicon import AUX, CUE_ADVERBS, LEADING_NOT_CUE, NOMINAL_CUES, NOUN_LIKE, VERB_FORMS
from .lexicon import (
    APPROXIMATORS,
    CLAUSE_WORDS,
    DAY_PARTS,
    DETERMINERS,
    ING_NOUNS,
    ING_PARTICLES,
    INTRO_WORDS,
    IRREGULAR_PP,
    NP_PREPOSITIONS,
    NUMBER_WORDS,
    OBJECT_RELATIVES,
    ORG_NOUNS,
    OUTLET_HEADS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    POSSESSIVE,
    QUANTIFIERS,
    RELATIVE,
    STRIPPABLE,
    TIME_AFTER_CUE,
    TIME_NOUNS,
    TITLES,
    VERB_ONLY_FORMS,
    WEEKDAYS,
)
from .noun_phrases import (
    MAX_NP,
    SENTENCE_ADVERBS,
    WINDOW,
    adjunct_part,
    agent_noun,
    all_np,
    appositive,
    comma_parts,
    head_word,
    insertion,
    name_like,
    np_word,
    participle_modifier,
    party_label,
    quantity_word,
    temporal_tail,
    valid_np,
)
from .proposal import Found
from .tokens import HARD_STOPS, Tok, is_adverb


def _relative_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of 'NP who ...' when a relative 'who' sits between ps and i (the failed token)."""
    w = i
    while w > ps and toks[w].low not in {"who", "that", "whose"} and pe - w < 16:
        w -= 1
    if w > ps and toks[w].low == "that" and w + 1 < pe:
        # 'a study that appeared in the journal found': 'that' straight before a verb is relative.
        nxt = toks[w + 1].low
        if not (nxt in AUX or (nxt.endswith("ed") and len(nxt) > 4) or nxt in IRREGULAR_PP):
            return None
        inner = left_np(toks, w, ps)
        if inner and inner[1] == w and toks[inner[0]].low not in PERSONAL_PRONOUNS | RELATIVE \
                and toks[w - 1].low not in VERB_FORMS:
            return inner[0]
        return None
    if w > ps and toks[w].low == "whose" and all(np_word(toks, x) or is_adverb(toks[x]) for x in range(w + 1, pe)):
        return None  # 'the hacker whose mischief first [revealed]': the cue is the relative clause's own verb
    if w > ps and toks[w].low in {"who", "whose"}:
        inner = left_np(toks, w, ps)
        if inner and inner[1] == w and toks[inner[0]].low not in PERSONAL_PRONOUNS | RELATIVE:
            return inner[0]
    return None


# Verbs of saying whose subject may be a relative 'that' (a sign, a letter, a group 'that says ...');
# with other verbs the 'that' clause mostly describes a thing rather than attributes a statement.
THAT_SUBJECT_LEMMAS = {"say", "argue", "claim", "warn", "accuse", "predict", "ask", "suggest"}


def _that_subject(toks: list[Tok], ps: int, i: int, pe: int) -> bool:
    """'groups that say ...', 'a letter that argued ...': a 'that' between a noun and the cue is the
    relative pronoun the cue's subject; after a verb ('argued that [claims]') it opens a clause."""
    if toks[i].low != "that" or i != pe - 1 or i <= ps or pe >= len(toks) \
            or VERB_FORMS.get(toks[pe].low, ("", ""))[0] not in THAT_SUBJECT_LEMMAS:
        return False
    prev = toks[i - 1]
    if not np_word(toks, i - 1) or prev.low in DETERMINERS or prev.low in NP_PREPOSITIONS \
            or prev.low in PERSONAL_PRONOUNS or prev.low in TIME_NOUNS or prev.low in TIME_AFTER_CUE:
        return False
    return prev.low not in VERB_FORMS or VERB_FORMS[prev.low][0] in NOUN_LIKE


def _time_part(toks: list[Tok], s: int, e: int) -> bool:
    """Is toks[s:e] a bare time phrase ('on Tuesday', 'last week', 'yesterday')?"""
    last = toks[e - 1].low if e > s else ""
    if not (last in TIME_AFTER_CUE or last in TIME_NOUNS or last in WEEKDAYS):
        return False
    return e - s == 1 or (e - s == 2 and toks[s].low in {"on", "last", "this", "earlier", "later", "late", "early"})


# Adverbs between a verb and its object's determiner ('is now the place', 'was still a rule').
_COPULA_ADVERBS = {"now", "still", "also", "just", "again", "already", "perhaps", "probably"}


def _contact_object(toks: list[Tok], ps: int, i: int) -> bool:
    """'It was a rule they say helped the bakers': a noun phrase that is the object of a verb or a
    preposition, then a pronoun, opens a relative clause without 'that' whose subject is the pronoun.
    A noun phrase that opens the clause ('The dog she said was lost ...') is left alone."""
    prev = toks[i - 1]
    if prev.low in {"everything", "something", "anything", "nothing"}:
        return True  # 'everything he said', 'something she opposed': a pronoun head never takes a verb here
    if prev.cap or not np_word(toks, i - 1) or prev.low in CLAUSE_WORDS or prev.low in DETERMINERS or prev.low in NP_PREPOSITIONS or prev.low in POSSESSIVE \
            or prev.low.endswith(("'s", "’s")) or prev.low[:1].isdigit():
        return False
    j = i - 1
    while j >= ps and np_word(toks, j) and toks[j].low not in CLAUSE_WORDS:
        j -= 1
    if j < ps or toks[j + 1].low not in DETERMINERS:
        return False
    while j > ps and (toks[j].low in _COPULA_ADVERBS or is_adverb(toks[j])) and not toks[j].cap:
        j -= 1  # 'Scarborough Shoal is now the place officials say ...': an adverb after the verb
    before = toks[j].low
    return before in NP_PREPOSITIONS or before in {"is", "was", "are", "were", "be", "been", "to"} \
        or VERB_FORMS.get(before, ("", ""))[1] in {"past", "3sg", "pp"} \
        or (before.endswith("ing") and len(before) > 5 and before not in ING_NOUNS)


def _contact_speaker(toks: list[Tok], ps: int, pe: int) -> tuple[int, int] | None:
    """'It is a tax critics say was unfair', 'the pier harbor officials say will open': a noun phrase
    that is an object, then a speaker phrase (a name, a role noun or 'some'), opens a relative
    clause without 'that'; the speaker phrase is the subject of the verb."""
    for x in range(pe - 1, max(ps, pe - 4), -1):
        t = toks[x]
        if t.cap and not toks[x - 1].cap and t.low not in TITLES and not agent_noun(toks[x - 1].low):
            # ('the page editor Jane Roe', 'state Senator Roe': a role before a name is its title)
            speaker = all(toks[y].cap or agent_noun(toks[y].low) for y in range(x, pe))
        else:
            speaker = x == pe - 1 and (t.low in {"some", "many", "most", "others"} or (
                agent_noun(t.low) and t.low.endswith("s")))
        if speaker and valid_np(toks, x, pe) and _contact_object(toks, ps, x) \
                and toks[x - 1].low.isalpha() and toks[pe].low.isalpha() and not toks[pe].low.endswith("ing"):
            return (x, pe)
    return None


def _short_that_relative(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] is a noun phrase and a short 'that' clause on it, the clause's verb coming right
    after 'that' ('groups that backed her [say]', 'a study that appeared in May [found]').
    Short and with no clause word, comma or quotation inside: a longer 'that' clause may hold the
    cue's real subject ('the battles that preceded the election because the court [refused]')."""
    x = next((x for x in range(s + 1, e) if toks[x].low == "that"), None)
    if x is None or e - x > 8 or toks[s].low in CLAUSE_WORDS or not valid_np(toks, s, x):
        return False
    return not any(toks[y].low in CLAUSE_WORDS or toks[y].low in RELATIVE or toks[y].low == "," or toks[y].quoted
                   for y in range(x + 1, e))


def _reduced_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of the noun phrase when toks[i] is a participle modifying it ('a study released
    Monday found'); None unless that noun phrase begins the part or follows a clause word."""
    j = i - 1
    if j - 1 >= ps and toks[j].low == "not" and not toks[j].quoted:
        j -= 1  # 'Experts not involved in the study said' (participle_modifier reads past the 'not' too)
    while j >= ps and np_word(toks, j) and toks[j].low not in CLAUSE_WORDS:
        j -= 1
    start = j + 1
    if j >= ps and not (toks[j].low in CLAUSE_WORDS and not toks[j].cap):
        return None
    return start if participle_modifier(toks, start, i, pe) else None


def _bare_participle_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of the noun phrase when toks[i], the last word before the cue, is a past participle
    standing after a plural noun or 'those' ('the voters polled [said]', 'those surveyed [say]',
    'residents interviewed [said]'): English lets no finite verb sit right before another, so the
    participle can only be a post-modifier of the noun before it."""
    if i != pe - 1 or i <= ps or pe >= len(toks):
        return None
    t = toks[i]
    low = t.low
    if t.cap or t.quoted or not (low in IRREGULAR_PP or (low.endswith("ed") and len(low) > 4)) \
            or VERB_FORMS.get(toks[pe].low, ("", ""))[1] not in {"past", "pp", "3sg", "base"}:
        return None
    prev = toks[i - 1]
    if prev.quoted or not prev.low.replace("-", "").isalpha() or prev.low in POSSESSIVE or prev.low in DETERMINERS \
            or prev.low in NP_PREPOSITIONS or prev.low in VERB_FORMS \
            or not (prev.low == "those" or (prev.low.endswith("s") and not prev.low.endswith("ss"))):
        return None
    j = i - 1
    # ('moderates and churchgoers polled': a list of nouns before the participle is one subject)
    while j >= ps and ((np_word(toks, j) and toks[j].low not in CLAUSE_WORDS)
                       or (toks[j].low in {"and", "or"} and j > ps and np_word(toks, j - 1) and j + 1 < i)):
        j -= 1
    if j >= ps and not (toks[j].low in CLAUSE_WORDS and not toks[j].cap):
        return None
    return j + 1 if valid_np(toks, j + 1, i) else None


# Prepositions that end in '-ing'.
ING_PREPOSITIONS = {"during", "including", "regarding", "concerning", "excluding", "according", "pending",
                    "notwithstanding", "considering", "barring"}


def _ing_start(toks: list[Tok], ps: int, g: int, pe: int) -> int | None:
    """Start of the noun phrase when toks[g] is an '-ing' participle modifying it and running to pe
    ('tenants trying to stop the levy', 'tenants living in harbor flats'): a plural noun or a
    name right before, a noun phrase from ps or a clause word, and a short tail with no clause word
    but 'to', no comma and no finite verb."""
    t = toks[g]
    low = t.low
    if g <= ps or t.cap or t.quoted or not low.endswith("ing") or not low.isalpha() or len(low) <= 5 or low in ING_NOUNS \
            or (low in INTRO_WORDS and low != "speaking") or low in ING_PREPOSITIONS or g + 1 >= pe or pe - g > 12:
        # ('during', 'following': prepositions, not participles; 'speaking' opens a sentence's adjunct
        # ('Speaking at a rally, Roe said'), but right after a noun it describes the speaker: 'An aide
        # speaking on condition of anonymity said')
        return None
    if toks[pe - 1].low in DETERMINERS or toks[pe - 1].low in NP_PREPOSITIONS or toks[pe - 1].low in {"to", "own"}:
        # 'others seeking a [recognized permit]', 'choking on its own [fumes]': the phrase runs on past the verb
        return None
    before = toks[g - 1]
    # ('A man carrying a sign [said]': a singular noun too, when an article opens its phrase right before it)
    singular = g - 2 >= ps and toks[g - 2].low in {"a", "an", "the"} and before.low.isalpha() and not before.cap \
        and before.low not in VERB_FORMS and before.low not in AUX and not is_adverb(before)
    if not (before.cap or singular or (before.low.endswith("s") and not before.low.endswith("ss") and before.low.isalpha())) \
            or before.low in POSSESSIVE \
            or before.low in NP_PREPOSITIONS or before.low in DETERMINERS:
        return None
    j = g - 1
    while j >= ps and np_word(toks, j) and toks[j].low not in CLAUSE_WORDS:
        j -= 1
    if j >= ps and not (toks[j].low in CLAUSE_WORDS and not toks[j].cap):
        return None
    start = j + 1
    if not valid_np(toks, start, g):
        return None
    for x in range(g + 1, pe):
        w = toks[x]
        if w.quoted or w.low in HARD_STOPS or w.low == "," or w.low in RELATIVE \
                or (w.low in CLAUSE_WORDS and w.low != "to") or w.low in AUX \
                or (w.low in VERB_FORMS and VERB_FORMS[w.low][1] in {"past", "3sg"}):
            return None
    return start


# Auxiliaries inside a relative clause with no 'who' ('people I've spoken with').
_CONTACT_AUX = AUX | {"'ve", "’ve", "'d", "’d"}

# Words of a time phrase closing a relative clause ('this week', 'over the past few months').
_TIME_TAIL = {"this", "last", "past", "over", "in", "during", "the", "a", "couple", "of", "few", "several", "recent",
              "recently", "earlier", "lately"}


def _contact_start(toks: list[Tok], ps: int, i: int, pe: int) -> int | None:
    """Start of the noun phrase when a relative clause with no 'who' or 'that' runs from a pronoun to pe
    ('the bakers I interviewed [said]', 'people we have spoken with [say]'): the pronoun, an optional
    auxiliary, a past verb, an optional preposition, and nothing else."""
    p = next((x for x in range(i, max(ps, i - 6), -1) if toks[x].low in {"i", "we", "you", "they", "he", "she"}), None)
    if p is None or p <= ps:
        return None
    x = p + 1
    while x < pe and toks[x].low in _CONTACT_AUX:
        x += 1
    if x >= pe:
        return None
    verb = toks[x].low
    if not ((verb.endswith("ed") and len(verb) > 4) or verb in IRREGULAR_PP or verb in VERB_ONLY_FORMS
            or VERB_FORMS.get(verb, ("", ""))[1] in {"pp", "past"}):
        return None
    x += 1
    if x < pe and toks[x].low in {"with", "to", "about", "for"}:
        x += 1
    # ('people I spoke with over the past few weeks [said]': a time phrase may close the clause)
    if any(toks[y].low not in _TIME_TAIL and toks[y].low.rstrip("s") not in TIME_NOUNS for y in range(x, pe)):
        return None
    before = toks[p - 1]
    if before.quoted or before.low in DETERMINERS or before.low in NP_PREPOSITIONS or before.low in VERB_FORMS \
            or not np_word(toks, p - 1):
        return None
    j = p - 1
    while j >= ps and np_word(toks, j) and toks[j].low not in CLAUSE_WORDS:
        j -= 1
    if j >= ps and not (toks[j].low in CLAUSE_WORDS and not toks[j].cap):
        return None
    return j + 1 if valid_np(toks, j + 1, p) else None


SINGLE_CLOSE = {"’", "'"}


def left_np(toks: list[Tok], k: int, sentence_lo: int = 0, final: bool = False,
            described: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase ending right before token k (the first cue token); see ``_left_np``.
    A name at the end of a longer phrase speaks for itself when the cue's clause has a gap
    ('Everything Roe says is wrong', 'the plan Roe backed was dropped'): see ``_gap_speaker``."""
    found = _left_np(toks, k, sentence_lo, final, described)
    if found is not None and found[1] == k and found[1] - found[0] >= 2 and toks[k - 1].cap:
        return _gap_speaker(toks, found, k)
    return found


# Pronouns that head a relative clause without 'that' ('everything Roe says is', 'all Roe wants is').
_GAP_HEADS = {"everything", "something", "anything", "nothing", "all", "much", "little"}

# Prepositions that can end a verb whose object is the gap ('the plan Roe talked about is').
_GAP_PARTICLES = {"to", "about", "of", "on", "for", "at", "with", "into", "from", "by"}


def _gap_speaker(toks: list[Tok], found: tuple[int, int], k: int) -> tuple[int, int]:
    """'Everything Roe says is a lie', 'the photo Roe posted did not show', 'a trend Roe said could
    last': a noun (or 'everything') followed by a name and the cue, and then the main clause's own
    verb, is a relative clause without 'that' whose subject, the name, is the speaker. The verb right
    after the cue (and its preposition) is the test: with no gap ('Roe's aide Jane Doe said he was
    right', 'the singer Jane Doe says she is') the whole phrase is the subject."""
    s, e = found
    n = len(toks)
    x = e
    while x > s and (toks[x - 1].cap or toks[x - 1].low in {".", "-"}) and not toks[x - 1].quoted:
        x -= 1
    if x == s and toks[s].low in _GAP_HEADS:
        x = s + 1
    if x == s or x == e or not toks[x].cap or toks[x].low in _GAP_HEADS:
        return found
    w = toks[x - 1]
    if not w.low.isalpha() or w.quoted or (w.low not in _GAP_HEADS and (
            w.cap or w.low in DETERMINERS or w.low in NP_PREPOSITIONS or w.low in CLAUSE_WORDS
            or w.low in POSSESSIVE or w.low in RELATIVE or w.low in {"and", "or", "than", "as"})):
        return found
    j = k
    while j < n and j - k < 3 and (toks[j].low in AUX or is_adverb(toks[j])):
        j += 1
    if j >= n or toks[j].low not in VERB_FORMS or toks[j].cap:
        return found
    j += 1
    if j < n and toks[j].low in _GAP_PARTICLES:
        j += 1
    if j < n and (is_adverb(toks[j]) or toks[j].low in {"most", "more", "then"}):
        j += 1
    if j < n and toks[j].low in AUX and toks[j].low not in {"been", "be", "not", "n't", "n’t"} \
            and not toks[j].low.startswith(("'", "’")) and not toks[j].quoted:
        return (x, e)
    return found


def _party_label_comma(toks: list[Tok], part: tuple[int, int], k: int) -> bool:
    """'Sen. Jane Roe (D-Md.), said after a hearing that ...': a stray comma after a name's party
    label in brackets; no name follows the verb, so the verb is not inverted and the name speaks."""
    s, e = part
    o = next((x for x in range(e - 2, max(s, e - 5), -1) if toks[x].low == "("), None)
    if s > 0 and toks[s - 1].low not in {".", ";", "?", "!"}:
        return False  # ('Del. Jane "Jo" Roe (D-Elm), shouted': the name runs on before a quoted nickname)
    if o is None or toks[e - 1].low != ")" or o - s < 1 or not toks[o + 1].cap or "-" not in toks[o + 1].low \
            or not all(toks[x].cap or toks[x].low == "." for x in range(s, e - 1) if x != o):
        return False
    return k < len(toks) and not toks[k].cap and k + 1 < len(toks) and not toks[k + 1].cap


# Words whose 's is 'is' or 'has' ('It's said that ...', 'There's said to be ...'), never a name's.
_CLITIC_HOSTS = frozenset({"it", "that", "there", "here", "what", "who", "where", "how", "he", "she", "let"})
# What follows a reporting verb that has a clause or a quotation after it ('said the deal', 'warned that').
_AFTER_NAME_CUE = frozenset({"that", "it", "the", "a", "an", "its", "they", "he", "she", "on", "in", ".", ",", ":",
                             '"', "“", "``"})


def _name_in_s(toks: list[Tok], j: int, k: int) -> bool:
    """toks[j], right before the cue at k, is a name that ends in 's ('McDonald's said the deal was done',
    'Moody's warned that ...', '..., Macy's said.'), not an owner before a noun ('Acme's reported profit'):
    capitalised, not a pronoun's clitic, and the cue a past or present verb with its complement after it."""
    t = toks[j]
    if j + 1 != k or not t.cap or t.quoted or k >= len(toks) or t.low[:-2] in _CLITIC_HOSTS:
        return False
    form = VERB_FORMS.get(toks[k].low)
    if form is None or form[1] not in {"past", "pp", "3sg"}:  # (a regular past reads as its participle)
        return False
    # ('said' and 'told' never modify a noun, so 'Macy's said sales fell' needs no opener after them.)
    return k + 1 >= len(toks) or toks[k + 1].low in _AFTER_NAME_CUE or toks[k].low in {"said", "says", "told", "tells"}


def _left_np(toks: list[Tok], k: int, sentence_lo: int = 0, final: bool = False,
             described: bool = False) -> tuple[int, int] | None:
    """The subject noun phrase ending right before token k (the first cue token).

    ``final``: the cue ends the sentence ('..., the agency said in a report.'), so the part
    that opens the sentence is the reported content, never an appositive of the subject.
    ``described``: a comma closes what ends at k, as an appositive ('Roe, 34, [a plaintiff,] said')."""
    if k >= 2 and k < len(toks) and toks[k - 1].low == "today" and toks[k - 2].low not in PERSONAL_PRONOUNS \
            and VERB_FORMS.get(toks[k].low, ("", ""))[1] in {"base", "3sg"}:
        # 'The guild today wants', 'its backers today argue': before a present verb 'today' names the
        # present-day body that speaks, and stays in the subject.
        inner = left_np(toks, k - 1, sentence_lo, final, described)
        if inner is not None and inner[1] == k - 1:
            return (inner[0], k)
    if k > 2 and toks[k - 1].low in DASHES:
        # 'Roe — who once ran the agency — said': an insertion set off by dashes.
        quoted = 0
        for d in range(k - 2, max(sentence_lo, k - WINDOW) - 1, -1):
            if toks[d].low in DASHES:
                inner = left_np(toks, d, sentence_lo, final)
                if inner is not None and inner[1] == d and toks[inner[0]].low not in RELATIVE:
                    return (inner[0], k - 1)
                break
            if toks[d].quoted or toks[d].low in QUOTE_MARKS:
                quoted += 1  # 'Roe — host of “The Hour” — said': a short title inside the insertion
                if quoted > 10:
                    break
                continue
            if toks[d].low in {";", ":"}:
                break
    lo = k
    closes = 0
    marks: list[int] = []  # brackets and commas the walk passes, right to left (comma_parts reads only these)
    while lo > sentence_lo and k - lo < WINDOW:
        t = toks[lo - 1]
        if t.low not in _WALK_MARKS and not t.quoted:
            lo -= 1  # a plain word: none of the tests below can stop the walk (one set lookup)
            continue
        if t.low == "," and not t.quoted:
            marks.append(lo - 1)
            lo -= 1
            continue
        if t.low in HARD_STOPS or t.quoted or (t.low == "." and lo - 1 > sentence_lo
                                                and not (lo < k and toks[lo].low in {")", ","})):
            break
        if t.low in SINGLE_CLOSE and lo >= 2 and toks[lo - 2].low in {",", "?", "!"}:
            break  # ",’" closes a quotation in single marks (headline style); no apostrophe follows a comma
        if t.low == "-" and lo >= 2 and toks[lo - 2].end < t.start:
            break  # ' - ' and ' -Roe': a hyphen typed for a dash ends the clause before it
        if lo - 1 == 0 and t.low in BULLETS:
            break  # '- the Guild notes that ...', '• Roe said ...': a list item's bullet opens the sentence
        if t.low == ")":
            closes += 1
            marks.append(lo - 1)
        elif t.low == "(":
            if not closes:
                break  # '(Acme says it ...)': an unclosed parenthesis opens the clause
            closes -= 1
            marks.append(lo - 1)
        lo -= 1
    if lo == k:
        return None
    # The first part may not be a whole phrase (cut by the window) or may be the content itself.
    first_blocked = (lo > sentence_lo and k - lo >= WINDOW) or (final and lo == sentence_lo)
    parts = comma_parts(toks, lo, k, marks[::-1])
    if len(parts) >= 3 and _time_part(toks, *parts[-1]) and toks[parts[-1][0] - 1].low == ",":
        # 'Roe, an aide to the mayor, on Tuesday said': a time phrase after the appositive's closing
        # comma belongs to the verb; the subject is the phrase that the comma closes.
        inner = left_np(toks, parts[-1][0] - 1, sentence_lo, final, described=True)
        if inner is not None and inner[1] == parts[-1][0] - 1:
            return inner
    closed = len(parts) >= 2 and parts[-1][1] == parts[-1][0]
    if closed:
        parts = parts[:-1]  # 'X, an analyst, said': the comma closes an appositive
        if len(parts) == 1 and (lo == sentence_lo or toks[lo - 1].low in HARD_STOPS or toks[lo - 1].quoted) \
                and not _party_label_comma(toks, parts[0], k):
            return None  # 'The contrast, said Doyle, is clear': a comma never parts a subject from its verb
    # 'Roe, speaking at a rally in Elmwood, Ohio, said': the state after a town belongs to the
    # phrase that names the town, not a part of its own.
    while closed and len(parts) >= 3 and _state_part(toks, *parts[-1]) and parts[-2][1] > parts[-2][0] \
            and toks[parts[-2][1] - 1].cap and toks[parts[-2][1] - 2].low in {"in", "near", "outside", "from"} \
            and toks[parts[-2][0]].low not in {"of", "from"}:  # ('Roe, of Elmwood, Ohio,': her home town)
        parts = parts[:-2] + [(parts[-2][0], parts[-1][1])]
    # 'Roe, touring a mill in Maine, a coastal state, said': an appositive right after an adjunct
    # describes the adjunct's last noun.
    while closed and len(parts) >= 3 and parts[-1][1] - parts[-1][0] >= 2 and toks[parts[-1][0]].low in {"a", "an"} \
            and parts[-2][1] > parts[-2][0] and adjunct_part(toks, *parts[-2]) \
            and toks[parts[-2][0]].low not in {"of", "from"}:
        parts = parts[:-2] + [(parts[-2][0], parts[-1][1])]
    # 'His critics, many of them tenants, argue': a quantified aside about the subject.
    if closed and len(parts) >= 2 and parts[-1][1] - parts[-1][0] >= 4 and toks[parts[-1][0]].low in QUANTIFIERS \
            and toks[parts[-1][0] + 1].low == "of" and toks[parts[-1][0] + 2].low in {"them", "whom"}:
        parts = parts[:-1]
    examples = _example_list(toks, parts, sentence_lo, final)
    if examples is not None:
        return examples
    # '[Trump], speaking to veterans, said': the subject is the part before the adjunct (which
    # is set off by commas on both sides; '..., though a panel found' is a clause of its own).
    while closed and len(parts) >= 2 and parts[-1][1] > parts[-1][0] and adjunct_part(toks, *parts[-1]):
        opener = toks[parts[-1][0]].low
        if ((opener in {"including", "like"} and parts[-1][1] - parts[-1][0] >= 2)
                or (opener in {"now", "then", "once", "formerly"} and parts[-1][1] - parts[-1][0] >= 3
                    and toks[parts[-1][0] + 1].low in {"a", "an", "the"})) \
                and valid_np(toks, parts[-1][0] + 1, parts[-1][1]):
            # 'Several leaders, including Jane Roe, said', 'Doe, now a television commentator, said':
            # examples and a dated appositive belong to the subject.
            inner = left_np(toks, parts[-1][0] - 1, sentence_lo, final, described=True)
            if inner is not None and inner[1] == parts[-1][0] - 1 and toks[inner[0]].low not in PERSONAL_PRONOUNS:
                return (inner[0], parts[-1][1])
        parts = parts[:-1]
    if closed and len(parts) >= 2 and parts[-1][1] > parts[-1][0] and insertion(toks, *parts[-1]):
        # 'Bob Roe, a talk show host and station manager in Elmwood, said': the name before the
        # insertion heads the subject, however the insertion is built.
        inner = left_np(toks, parts[-1][0] - 1, sentence_lo, final, described=True)
        if inner is not None and inner[1] == parts[-1][0] - 1 and toks[inner[0]].low not in PERSONAL_PRONOUNS \
                and toks[inner[0]].low not in RELATIVE and toks[inner[0]].low not in NP_PREPOSITIONS:
            if toks[parts[-1][0]].low == "which" and len(parts) == 2:
                # 'The agency, which fell short of the target, said': a 'which' clause on the subject
                # itself describes a thing, and stays out of the source.
                return inner
            return _without_reporting_relative(toks, inner[0], parts[-1][1])
    listed = _serial_list(toks, parts, closed)
    if listed is not None:
        return listed
    listed = _prepositional_list(toks, parts, sentence_lo, final)
    if listed is not None:
        return listed
    ps, pe = parts[-1]
    # 'Landlords share these fears, yet the union, which ..., wants': a part opened by 'but', 'yet' or
    # 'and then' starts a clause of its own, and the parts before it are no appositives of its subject.
    contrast = len(parts) >= 2 and (toks[ps].low in {"but", "yet"} or (
        toks[ps].low == "and" and ps + 1 < pe and toks[ps + 1].low == "then"))
    while ps < pe - 1 and toks[ps].cap and toks[ps].low in STRIPPABLE:
        ps += 1
    ps = _without_leading_adjunct(toks, ps, pe)
    parts[-1] = (ps, pe)
    tail = temporal_tail(toks, ps, pe)  # (mostly pe itself: then the tests below need not run)
    if tail != pe and toks[ps].low not in RELATIVE and "who" not in {toks[x].low for x in range(ps, pe)}:
        pe = tail
    if pe <= ps:
        return None
    if toks[pe - 1].low in POSSESSIVE or (toks[pe - 1].low.endswith(("'s", "’s")) and not _name_in_s(toks, pe - 1, k)):
        return None
    gap = _object_relative(toks, ps, pe)
    if gap is None:
        gap = _contact_speaker(toks, ps, pe)
    if gap is not None:
        return gap
    if toks[ps].low in {"a", "an"} and pe - ps >= 3 and toks[ps + 1].low in NOMINAL_CUES and not toks[ps + 1].cap \
            and ps > 0 and toks[ps - 1].low == "," and (toks[ps + 2].cap or toks[ps + 2].low in DETERMINERS
                                                        or toks[pe - 1].low.endswith("s")) and valid_np(toks, ps + 2, pe):
        # '..., a charge China denies', '..., an accusation Kaldria has denied': after the clause it sums up,
        # a speech-act noun with a reduced object relative; the relative's subject speaks, the charge is
        # what it denies. The relative needs a whole subject: a name, a determiner or a plural ('..., a charge
        # nurse said' is one nurse; 'A claim adjuster said', opening the sentence, one adjuster).
        return left_np(toks, pe, ps + 2, final, described)
    head = ps
    reduced = False
    i = pe - 1
    if toks[i].low in RELATIVE or _that_subject(toks, ps, i, pe):
        return (i, pe)
    if toks[ps].low in RELATIVE and len(parts) >= 2:
        # 'Roe, who won fewer votes than aides say ...': a subordinate clause inside the relative clause
        # has its own subject right before the verb.
        sub = next((x for x in range(pe - 2, ps, -1) if toks[x].low in _INNER_CLAUSE_OPENERS and not toks[x].cap), None)
        if sub is not None and valid_np(toks, sub + 1, pe) and all(np_word(toks, x) for x in range(sub + 1, pe)):
            return (sub + 1, pe)
    if toks[ps].low in RELATIVE and len(parts) >= 2 and not closed and not described and pe - ps > 1:
        # 'Roe, who in her first term called ...': no comma closes the relative clause, so the cue is
        # its own verb and 'who' its subject. A long clause with a verb of its own before the 'cue'
        # ('Roe, who hosts the weekly show') has no cue here at all.
        if toks[ps + 1].low in PERSONAL_PRONOUNS or toks[ps + 1].cap:
            # 'Roe, who Doe on Monday called a fraud': an object relative; its subject is the speaker.
            end = ps + 2
            while end < pe and toks[ps + 1].cap and (toks[end].cap or toks[end].low in {".", "-"}):
                end += 1
            if end == pe or toks[end].low in {"on", "in", "at", "last", "this", "earlier", "later", "once"} \
                    or toks[end].low in TIME_AFTER_CUE or is_adverb(toks[end]):
                return (ps + 1, end)
            return None
        first = toks[ps + 1]
        if pe - ps <= 6 and (first.low in AUX or is_adverb(first) or first.low in _RELATIVE_ADJUNCT_OPENERS) and not any(toks[x].low in VERB_ONLY_FORMS or (toks[x].low.endswith("ed") and not toks[x].cap)
                                    for x in range(ps + 1, pe)):
            return (ps, ps + 1)
        return None
    if toks[ps].low in RELATIVE and len(parts) >= 2:
        i = ps - 1  # a relative clause set off by commas: the noun phrase is in the parts before it
    if toks[i].low in PERSONAL_PRONOUNS:
        # A time phrase may stand before the pronoun without a comma ('in May he said').
        return (i, pe) if i == ps or not np_word(toks, i - 1) or toks[i - 1].low in CLAUSE_WORDS \
            or toks[i - 1].low in TIME_NOUNS or toks[i - 1].low in TIME_AFTER_CUE \
            or _contact_object(toks, ps, i) else None
    while i >= ps:
        t = toks[i]
        if t.low == ")" and i == pe - 1:
            # 'Sen. Jane Roe (a baker so busy she has no time) says': a bracketed aside right before the
            # verb may hold a clause of its own; the subject is the phrase before it.
            j = i - 1
            while j > ps and toks[j].low not in {"(", ")"} and i - j < MAX_NP:
                j -= 1
            if j > ps and toks[j].low == "(" and np_word(toks, j - 1) and toks[j - 1].low not in CLAUSE_WORDS \
                    and toks[j + 1].low not in {"and", "or"}:  # ('the rival (and fair) fears': an adjective)
                i = j - 1
                continue
        if i == ps and t.cap and i < pe - 1 and t.low in CLAUSE_WORDS and t.low not in DETERMINERS \
                and t.low not in {"and", "or", "but", "yet", "so", "then", "to", "not"}:
            head = i + 1  # 'While a federal judge found ...'
            break
        if i > ps and t.cap and t.low in TITLE_CASE_SUBORDINATORS and i < pe - 1 and toks[i - 1].cap \
                and toks[i + 1].cap:
            head = i + 1  # a Title Case headline: 'Council Weighs Rate Rise After Audit Finds Leaks'
            break
        if t.low in RELATIVE or (t.low in CLAUSE_WORDS and not t.cap):
            if t.low == "and" and i - 1 == ps and toks[ps].low in {"he", "she", "they", "we", "i"} \
                    and i + 1 < pe and valid_np(toks, i + 1, pe):
                return (ps, pe)  # 'he and Mr. Allen said'
            if t.low in {"and", "or"} and i > ps and i + 1 < pe and (all_np(toks, ps, i) or (
                    t.low == "and" and toks[i - 1].cap and toks[i + 1].cap) or _conjunct_after_clause_word(toks, ps, i)):
                i -= 1  # 'the Center for Media and Public Affairs'
                continue
            if t.low == "than" and i > ps and toks[i - 1].low in {"more", "fewer", "less"} and i + 1 < pe \
                    and np_word(toks, i + 1):
                i -= 1  # 'more than half of the tenants'
                continue
            if t.low == "but" and np_word(toks, i):
                i -= 1  # 'all but two of the senators'
                continue
            if t.low == "to" and i > ps and np_word(toks, i - 1) and toks[i - 1].low not in DETERMINERS \
                    and (toks[i - 1].low not in NP_PREPOSITIONS or toks[i - 1].low == "close"):
                i -= 1  # 'advisers to the president', 'those close to him'
                continue
            rel = _relative_start(toks, ps, i, pe)
            if rel is not None:
                head = rel
                break
            if t.low == "to" and i - 1 > ps:
                # 'tenants trying to stop the levy [say]', 'the bakers we talked to [said]'
                rel = _ing_start(toks, ps, i - 1, pe)
                if rel is None:
                    rel = _contact_start(toks, ps, i - 1, pe)
                if rel is not None:
                    head = rel
                    reduced = True
                    break
            head = i + 1
            break
        if not np_word(toks, i) and not (t.low == "(" or t.low == ")"):
            if i == ps and t.cap and t.low in CLAUSE_WORDS | INTRO_WORDS:
                head = i + 1
                break
            # 'a former engineer who requested anonymity said': a restrictive relative clause.
            rel = _relative_start(toks, ps, i, pe)
            if rel is None:
                rel = _reduced_start(toks, ps, i, pe)
                if rel is None:
                    rel = _ing_start(toks, ps, i, pe)  # 'tenants living in harbor flats [said]'
                if rel is None:
                    rel = _bare_participle_start(toks, ps, i, pe)  # 'the voters polled [said]'
                if rel is None and i - 2 > ps and toks[i - 1].low == "to" and not toks[i - 1].quoted:
                    # 'Tenants hoping to oust the board's chair [say]': the word that stopped the
                    # scan is the infinitive's own verb; the '-ing' participle before its 'to' opens
                    # the reduced relative, as in the 'to' branch above.
                    rel = _ing_start(toks, ps, i - 2, pe)
                if rel is None and i - 1 > ps and t.low in ING_PARTICLES and not t.quoted:
                    # 'Volunteers handing out flyers [said]': the particle of a phrasal participle stopped
                    # the scan; the participle before it opens the reduced relative.
                    rel = _ing_start(toks, ps, i - 1, pe)
                if rel is None:
                    rel = _contact_start(toks, ps, i, pe)  # 'the bakers I interviewed [said]'
                if rel is None:
                    return None
                reduced = True
            head = rel
            break
        i -= 1
    if toks[ps].low in RELATIVE and len(parts) >= 2:
        pass
    elif head < pe and any(toks[x].low in {"who", "whose"} for x in range(head, pe)) and valid_np(
            toks, head, next(x for x in range(head, pe) if toks[x].low in {"who", "whose"})):
        pass  # 'tenants who saw the plan said', 'officials whose plans were rejected say'
    elif head < pe and _short_that_relative(toks, head, pe):
        if head > ps:
            return (head, pe)
    elif reduced:
        if head > ps:
            return (head, pe)
    elif head >= pe or not valid_np(toks, head, pe):
        return None
    elif head > ps:
        return (head, pe)
    # The part is a whole noun phrase: take in appositives and the name they describe, and the
    # earlier items of a list ('Roe, Doe and Lee said', '45% of Republicans, 28% of independents and ...').
    listing = any(toks[x].low in {"and", "or"} for x in range(ps + 1, pe - 1))
    start = ps
    idx = len(parts) - 1
    cur_s, cur_e = ps, pe
    relative = toks[cur_s].low in RELATIVE
    while idx > 0 and not contrast:
        qs, qe = parts[idx - 1]
        if idx == 1 and first_blocked and not name_like(toks, qs, qe):
            break
        if toks[qs].low == "of" and qe - qs >= 2 and idx >= 2 and name_like(toks, qs + 1, qe) \
                and name_like(toks, cur_s, cur_e) and cur_e - cur_s <= 3:
            # 'Johnnie Wilson, of Springfield, Va., said': a home town and its state.
            start, cur_s, cur_e, idx = qs, qs, qe, idx - 1
            continue
        stop_after = False
        while qs < qe - 1 and toks[qs].low in {"which", "who", "that", "and", "but"}:
            qs += 1
            stop_after = True
        if qe <= qs:
            break
        q_ok = valid_np(toks, qs, qe) and toks[qs].low not in PERSONAL_PRONOUNS and not adjunct_part(toks, qs, qe) \
            and not (qe - qs == 1 and toks[qs].cap and not name_like(toks, qs, qe)) \
            and toks[qe - 1].low not in TIME_NOUNS and toks[qe - 1].low not in TIME_AFTER_CUE \
            and (not stop_after or name_like(toks, qs, qe) or _people_noun(head_word(toks, qs, qe)))
        if q_ok and (relative or (appositive(toks, cur_s, cur_e) and (closed or described or idx < len(parts) - 1)
                                  and (name_like(toks, qs, qe) or toks[qs].cap
                                                                     and toks[qs].low not in DETERMINERS
                                                                     or agent_noun(head_word(toks, qs, qe))))
                     or party_label(toks, cur_s, cur_e)
                     or (toks[cur_s].low == "of" and qe - qs == 1 and toks[qs].low[:1].isdigit())
                     or (name_like(toks, qs, qe) and not name_like(toks, cur_s, cur_e)
                         and (closed or described or idx < len(parts) - 1))
                     or (listing and _list_item(toks, qs, qe, ps))):
            start, cur_s, cur_e, idx = qs, qs, qe, idx - 1
            relative = False
            if stop_after:
                break
            continue
        if name_like(toks, cur_s, cur_e) and q_ok and appositive(toks, qs, qe) and toks[qs].low not in RELATIVE \
                and (idx - 1 == 0 or stop_after or adjunct_part(toks, *parts[idx - 2])) \
                and agent_noun(head_word(toks, qs, qe)):
            start = qs
        break
    if toks[cur_s].low in RELATIVE:
        return None
    return _without_reporting_relative(toks, start, pe)


def aside_subject(toks: list[Tok], k: int, sentence_lo: int = 0) -> tuple[int, int] | None:
    """The subject before the cue at k when its aside has commas or a short quotation of its own, which
    the comma-part reading cannot take apart: 'Roe, who backed Doe, R-Texas, and opposed the levy, said',
    'Roe, a planner whose firm, Acme, drew the maps, said', 'Roe (who has 25 delegates) said',
    'Roe, who calls the plan a “fraud,” said'. The aside opens with a comma or a bracket right after a
    name or a person noun and holds 'who' or 'whose', or a short quotation inside an appositive or a
    participle phrase ('Roe, host of the “Morning Show,” said'); it closes right before the cue."""
    if k >= 3 and (toks[k - 1].low in TIME_NOUNS or toks[k - 1].low in WEEKDAYS) \
            and toks[k - 2].low in {"last", "this", "on", "earlier"}:
        k -= 2  # 'Roe, who ..., last week said'
    close = k - 1
    if close >= 3 and toks[close].low in QUOTE_MARKS and toks[close - 1].low == "," and toks[close - 1].quoted:
        pass  # 'Roe, who calls the plan a “fraud,” said': the closing comma sits inside the quotation
    elif close < 3 or toks[close].low not in {",", ")"} or toks[close].quoted:
        return None
    quoted = 0
    rel = None
    for x in range(close - 1, max(sentence_lo, k - WINDOW) - 1, -1):
        t = toks[x]
        if t.quoted or t.low in QUOTE_MARKS:
            quoted += 1
            if quoted > 8:
                return None  # a long quotation is what was said, not part of a name's description
            continue
        if t.low in HARD_STOPS or t.low == ".":
            return None
        if t.low in {"who", "whose"}:
            rel = x
        if (rel is None and not quoted) or t.low not in {",", "("} or x + 1 >= close:
            continue
        if (t.low == "(") != (toks[close].low == ")"):
            continue
        participle = False
        if rel is None:
            # No relative clause: only a quotation inside an appositive ('Roe, host of the “Morning
            # Show,” said') or inside a participle phrase ('Roe, citing “the magic of it,” said').
            first = toks[x + 1]
            participle = first.low.endswith("ing") and not first.cap and adjunct_part(toks, x + 1, close)
            if not (participle or first.low in {"a", "an", "the"} or agent_noun(first.low)):
                continue
            rel = x + 1
        c = x
        aside = x
        while c >= 2 and toks[c - 1].low in SENTENCE_ADVERBS and toks[c - 2].low == ",":
            c -= 2  # 'Roe, meanwhile, who ...': the adverb is no part of the subject
        inner = left_np(toks, c, sentence_lo, described=True)
        if inner is None or inner[1] != c or toks[inner[0]].low in PERSONAL_PRONOUNS or toks[inner[0]].low in RELATIVE:
            continue
        if not (name_like(toks, *inner) or agent_noun(head_word(toks, *inner))):
            continue
        if any(toks[y].low == "," and _finite_after(toks, y + 1) for y in range(rel, close)):
            return None  # 'Roe, who relishes a fight, was quiet ..., not once referring': the clause went on
        if c < aside or participle:
            return inner
        return _without_reporting_relative(toks, inner[0], close + (toks[close].low in {")", "”", '"', "''"}))
    return None


def _finite_after(toks: list[Tok], y: int) -> bool:
    """toks[y] is a finite verb or an auxiliary: a main clause goes on after the comma before it."""
    t = toks[y]
    if t.cap or t.quoted:
        return False
    return (t.low in AUX and t.low not in {"'s", "’s", "not"}) or t.low in VERB_ONLY_FORMS or (
        t.low in VERB_FORMS and VERB_FORMS[t.low][1] in {"past", "3sg"}) or is_adverb(t)


# Marks that open an item of a list.
BULLETS = {"-", "—", "–", "•", "*", "·", "~", "--", "―"}
# Every mark that can stop left_np's walk back over a subject: a word that skips this set skips all its
# stop tests, so a new stop test there must add its word here.
_WALK_MARKS = frozenset(HARD_STOPS | SINGLE_CLOSE | BULLETS | {".", "-", "(", ")", ","})

QUOTE_MARKS = {"“", "”", '"', "''", "``", "«", "»"}


LEADING_ADVERBS = {"soon", "now", "then", "later", "earlier", "again", "once", "also", "still", "already", "even", "just"}
LEADING_TIME = {"this", "last", "next", "on", "in", "earlier", "later", "early", "late", "that"}


DASHES = {"—", "–", "--", "-", "―"}


def _list_item(toks: list[Tok], qs: int, qe: int, ps: int) -> bool:
    """toks[qs:qe] is an earlier item of the list that toks[ps:] ends: both names, or both quantities."""
    if name_like(toks, qs, qe) and toks[ps].cap:
        return True
    if qe - qs <= 3 and toks[qe - 1].low.endswith("s") and not toks[qe - 1].low.endswith("ss") \
            and toks[ps].low.endswith("s") and toks[ps].low[:1].isalpha() and not toks[ps].low.endswith("ss") \
            and not any(toks[x].low in DETERMINERS for x in range(qs, qe)):
        return True  # 'Friends, lobbyists and former foes say'
    if 2 <= qe - qs <= 3 and toks[qs].low in {"the", "his", "her", "their", "its"} and _people_noun(toks[qe - 1].low):
        # 'The family, neighbors and church elders have asked': the people or body named first
        # is one more party to the list of speakers ('The plan, critics and officials say' is not).
        conj = next((x for x in range(ps + 1, ps + 5) if toks[x].low in {"and", "or"}), None)
        if conj is not None and _people_noun(toks[conj - 1].low):
            return True
    return (toks[qs].low[:1].isdigit() or toks[qs].low in NUMBER_WORDS) and (
        toks[ps].low[:1].isdigit() or toks[ps].low in NUMBER_WORDS)


def _people_noun(word: str) -> bool:
    """A noun for people or a body of people ('family', 'families', 'neighbors', 'union')."""
    if word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"
    return agent_noun(word) or word in PERSON_NOUNS or word in ORG_NOUNS


def _without_leading_adjunct(toks: list[Tok], ps: int, pe: int) -> int:
    """Start of the subject once a leading adverb or time phrase without a comma is dropped:
    'soon Donald Roe had declared', 'This year Camil spoke about', 'On Monday the mayor said'."""
    while pe - ps > 1:
        t = toks[ps]
        if (not t.cap or ps == 0 or toks[ps - 1].low in {",", "(", "—"}) and (
                t.low in STRIPPABLE or t.low in LEADING_ADVERBS or is_adverb(t) or t.low in SENTENCE_ADVERBS) \
                and t.low not in DETERMINERS and not (t.low in APPROXIMATORS and quantity_word(toks[ps + 1].low)):
            ps += 1  # but 'nearly three in five' keeps its approximator
            continue
        if pe - ps > 2 and t.low in LEADING_TIME and (
                toks[ps + 1].low in TIME_NOUNS or toks[ps + 1].low in WEEKDAYS or toks[ps + 1].low[:1].isdigit()):
            ps += 2
            continue
        if pe - ps > 3 and t.cap and t.low in OPENING_PREPOSITIONS and toks[ps + 1].low in {"the", "a", "an", "his", "her",
                                                                                            "their", "its"}:
            # 'At the rally Jane Roe said': a subject never opens with a preposition; the name after
            # the lowercase end of the phrase is the subject.
            # ('In the wake of the Gazette report': a name after a determiner is the preposition's object)
            x = next((y for y in range(ps + 2, pe) if toks[y].cap and not toks[y - 1].cap
                      and toks[y - 1].low not in DETERMINERS and toks[y - 1].low not in NP_PREPOSITIONS), None)
            if x is not None and all(toks[y].cap or toks[y].low in {".", "-"} for y in range(x, pe)):
                ps = x
        break
    return ps


# Prepositions that open an adverbial phrase before the subject, never the subject itself.
OPENING_PREPOSITIONS = {"at", "in", "during", "after", "before", "on", "from", "since", "throughout", "inside"}


ANONYMITY_WORDS = {"anonymity", "anonymously", "identified", "named", "authorized", "authorised"}


def _without_reporting_relative(toks: list[Tok], s: int, e: int) -> tuple[int, int]:
    """Drop a non-restrictive relative clause that is an attribution of its own: in 'Roe, who said
    the plan was fair, said ...' the source of the second 'said' is 'Roe'. A descriptive clause
    stays ('Roe, who is 28, said')."""
    for x in range(s + 1, e - 1):
        if toks[x].low == "," and toks[x + 1].low in {"who", "whose"}:
            words = {toks[y].low for y in range(x + 2, e)}
            if words & ANONYMITY_WORDS:
                return (s, e)  # 'who asked not to be named': the condition of anonymity is part of the source
            if any(toks[y].low in VERB_FORMS and not toks[y].cap for y in range(x + 2, e)):
                return (s, x)
            return (s, e)
    return (s, e)


def _object_relative(toks: list[Tok], ps: int, pe: int) -> tuple[int, int] | None:
    """The speaker of a relative clause whose object is the reported content: '..., which the
    mayor said were', '..., which he says is'. Also 'many of whom (say)', where the quantified
    relative is itself the speaker."""
    if pe - ps >= 3 and toks[ps].low in QUANTIFIERS and toks[ps + 1].low == "of" \
            and toks[ps + 2].low in {"whom", "which"} and pe == ps + 3:
        return (ps, pe)
    if pe - ps < 2 or toks[ps].low not in OBJECT_RELATIVES:
        return None
    s = ps + 1
    if toks[s].low in PERSONAL_PRONOUNS - {"it"}:
        return (s, s + 1) if pe == s + 1 else None
    if valid_np(toks, s, pe) and toks[s].low not in RELATIVE and toks[pe - 1].low not in TIME_NOUNS:
        return (s, pe)
    return None


# Discourse adverbs that may sit between a subject and its verb without commas ('Roe however said').
DISCOURSE_ADVERBS = {"however", "meanwhile", "instead", "nonetheless", "nevertheless", "therefore", "thus", "too",
                     "though", "likewise", "moreover"}
# Words that open a new noun phrase: after a common noun inside one subject they start the
# subject of a relative clause without 'that' ('the kind of judge [many voters] want').
_CONTACT_OPENERS = {"the", "a", "an", "many", "some", "most", "few", "several", "nobody", "no", "his", "her",
                    "their", "its", "our"}
# Heads that name an object, not a person, before a bare relative: 'everything Trump says'.
_CONTACT_HEADS = {"everything", "something", "anything", "nothing", "all"}


# Words that open an adjunct between 'who' and its verb ('who on Tuesday endorsed', 'who in the
# past has voiced', 'who through his office declined').
_RELATIVE_ADJUNCT_OPENERS = {"on", "in", "at", "through", "for", "during", "last", "this", "earlier", "later",
                             "also", "both", "once", "repeatedly", "then", "now"}


_STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.?)$")


def _state_part(toks: list[Tok], s: int, e: int) -> bool:
    """toks[s:e] is a state or country after a town ('Ohio', 'West Virginia', 'N.C.', 'Calif.')."""
    if e - s == 2 and toks[e - 1].low == "." and _STATE_ABBREVIATION.match(toks[s].text + "."):
        return True  # 'Pa' '.' as two tokens
    if e - s > 3 or not all(toks[x].cap for x in range(s, e)):
        return False
    if e - s == 1 and _STATE_ABBREVIATION.match(toks[s].text):
        return True
    return gazetteer.is_place(" ".join(toks[x].text for x in range(s, e)))


def subject_edges(toks: list[Tok], src: tuple[int, int]) -> tuple[int, int]:
    """Edges the subject search leaves wrong: 'Neither Roe nor Doe said' takes in both names,
    'as many as 40 percent of voters' its approximator, and 'Let me say' is 'me'."""
    s, e = src
    if s > 0 and toks[s - 1].low == "nor":
        for j in range(s - 2, max(-1, s - 12), -1):
            if toks[j].low == "neither":
                return (j, e)
            if toks[j].quoted or toks[j].low in HARD_STOPS or toks[j].low in {",", ";", ":"}:
                break
    if s >= 3 and toks[s - 3].low == "as" and toks[s - 2].low in {"many", "few", "much", "little"} \
            and toks[s - 1].low == "as":
        return (s - 3, e)
    if e - s == 2 and toks[s].low == "let" and toks[s + 1].low in {"me", "us"}:
        return (s + 1, e)
    if e - s >= 2 and _CLOCK_TIME.match(toks[s].low) and toks[s + 1].cap:
        return (s + 1, e)  # a live blog's '1:09PM Ted Cruz said': the time stamp is no part of the name
    if e - s >= 2 and toks[s].cap and toks[s].low in {"did", "does", "do", "will", "would", "can", "could", "should",
                                                       "has", "have", "had", "is", "are", "was", "were"}:
        s += 1  # 'Did the foundation refuse to turn over ...?': the question's auxiliary is no part of it
    if e - s >= 2 and toks[s].low in {"perhaps", "maybe", "even", "though", "although", "indeed"} \
            and toks[s + 1].low not in {",", "if", "as", "so"}:
        s += 1  # 'Perhaps young voters think ...': the adverb is no part of the subject
    return (s, _without_trailing_adjunct(toks, s, e))


# Words and phrases that can sit between a subject and its verb without belonging to the subject:
# 'Roe and Doe both said', 'Roe at the time said', 'Roe on Monday morning said'. (A reflexive, 'Roe
# herself said', stays.)
_FLOATING = {"both", "all", "only", "too"}


def _without_trailing_adjunct(toks: list[Tok], s: int, e: int) -> int:
    if e - s >= 2 and toks[e - 1].low in _FLOATING and not toks[e - 1].cap and toks[e - 2].low not in DETERMINERS:
        return e - 1
    if e - s >= 4 and toks[e - 3].low == "at" and toks[e - 2].low == "the" and toks[e - 1].low == "time":
        return e - 3
    if e - s >= 3 and toks[e - 2].low == "in" and toks[e - 1].low in {"particular", "general"}:
        return e - 2
    if e - s >= 4 and toks[e - 3].low == "on" and toks[e - 2].low in WEEKDAYS and toks[e - 1].low in DAY_PARTS:
        return e - 3
    return e


_CLOCK_TIME = re.compile(r"^\d{1,2}(?::\d{2})?(?:am|pm|a\.m\.|p\.m\.)$")


def contact_subject(toks: list[Tok], src: tuple[int, int]) -> tuple[int, int]:
    """The subject of a relative clause without 'that' inside a found subject: in 'the kind of
    judge many voters want said', 'a word Roe used' or 'everything Roe says', the cue's subject is
    'many voters' / 'Roe', not the object noun before it."""
    s, e = src
    if e - s < 3 or not (toks[s].low in {"the", "a", "an", "this", "that", "every"} or toks[s].low in _CONTACT_HEADS):
        return src
    if any(toks[x].low in {",", "(", "who", "which", "that", "whom"} or toks[x].quoted for x in range(s + 1, e)):
        return src
    for k in range(s + 1, e):
        prev, t = toks[k - 1], toks[k]
        if prev.low == "to":
            break  # 'the last man to mount a race': an infinitive, not a relative clause
        if (prev.cap and k - 1 != s) or not prev.low.isalpha() or prev.low in DETERMINERS or prev.low in NP_PREPOSITIONS \
                or prev.low in QUANTIFIERS or prev.low in CLAUSE_WORDS or prev.low in AUX \
                or prev.low in APPROXIMATORS or prev.low in ORG_NOUNS or prev.low in OUTLET_HEADS:
            continue
        if (agent_noun(prev.low) or prev.low in PERSON_NOUNS or prev.low in TITLES) \
                and t.low not in {"many", "some", "most", "few", "several", "nobody", "no"}:
            continue  # 'the civil rights group the League', 'spokesman the Rev. X': a name in apposition
        if t.low in _CONTACT_OPENERS and not t.cap and k + 1 < e and (k - 1 == s or valid_np(toks, s, k)) \
                and valid_np(toks, k, e):
            return (k, e)
    return src


def _serial_list(toks: list[Tok], parts: list[tuple[int, int]], closed: bool) -> tuple[int, int] | None:
    """'Roe, Doe, and other tenants said': a list with a comma before its 'and' is one subject;
    every item must be a short noun phrase, and there must be two before the 'and'."""
    if closed or len(parts) < 3:
        return None
    ls, le = parts[-1]
    if le - ls < 2 or toks[ls].low not in {"and", "or"} or not valid_np(toks, ls + 1, le):
        return None
    k = len(parts) - 2
    start = None
    while k >= 0:
        qs, qe = parts[k]
        while qs < qe - 1 and toks[qs].cap and toks[qs].low in STRIPPABLE:
            qs += 1
        if qe <= qs or qe - qs > 6 or not valid_np(toks, qs, qe) or toks[qs].low in PERSONAL_PRONOUNS:
            break
        start = qs
        k -= 1
        if (qs, qe) != parts[k + 1]:
            break  # 'But unions, ...': the list opens the clause
    if start is None or len(parts) - 2 - k < 2:
        return None
    return (start, le)


def _example_list(toks: list[Tok], parts: list[tuple[int, int]], sentence_lo: int,
                  final: bool) -> tuple[int, int] | None:
    """'Several members, including Roe, Doe and Lee, have denounced it', 'Critics, like Roe, a tenant,
    and Doe, a landlord, see': examples after 'including' or 'like' that run over several comma
    parts up to the verb belong to the noun phrase they illustrate, which heads the subject. Every
    part of the examples is a noun phrase or an appositive, and an 'and' or 'or' closes the list."""
    if len(parts) < 3:
        return None
    i = next((x for x in range(len(parts) - 2, 0, -1)
              if parts[x][1] - parts[x][0] >= 2 and toks[parts[x][0]].low in {"including", "like"}), None)
    if i is None or not any(toks[x].low in {"and", "or"} for x in range(parts[i][0], parts[-1][1])):
        return None
    for s, e in [(parts[i][0] + 1, parts[i][1])] + parts[i + 1:]:
        if s < e and toks[s].low in {"and", "or"}:
            s += 1
        if e <= s or toks[s].low in RELATIVE or any(toks[x].quoted for x in range(s, e)) \
                or not (valid_np(toks, s, e) or insertion(toks, s, e) or party_label(toks, s, e)):
            return None
    inner = left_np(toks, parts[i][0] - 1, sentence_lo, final, described=True)
    if inner is None or inner[1] != parts[i][0] - 1 or toks[inner[0]].low in PERSONAL_PRONOUNS \
            or toks[inner[0]].low in RELATIVE:
        return None
    return (inner[0], parts[-1][1])


# Prepositions whose object may be a list that runs on past a comma ('secretary for housing, schools
# and planning', 'voters in Ohio, Indiana and Kentucky').
_LIST_PREPOSITIONS = {"of", "for", "in", "on", "from"}

# First words of two-word prepositions ('ahead of', 'thanks to') that open an adjunct, not a subject.
_COMPOUND_PREPOSITIONS = {"ahead", "prior", "due", "thanks", "instead", "out", "apart", "outside", "inside",
                          "because", "next", "close", "short", "regardless", "irrespective"}


def _prepositional_list(toks: list[Tok], parts: list[tuple[int, int]], sentence_lo: int,
                        final: bool) -> tuple[int, int] | None:
    """'Roe, deputy secretary for housing, schools, and planning, said', 'Voters in Ohio, Indiana and
    Kentucky said': the list after the last commas is the object of a preposition in the part before
    it, so the subject is that whole part with the list, not the list's last items. Every item is a
    bare noun or name (no article, no pronoun) written like the preposition's object, and there are
    three items or more."""
    if len(parts) < 2:
        return None
    ls, le = parts[-1]
    conj = next((x for x in range(ls, le) if toks[x].low in {"and", "or"}), None)
    if conj is None or le - ls > 6:
        return None
    items = [(conj + 1, le)] if conj == ls else [(ls, conj), (conj + 1, le)]
    j = len(parts) - 2
    while j >= 1 and 1 <= parts[j][1] - parts[j][0] <= 4 \
            and not any(toks[x].low in {"and", "or"} for x in range(*parts[j])):
        items.append(parts[j])
        j -= 1
    ps, pe = parts[j]
    p = next((x for x in range(pe - 2, max(ps, pe - 6) - 1, -1) if toks[x].low in _LIST_PREPOSITIONS), None)
    if p is None or p == ps:
        return None
    items.append((p + 1, pe))
    if len(items) < 3:
        return None
    if adjunct_part(toks, ps, pe) or (toks[ps].low in INTRO_WORDS and toks[ps].low not in DETERMINERS) \
            or (toks[ps].low in _COMPOUND_PREPOSITIONS and toks[ps + 1].low in {"of", "to"}):
        return None  # 'Ahead of the vote in Ohio, Roe and Doe said': an adjunct, then the subject
    cap = toks[p + 1].cap
    for s, e in items:
        if not 1 <= e - s <= 4 or any(toks[x].cap != cap or toks[x].low.endswith(("'s", "’s"))
                                      for x in range(s, e)):
            return None
        if any(not _list_word(toks[x]) and not np_word(toks, x) or toks[x].low in DETERMINERS
               or toks[x].low in PERSONAL_PRONOUNS or toks[x].low in POSSESSIVE for x in range(s, e)):
            return None
    inner = left_np(toks, pe, sentence_lo, final, described=True)
    if inner is None or inner[1] != pe or inner[0] > ps:
        return None
    return (inner[0], le)


def _list_word(t: Tok) -> bool:
    """A word that can name a field in a list ('planning', 'housing'): not a verb of its own."""
    return t.low.isalpha() and not t.quoted and t.low not in VERB_ONLY_FORMS and t.low not in AUX \
        and t.low not in CLAUSE_WORDS and t.low not in RELATIVE


def _conjunct_after_clause_word(toks: list[Tok], ps: int, i: int) -> bool:
    """The words before the 'and' at i are a whole noun phrase opened right after a clause word
    ('... so narrow that [many economists] and reform advocates believe', 'while [doctors] and
    experts warned'): the 'and' joins two subjects, not two clauses."""
    j = i
    while j > ps and i - j < MAX_NP and toks[j - 1].low not in CLAUSE_WORDS and not toks[j - 1].quoted \
            and toks[j - 1].low not in {",", ";", ":"}:
        j -= 1
    if j == i or j == ps or toks[j - 1].low in {"and", "or", "nor", "to", "not", "than"}:
        return False
    return all_np(toks, j, i) and toks[j].low not in PERSONAL_PRONOUNS


# Words that open a verb group and never end a noun phrase: 'leaders almost universally condemned',
# 'he soon admitted', 'critics cannot accept'.
VERB_GROUP_WORDS = {"almost", "nearly", "soon", "cannot"}


def subject_end(toks: list[Tok], cs: int) -> int:
    """Where the subject ends: before adverbs left out of the cue ('Bloomberg News first reported',
    'Roe however said')."""
    while cs > 0 and (toks[cs - 1].low in LEADING_NOT_CUE or is_adverb(toks[cs - 1])
                      or toks[cs - 1].low in DISCOURSE_ADVERBS or toks[cs - 1].low in VERB_GROUP_WORDS) \
            and not toks[cs - 1].cap \
            and not toks[cs - 1].quoted:
        cs -= 1
    return cs


def _past_verb_after_noun(toks: list[Tok], j: int, ps: int) -> bool:
    """toks[j] is a lowercase '-ed' word right after a noun: the main verb ('groups granted')."""
    t = toks[j]
    if j <= ps or t.cap or not t.low.endswith("ed") or len(t.low) < 5:
        return False
    prev = toks[j - 1]
    if prev.low == ")" and j >= 2 and (toks[j - 2].low[:1].isalnum() or toks[j - 2].low == "."):
        return True  # 'Jane Roe (D-Md.) reacted': a label in brackets closes the subject
    return prev.low[:1].isalpha() and prev.low not in DETERMINERS and prev.low not in POSSESSIVE \
        and prev.low not in NP_PREPOSITIONS and not is_adverb(prev)


# Determiners that open an object noun phrase right after a verb ('keeps its books', 'wants the seat').
_OBJECT_OPENERS = {"its", "his", "her", "their", "our", "my", "your", "the", "a", "an"}


def _present_verb_before_object(toks: list[Tok], j: int, ps: int) -> bool:
    """toks[j] is a lowercase '-s' word between a noun and a determiner: a present-tense main verb
    with its object ('Acme keeps its finances a secret but says', 'the guild wants the seat and says'),
    for no noun phrase runs on from a plural noun straight into 'its' or 'the'."""
    t = toks[j]
    low = t.low
    if j <= ps or j + 1 >= len(toks) or t.cap or t.quoted or not low.isalpha() or len(low) < 4 \
            or not low.endswith("s") or low.endswith(("ss", "us", "is")) or low in NP_PREPOSITIONS or low in AUX:
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    if nxt.low not in _OBJECT_OPENERS or nxt.quoted or not prev.low[:1].isalpha() or prev.low in DETERMINERS \
            or prev.low in POSSESSIVE or prev.low in NP_PREPOSITIONS or prev.low in CLAUSE_WORDS or is_adverb(prev):
        return False
    return prev.cap or np_word(toks, j - 1)


def clause_subject(toks: list[Tok], found: list[Found], k: int) -> tuple[int, int] | None:
    """Subject of the main clause, for '..., saying' and '... and said'. The owner of a speech-act
    noun found before ('doubled down on his comments ... and said') is a last resort only: the
    clause's own subject comes first."""
    src = _clause_subject(toks, found, k)
    if src is None:
        owner = next((f for f in reversed(found) if f.source and f.cue[0] < k and f.role == "source"
                      and not f.hedge and f.rule.startswith("NOMINAL")), None)
        if owner is not None:
            return owner.source
    return src


def _clause_subject(toks: list[Tok], found: list[Found], k: int) -> tuple[int, int] | None:
    for f in reversed(found):
        if f.source and f.cue[0] < k and f.role == "source" and not f.hedge and not f.rule.startswith("NOMINAL"):
            return f.source
    for x in range(k - 1, max(-1, k - 16), -1):
        low = toks[x].low
        if low in {",", ";", ":", "—", "–", "--"} or toks[x].quoted:
            break
        if low == "who" and x > 0 and toks[x - 1].low == ",":
            return (x, x + 1)  # 'the boy, who was wearing a hat and said ...': the relative's subject
    verb = _first_finite_verb(toks, max(0, k - WINDOW), k)
    if verb is not None:
        v = verb
        while v > 0 and (toks[v - 1].low in AUX or is_adverb(toks[v - 1])) and not toks[v - 1].quoted \
                and not toks[v - 1].cap:
            v -= 1
        src = left_np(toks, subject_end(toks, v), max(0, k - WINDOW))
        if src is not None:
            return src
    main = _verb_part_before(toks, k)
    if main is not None:
        # 'The other baker, Jane Roe, took a different line, saying ...': the part before the participle opens
        # with the main verb, so the subject ends right before it, asides and all.
        src = left_np(toks, subject_end(toks, main), max(0, k - WINDOW))
        if src is not None and toks[src[0]].low not in RELATIVE:
            return src
    # Forward scan from the start of the sentence, skipping introductory phrases.
    parts = comma_parts(toks, max(0, k - WINDOW), k)
    for n_part, (ps, pe) in enumerate(parts):
        if pe - ps >= 3 and toks[ps].low in INTRO_WORDS and toks[ps + 1].low in PERSONAL_PRONOUNS:
            return (ps + 1, ps + 2)  # 'Then he cut into Roe, calling him ...'
        if pe <= ps or toks[ps].low in INTRO_WORDS or toks[ps].quoted or toks[ps].low in HARD_STOPS \
                or toks[ps].low.endswith("ly") or adjunct_part(toks, ps, pe):
            continue  # 'Hastily politicizing the tragedy, ...': an opening phrase, not the subject
        if n_part + 2 < len(parts) and name_like(toks, ps, pe) and appositive(toks, *parts[n_part + 1]):
            # 'Donald Trump, her opponent, bemoaned ... and said': name and appositive.
            qs, qe = parts[n_part + 2]
            if qe > qs and not np_word(toks, qs) or _past_verb_after_noun(toks, qs, qs - 1):
                return (ps, parts[n_part + 1][1])
        j = ps
        seen_cap = False
        if toks[ps].low in PERSONAL_PRONOUNS and ps + 1 < pe and not toks[ps + 1].low[:1].isdigit():
            return (ps, ps + 1)  # 'it attacked Trump, saying ...'
        while j < pe and j - ps < MAX_NP:
            t = toks[j]
            if not np_word(toks, j) or _past_verb_after_noun(toks, j, ps):
                break
            if t.cap:
                seen_cap = True
            elif seen_cap and t.low not in NP_PREPOSITIONS and t.low not in POSSESSIVE and t.low not in TITLES \
                    and t.low not in PERSON_NOUNS and toks[j - 1].low not in POSSESSIVE:
                break
            j += 1
        if j > ps and j < pe and (toks[j].low in AUX or toks[j].low in CUE_ADVERBS or not np_word(toks, j)
                                  or _past_verb_after_noun(toks, j, ps)):
            j = temporal_tail(toks, ps, j)
            if valid_np(toks, ps, j):
                return (ps, j)
        return None
    return None


def _verb_part_before(toks: list[Tok], k: int) -> int | None:
    """Start of the comma part right before toks[k] (a participle after a comma, or a verb after 'and')
    when that part opens with a finite verb or an auxiliary ('..., took a different line, saying', '..., have
    followed her lead, saying', '..., took the stage and said'); None otherwise."""
    if k < 4 or toks[k - 1].low not in {",", "and", "but"}:
        return None
    ps = k - 2  # ('..., took the stage and said': the same for a verb phrase joined by 'and')
    if toks[k - 1].low != "," and toks[ps].low == ",":
        ps -= 1
    while ps > 0 and k - ps < WINDOW and toks[ps - 1].low not in {","} | HARD_STOPS:
        ps -= 1
    if ps < 2 or toks[ps - 1].low != "," or ps >= k - 1:
        return None
    t = toks[ps]
    low = t.low
    if t.cap or t.quoted:
        return None
    if (low in AUX and low not in {"'s", "’s", "to", "not", "n't", "n’t", "being", "be"}) or low in VERB_ONLY_FORMS \
            or (low in VERB_FORMS and VERB_FORMS[low][1] in {"past", "3sg"}) \
            or (low.endswith("ed") and len(low) > 4 and low.isalpha()):
        return ps
    return None


# Intro words that open a subordinate clause: the clause's subject is not the main clause's.
SUBORDINATORS = {"when", "once", "after", "before", "if", "while", "because", "since", "although", "though", "as",
                 "until", "unless", "whereas"}
# Inside a Title Case headline's run of capitals these, and 'amid', 'despite', open a clause with its own
# subject ('... Increase After Audit Finds Leaks').
TITLE_CASE_SUBORDINATORS = SUBORDINATORS | {"amid", "despite"}
# ... and 'than', which opens a comparison with a subject of its own ('than aides say').
_INNER_CLAUSE_OPENERS = SUBORDINATORS | {"than"}


def _first_finite_verb(toks: list[Tok], lo: int, k: int) -> int | None:
    """The first finite verb of the main clause in toks[lo:k] ('The senator toured the plant,
    saying' -> 'toured'), skipping an introductory phrase set off by a comma; None if unsure."""
    if lo + 3 < k and toks[lo].low in {"and", "but"} and toks[lo + 1].low in {"then", "also", "still", "even"} \
            and toks[lo + 2].low != ",":
        lo += 2  # 'And then Roe turned on the council, saying': the links open no phrase of their own
    start = lo
    if toks[lo].low in INTRO_WORDS and toks[lo].low not in DETERMINERS:
        comma = next((x for x in range(lo, k) if toks[x].low == ","), None)
        if lo + 1 < k and toks[lo + 1].low in PERSONAL_PRONOUNS and (comma is None or comma > lo + 2) \
                and toks[lo].low not in SUBORDINATORS:
            start = lo + 1  # 'Then he cut into Roe, calling him ...' ('When he returned ...' is no main clause)
        elif comma is None:
            return None
        else:
            start = comma + 1
    for j in range(start + 1, k):
        t = toks[j]
        low = t.low
        if t.quoted or low in HARD_STOPS:
            return None
        if low == ",":
            # 'At an event in Ames, Iowa, on Sunday, Mrs. Roe tried ...': more of the opening phrase
            if j + 1 < k and (toks[j + 1].cap or toks[j + 1].low in INTRO_WORDS | DETERMINERS):
                start = j + 1
                continue
            return None
        if t.cap or j == start:
            continue
        prev = toks[j - 1]
        if low in AUX and low not in {"'s", "’s", "not", "n't", "n’t"}:
            return j
        if low in VERB_ONLY_FORMS or (low in VERB_FORMS and VERB_FORMS[low][1] in {"past", "3sg", "pp"}
                                      and prev.low not in DETERMINERS and prev.low not in POSSESSIVE):
            return j
        if _past_verb_after_noun(toks, j, start):
            return j
        if _present_verb_before_object(toks, j, start):
            return j
        if j - 1 > start and is_adverb(prev) and not prev.cap and low.endswith("ed") and len(low) >= 5 \
                and toks[j - 2].low[:1].isalpha() and toks[j - 2].low not in DETERMINERS \
                and toks[j - 2].low not in NP_PREPOSITIONS and not is_adverb(toks[j - 2]) and toks[j - 2].low not in AUX:
            return j  # 'A town spokesman later walked back ...': an adverb between the noun and its verb
    return None
