"""Attribution rules of one sentence: cue + source proposals, verb-centred.

``find(toks)`` is the entry point: it walks a tokenised sentence once and returns ``Found``
proposals in textual order. Rules here: "according to X", "citing X"/"per X", hedges
("reportedly", "it is believed"), subject + reporting verb, inverted "said X", passive "by X",
participles (", saying"), coordinated verbs ("... and said"). Constructions that do not hang
on a reporting verb are in ``constructions``.
"""

from __future__ import annotations

from functools import lru_cache

from . import gazetteer
from .constructions import (
    CHANNEL_CUE_WORDS,
    LIGHT_FORMS,
    dash_credit,
    dash_label,
    headline_label,
    in_poll,
    intro_label,
    issued_document,
    light_verb_cue,
    looks_like_headline,
    nominal_cue,
    perspective_to,
    quote_signature,
    speaker_label,
)
from .cue_lexicon import (
    ACT_LEMMAS,
    AUX,
    CATENATIVES,
    COMPLEMENT_START,
    CUE_ADVERBS,
    HEADLINE_BARE,
    HEADLINE_VERB_FORMS,
    HEDGE_ADVERBS,
    HEDGE_PASSIVE,
    INTENT_LEMMAS,
    INVERTIBLE,
    LEADING_NOT_CUE,
    NOMINAL_CUES,
    NOUN_LIKE,
    PARTICIPLE_LEMMAS,
    PHRASAL,
    PORTRAYAL,
    RETORT_FORMS,
    RETRACT_FORMS,
    STANCE_COMPLEMENT,
    STANCE_LEMMAS,
    STRONG_LEMMAS,
    VERB_FORMS,
    inflections,
)
from .lexicon import (
    CLAUSE_WORDS,
    DAY_PARTS,
    DETERMINERS,
    DOCUMENT_HEADS,
    GOVERNMENT_WORDS,
    ING_NOUNS,
    IRREGULAR_PP,
    NP_PREPOSITIONS,
    NUMBER_WORDS,
    OFFICIAL_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    POSSESSIVE,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    RELATIVE,
    SPOKES_WORDS,
    TIME_AFTER_CUE,
    TIME_NOUNS,
    VERB_ONLY_FORMS,
    WEEKDAYS,
)
from .noun_phrases import (
    PLURAL_HEADS,
    WINDOW,
    agent_noun,
    ends_inverted_subject,
    head_word,
    her_is_object,
    name_like,
    np_word,
    right_np,
    valid_np,
)
from .proposal import Found
from .source_types import classify, outlet_shaped
from .subjects import (
    DASHES,
    DISCOURSE_ADVERBS,
    SINGLE_CLOSE,
    aside_subject,
    clause_subject,
    contact_subject,
    left_np,
    subject_edges,
    subject_end,
)
from .tokens import NOT_ADVERB_LY, QUOTE_TOGGLE, QUOTES_CLOSE, QUOTES_OPEN, Tok, is_adverb

RECIPIENTS = {"the newspaper", "the paper", "the outlet", "the network"}


def _cue_extent(toks: list[Tok], i: int, lemma: str, title_case: bool = False) -> tuple[int, int]:
    """Cue tokens around the verb at i: auxiliaries and adverbs before, particles and a day after;
    what the subject and complement searches of find() work from. The boundaries as editors mark
    them are drawn once, at the end, by ``_cue_span``.
    ``title_case``: a headline Capitalises Every Word, so 'Just' and 'Has' belong to the cue too."""
    s = i
    while s > 0 and _cue_modifier(toks[s - 1], title_case):
        s -= 1
    inner = _verb_group_insert(toks, s)
    while inner is not None:
        # 'have both argued', 'have in fact reported', 'would only say': words inside the verb group.
        s = inner
        while s > 0 and _cue_modifier(toks[s - 1], title_case):
            s -= 1
        inner = _verb_group_insert(toks, s)
    while s < i and toks[s].low in LEADING_NOT_CUE and not title_case:
        s += 1
    e = i + 1
    n = len(toks)
    if lemma == "call" and e < n and toks[e].low in {"for", "on"}:
        e += 1
    elif lemma in PHRASAL and e < n and toks[e].low in PHRASAL[lemma]:
        e += 1
    elif lemma in PHRASAL and e + 1 < n and toks[e + 1].low in PHRASAL[lemma] and toks[e].low.endswith("ly") \
            and is_adverb(toks[e]) and not toks[e + 1].quoted:
        e += 2  # 'spoke favorably of', 'talked openly about': a manner adverb inside the phrasal verb
    if e < n and toks[e].low in TIME_AFTER_CUE and toks[e].low != "earlier" and not _later_as_adjective(toks, e):
        e += 1
        if e < n and (toks[e].low in DAY_PARTS or toks[e].low == "night"):
            e += 1  # 'said Tuesday night' (the subject search keeps its own day parts)
    elif e < n and toks[e].low in POST_CUE_ADVERBS and (e == i + 1 or toks[e].low not in MANNER_OF_SPEAKING):
        # 'said then', 'has said repeatedly', 'wrote recently', 'said dryly': the adverb qualifies the speaking
        # (a manner adverb after a particle, 'spoke out sharply against', is left to the side rules)
        e += 1
    return s, e


def _later_as_adjective(toks: list[Tok], k: int) -> bool:
    """'would support later start times': 'later' before a plain noun grades the noun, it does not date the verb
    ('said later that', 'said later in the day' do)."""
    if toks[k].low != "later" or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.low.isalpha() and not nxt.cap and not nxt.quoted and nxt.low not in COMPLEMENT_START \
        and nxt.low not in NP_PREPOSITIONS and nxt.low not in CLAUSE_WORDS and nxt.low not in TIME_AFTER_CUE \
        and nxt.low not in VERB_FORMS and nxt.low not in AUX and not is_adverb(nxt)


# Words and phrases that sit inside a verb group, after its auxiliary ('have both argued', 'has in fact
# said', 'have in the past said', 'would only say', 'can't quite say'). 'only' also right after a
# subject ('Roe only briefly explained').
VERB_GROUP_INSERTS = (("both",), ("all",), ("only",), ("quite",), ("nevertheless",), ("nonetheless",),
                      ("in", "fact"), ("in", "particular"), ("in", "the", "past"), ("at", "times"), ("of", "course"),
                      ("in", "turn"))


_INSERT_LAST = {words[-1] for words in VERB_GROUP_INSERTS}
FLOATING = {("both",)}


def _verb_group_insert(toks: list[Tok], s: int) -> int | None:
    """Start of an insert ending right before toks[s] that follows an auxiliary (or, for 'only', stands
    alone before the verb group), or None."""
    if s >= 4 and toks[s - 1].low == ",":
        return _comma_insert(toks, s)
    if s < 2 or toks[s - 1].low not in _INSERT_LAST:
        return None  # the common case, one set lookup
    for words in VERB_GROUP_INSERTS:
        a = s - len(words)
        if a < 1 or any(toks[a + x].low != w or toks[a + x].quoted for x, w in enumerate(words)):
            continue
        before = toks[a - 1]
        if (before.low in AUX and not before.cap and not before.quoted) or (
                words == ("only",) and before.low[:1].isalpha() and before.low not in AUX | DETERMINERS):
            return a
        if words in FLOATING and not before.quoted and before.low[:1].isalpha() and before.low not in DETERMINERS \
                and before.low not in NP_PREPOSITIONS and before.low not in CLAUSE_WORDS \
                and (before.cap or before.low in {"they", "we", "you"} or before.low.endswith("s")):
            return a  # 'Roe and Doe both condemned': a quantifier floated off a coordinated subject
    return None


def _comma_insert(toks: list[Tok], s: int) -> int | None:
    """'has, however, said', 'have, in fact, praised': an insert set off by commas after an auxiliary;
    returns the opening comma, or None."""
    k = next((x for x in range(s - 2, max(0, s - 5), -1) if toks[x].low == ","), None)
    if k is None or k < 1 or not (toks[k - 1].low in AUX and not toks[k - 1].cap and not toks[k - 1].quoted):
        return None
    words = tuple(toks[x].low for x in range(k + 1, s - 1))
    if any(toks[x].quoted for x in range(k + 1, s - 1)):
        return None
    return k if words in VERB_GROUP_INSERTS or (len(words) == 1 and words[0] in DISCOURSE_ADVERBS) else None


# Adverbs right after a reporting verb that say when or how it was said.
# Adverbs of how the words were delivered: the tone or force of the voice ('said dryly', 'insisted
# angrily', 'asked rhetorically'); like 'bluntly', they describe the speaking itself.
MANNER_OF_SPEAKING = {"angrily", "bitterly", "calmly", "carefully", "cheerfully", "coldly", "coolly", "curtly",
                      "darkly", "defiantly", "dryly", "drily", "emphatically", "evenly", "explicitly", "firmly",
                      "forcefully", "gently", "gravely", "grimly", "heatedly", "icily", "insistently", "jokingly",
                      "loudly", "mockingly", "pleasantly", "quietly", "rhetorically", "ruefully", "sarcastically",
                      "sharply", "sheepishly", "softly", "solemnly", "sternly", "tearfully", "tersely", "testily",
                      "wearily", "wistfully", "wryly"}
POST_CUE_ADVERBS = {"then", "recently", "repeatedly", "previously", "publicly", "privately", "again", "once",
                    "bluntly", "flatly", "simply"} | MANNER_OF_SPEAKING


def _cue_modifier(t: Tok, title_case: bool) -> bool:
    """An auxiliary or adverb that belongs to the cue after it ('has also said'); capitalised only
    in a Title Case headline ('Has Quietly Endorsed')."""
    if t.quoted:
        return False
    if not t.cap:
        return t.low in AUX or is_adverb(t)
    return title_case and (t.low in AUX or t.low in CUE_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4
                                                                   and t.low not in NOT_ADVERB_LY))


# Verbs of knowing, finding and wanting: cues only with a clause, a quotation or an infinitive after them.
CLAUSAL_LEMMAS = {"think", "believe", "feel", "fear", "worry", "hope", "expect", "know", "doubt", "suspect", "find",
                  "estimate", "project", "calculate", "determine", "conclude", "want", "maintain", "advise", "identify",
                  "detail", "add", "decline", "learn", "understand", "assume", "wish", "imagine"}
CLAUSE_OPENERS = {"that", ",", ":", ".", "“", '"', "''", "``", "he", "she", "they", "it", "we", "i", "you", "there",
                  "what", "how", "why", "whether", "if", "who", "when", "where", "this", "these", "those", "so", "not"}
# Verbs that put a figure on something ('estimated the crowd at 5,000').
VALUING_LEMMAS = {"estimate", "project", "calculate"}
AMOUNT_STARTS = {"$", "£", "€", "about", "around", "roughly", "nearly", "almost", "more", "less", "least", "over",
                 "under", "just", "some", "between"}
INFINITIVE_LEMMAS = {"want", "hope", "expect", "fear", "worry", "feel", "maintain", "decline"}
# Object pronouns that only a verb takes ('most tenants call him honest', 'she calls herself a centrist');
# not 'her', which is also a possessive ('the report her office released').
VERB_OBJECT_PRONOUNS = {"him", "them", "us", "me", "himself", "herself", "themselves", "itself", "ourselves", "myself"}
# Verbs that state an opinion whatever follows them ('I think so', 'she hopes not'); not 'know', 'feel' or
# 'expect', which as often state plain knowledge, a sensation or a forecast ('you know', 'we know the way').
OPINION_VERBS = {"think", "believe", "hope", "fear", "doubt", "suspect"}
# Attitude verbs that are cues with a noun phrase right after them. What is expected or feared is an attitude
# toward a thing ('harbor officials expect a record crowd', 'tenants fear the levy'); 'believe' + a noun phrase
# credits a claim or opens a clause whose verb lies beyond the window ('aides believe her years on the harbor
# board ...'); after 'think' or 'hope' a noun phrase can only open such a clause ('I think Roe won the crowd
# over', 'she had hoped a late rally by the bakers would ...').
NP_OBJECT_ATTITUDES = {"expect", "fear", "believe", "think", "hope"}
# Subject pronouns by the verb form they agree with ('she thinks', 'they think').
SINGULAR_SUBJECTS = {"he", "she", "it"}
PLURAL_SUBJECTS = {"i", "we", "they", "you"}
# Finite auxiliaries and modals that can open a clause whose subject was moved out of it.
FINITE_AUX = {"will", "would", "could", "can", "should", "might", "may", "must", "is", "was", "are", "were", "has",
              "had", "have", "does", "did"}


def _clausal_complement(toks: list[Tok], ce: int, lemma: str) -> bool:
    """A proposition follows the cue: 'that ...', a subject pronoun, a quotation, the end of the
    sentence ('..., she thinks.'), or a noun phrase followed by its own verb ('found the plan
    flawed' is not enough; 'found the plan was flawed' is)."""
    n = len(toks)
    if ce >= n:
        return True
    nxt = toks[ce]
    if lemma == "know" and nxt.low in {",", ".", "!", "?", ":"} and not nxt.quoted:
        return False  # 'you know, ...', 'I don't know.', 'we'll never know.': no proposition is known
    if nxt.quoted or nxt.low in CLAUSE_OPENERS or nxt.low in {"!", "?", ";"}:
        return True
    if nxt.low == "to":
        return lemma in INFINITIVE_LEMMAS
    if lemma == "feel" and not nxt.cap and (nxt.low in {"free", "well"} or nxt.low.endswith("ed")
                                            or nxt.low in IRREGULAR_PP):
        return False  # 'felt betrayed', 'feeling condescended to', 'felt free to': a state of mind, no proposition
    if nxt.low == "like" and lemma == "feel":
        return _clausal_complement(toks, ce + 1, lemma)  # 'felt like the board ignored her', not 'felt like home'
    if nxt.low in CUE_PARTICLES.get(lemma, ()) and ce + 1 < n and toks[ce + 1].low[:1].isalnum():
        return True  # 'believes in term limits', 'thinks about the harbor' (the particle joins the cue)
    if nxt.low in FINITE_AUX and not nxt.cap:
        # 'a levy (which) she believes will pass', 'what he thinks is fair': the complement clause's
        # subject has moved to the front, so its finite verb follows the cue at once.
        return True
    for j in range(ce + 1, min(n, ce + 8)):
        low = toks[j].low
        if low in {",", ".", ";", ":", "!", "?"} or toks[j].quoted:
            return False
        if lemma == "find" and _judged_as(toks, j):
            return True  # 'I find his message chilling', 'the jury found him guilty': a verdict on the object
        if low == "as" and lemma == "identify" and not toks[ce].low.endswith("self") and toks[ce].low != "themselves":
            return True  # 'identified the levy as the main worry': names what the object is ('identifies as' is no object)
        if low == "to" and lemma in INFINITIVE_LEMMAS:
            return True  # 'wants Congress to act'
        if low == "at" and lemma in VALUING_LEMMAS and j + 1 < n and (
                toks[j + 1].low[:1].isdigit() or toks[j + 1].low in AMOUNT_STARTS):
            return True  # 'estimates his fortune at $4 billion': a figure the estimator puts on it
        if low in AUX and low not in {"'s", "’s"} or low in VERB_ONLY_FORMS or (
                low in VERB_FORMS and VERB_FORMS[low][1] in {"past", "3sg"} and not toks[j].cap):
            return True
    return False


VERDICT_ADJECTIVES = {"guilty", "innocent", "liable", "responsible", "wrong", "right", "odd", "strange", "hard",
                      "difficult", "easy", "appropriate", "inappropriate", "unacceptable", "credible", "lacking",
                      "wanting", "welcoming", "refreshing", "troubling", "disturbing", "chilling", "appalling",
                      "alarming", "compelling", "convincing", "amusing", "baffling", "puzzling", "insulting"}
VERDICT_CLOSE = {".", ",", ";", "!", "?", "and", "but", "because", "that", "of", "—", "–", "--"}


def _judged_as(toks: list[Tok], j: int) -> bool:
    """toks[j] closes a 'find + object + adjective' verdict: an evaluative adjective with nothing after it
    but the clause's end ('found the plan deplorable.', not 'found a practical fix')."""
    t = toks[j]
    if t.cap or t.quoted or j + 1 >= len(toks) or toks[j + 1].low not in VERDICT_CLOSE:
        return False
    return t.low in VERDICT_ADJECTIVES or (t.low.endswith(("ous", "ful", "able", "ible")) and t.low.isalpha())


# Prepositions that put 'what appeared to be ...' inside a phrase ('through what seemed to be a long fight').
PP_BEFORE_WHAT = {"in", "into", "on", "over", "through", "with", "for", "from", "at", "by", "of", "about", "after",
                  "during", "despite", "to", "amid"}

# 'seems', 'appeared to', 'is expected to': the writer hedges without naming anyone.
EVIDENTIAL_FORMS = {"seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "expected"}
EVIDENTIAL_AFTER = {"to", "that", "as", "likely", "unlikely", "poised", "certain", "sure", "increasingly", "less",
                    "more", "ready", "set", "determined", "eager", "intent", "willing", "unable", "able", "like"}


def _evidential(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Cue span of a hedging verb: 'seemed (to)', 'appears to', 'is (widely) expected to'."""
    n = len(toks)
    nxt = toks[i + 1].low if i + 1 < n else ""
    low = toks[i].low
    s = i
    while s > 0 and (toks[s - 1].low in AUX or is_adverb(toks[s - 1]) or toks[s - 1].low in {"widely", "not"}) \
            and not toks[s - 1].cap and not toks[s - 1].quoted:
        s -= 1
    if low == "expected":
        if s == i or nxt != "to" or not any(toks[x].low in {"is", "are", "was", "were", "be", "been", "'s", "’s"}
                                            for x in range(s, i)):
            return None  # 'as expected', 'analysts expected': not the impersonal passive
        return s, i + 1
    if i >= 2 and toks[i - 1].low == "what" and toks[i - 2].low in PP_BEFORE_WHAT:
        return None  # 'in what appeared to be a snub': the writer names an event, nobody's impression is reported
    if low == "seeming" and i > 0 and (toks[i - 1].low in DETERMINERS or toks[i - 1].low in POSSESSIVE
                                       or toks[i - 1].low.endswith(("'s", "’s"))):
        return None  # 'his seeming indifference', 'the seeming truce': an adjective, nobody's judgment reported
    if low.startswith("appear") and nxt not in {"to", "that", "likely", "unlikely", "poised", "set", "ready"}:
        return None  # 'appeared on television'
    if low.startswith(("seem", "appear")) and s >= 2 and toks[s - 1].low in {"that", "who"} \
            and toks[s - 2].low not in {",", "and", "but", "or"}:
        # A defining relative clause ('an economy that seems to reward the rich', 'those who seemed
        # destined to rise'): the impression describes the noun, nobody's judgment is reported. After
        # a comma ('Roe, who seemed tired, ...') the clause is an aside that states it.
        return None
    if low.startswith("seem") and not (nxt in EVIDENTIAL_AFTER or (nxt[:1].isalpha() and nxt not in NON_HEDGE_AFTER)):
        return None
    return s, i + 1


REPUTATION_DEGREE = {"best", "better", "well", "widely", "long", "also", "now", "once", "not", "most", "least"}


def _reputation(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Cue span of 'is (best) known for', 'was known as', 'has long been known for': what people at large
    say of the subject, a hedge without a named holder. Not 'known' as a plain participle ('a group known
    as', 'she has known him')."""
    n = len(toks)
    nxt = toks[i + 1].low if i + 1 < n else ""
    if nxt not in {"as", "for"} or toks[i + 1].quoted or i + 2 >= n \
            or not (toks[i + 2].low[:1].isalnum() or toks[i + 2].low in QUOTES_OPEN | QUOTE_TOGGLE) \
            or toks[i + 2].low in AUX:
        return None  # 'the bread it is known for (has) sold out': the relative clause's head is what is known
    s = i
    while s > 0 and (toks[s - 1].low in AUX or toks[s - 1].low in REPUTATION_DEGREE or is_adverb(toks[s - 1])) \
            and not toks[s - 1].cap and not toks[s - 1].quoted:
        s -= 1
    if not any(toks[x].low in BE_FORMS or toks[x].low in {"'s", "’s"} for x in range(s, i)):
        return None
    return s, i + 2


NON_HEDGE_AFTER = {"and", "or", "but", "in", "on", "at", "with", "the", "a", "an"}


INFINITIVE_SPEECH = {"say", "note", "argue", "explain", "add", "insist", "point", "warn", "claim", "announce",
                     "declare", "suggest", "stress", "acknowledge", "admit", "describe", "write", "tweet",
                     "criticize", "praise", "denounce", "deny", "confirm", "reveal", "reiterate", "emphasize",
                     "mention", "complain", "talk", "speak", "discuss", "address", "defend", "attack", "blast",
                     "believe", "think", "understand", "learn", "endorse", "support", "oppose"}
# Verbs that govern a speech infinitive without being a cue themselves ('went on to say').
INFINITIVE_HEADS = {"went", "go", "goes", "going", "gone", "took", "take", "takes", "taking", "taken", "is", "was",
                    "are", "were", "be", "been", "seemed", "appeared", "rose", "stood", "came", "come", "comes",
                    "decided", "chose", "used", "returned", "paused", "stopped", "interjected", "jumped", "rushed",
                    "moved", "hastened", "refused", "declined", "failed", "wanted", "wants", "want", "tried",
                    "tries", "try", "sought", "seeks", "seek", "planned", "plans", "hoped", "hopes", "would",
                    "will", "could", "can", "should", "might", "may", "must", "dared", "managed", "needed", "needs",
                    "tended", "tends", "tend"}


# What is offered in words: 'offered an explanation', 'offered no specifics', 'offered her support'.
SPOKEN_OFFERS = {"account", "accounts", "explanation", "explanations", "view", "views", "thoughts", "apology",
                 "apologies", "condolences", "praise", "criticism", "plan", "plans", "proposal", "proposals", "details",
                 "specifics", "support", "assurance", "assurances", "reassurance", "defense", "defence", "answer",
                 "answers", "rebuttal", "words", "advice", "opinion", "opinions", "prediction", "predictions",
                 "assessment", "insight", "insights", "caveat", "remarks", "comments", "comment", "argument",
                 "arguments", "vision", "endorsement", "warning", "warnings", "message", "take", "response",
                 "reason", "reasons", "evidence", "theory", "suggestion", "suggestions", "solution", "solutions",
                 "approach", "approaches", "contrast", "critique", "glimpse", "preview", "rationale", "justification",
                 "promise", "pledge", "tribute", "congratulations", "thanks", "sympathy", "backing", "estimate",
                 "idea", "ideas", "case", "clues", "clue", "hints", "hint", "version", "description"}

# Verbs of opinion: the subject holds a view of the object ('supports the bill', 'sees her as a
# uniter'); not verbs of action or intention ('sought', 'decided', 'refused').
FAVOR = {"favor", "favour"}
OPINION_LEMMAS = {"support", "oppose", "prefer"} | FAVOR
AS_LEMMAS = {"see", "regard", "consider", "view"} | set(PORTRAYAL)
# What follows 'consider' when it weighs a question ('considered whether to run') rather than a thing.
QUESTION_OPENERS = {"whether", "if", "how", "why", "what", "who", "which", "where", "when"}
OBJECT_PRONOUNS = {"him", "her", "them", "it", "me", "us", "himself", "herself", "themselves", "itself", "myself",
                   "ourselves"}
# Words that open the predicate of a small clause after the object ('considers the plan a mistake',
# 'considered him too young').
PREDICATE_OPENERS = {"a", "an", "his", "her", "their", "its", "our", "my", "too", "so", "very", "more", "less",
                     "likely", "unlikely"}
# Words after the object that end it without a predicate ('considered the bill on Tuesday').
NOT_PREDICATE = NP_PREPOSITIONS | WEEKDAYS | TIME_NOUNS | {"and", "or", "but", "to", "for", "on", "in", "at", "by",
                                                           "with", "from", "last", "next", "this", "again", "then"}


def _weighed_or_judged(toks: list[Tok], ce: int) -> bool:
    """After 'consider': a question being weighed ('considered whether to run') or a judgment in a small
    clause, object then predicate ('considers Roe honest', 'considered him a friend', 'considers the levy
    too steep')."""
    n = len(toks)
    if ce >= n or toks[ce].quoted:
        return False
    first = toks[ce]
    if first.low in QUESTION_OPENERS:
        return True
    if first.low.endswith("ing") and not first.cap:
        return False  # 'consider taking further action': an option weighed, no judgment of a thing
    named = first.low in OBJECT_PRONOUNS or first.cap
    for j in range(ce + 1, min(n, ce + 7)):
        t, before = toks[j], toks[j - 1]
        if t.quoted or not t.low.isalpha() or (not t.cap and (t.low in NOT_PREDICATE or t.low in AUX
                                                              or t.low in VERB_FORMS)):
            return False
        if before.low in DETERMINERS or (before.low in OBJECT_PRONOUNS and j - 1 > ce):
            continue
        if t.low in PREDICATE_OPENERS or _adjective_word(t) or (is_adverb(t) and t.low.endswith("ly")):
            return True
        if named and not t.cap and (before.cap or before.low in OBJECT_PRONOUNS):
            return True  # 'considers Roe honest', 'considered them naive'
        if not (t.cap or before.cap):
            named = False
    return False


def _gerund_object(t: Tok) -> bool:
    """A gerund after 'support', 'oppose' makes them verbs ('supports raising the levy'); the noun
    would take 'for'."""
    low = t.low
    return not t.cap and not t.quoted and low.endswith("ing") and len(low) > 5 and low.isalpha() \
        and low not in ING_NOUNS


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    """Every lower-case word that can start a rule in ``find``."""
    return frozenset({"according", "in", "it", "citing", "per", "like", "put", "puts", "came", "come", "comes"} | GO_AFTER | BE_SIDE_STARTS | STANCE_ADJECTIVES | SIDE_ROLES | WORDING_VERBS | CONTENT_VERBS | NOMINAL_CUES | HEDGE_ADVERBS | EVIDENTIAL_FORMS
                     | DASHES | set(LIGHT_FORMS) | CHANNEL_CUE_WORDS | set(VERB_FORMS) | set(RETORT_FORMS) | set(RETRACT_FORMS))


@lru_cache(maxsize=1)
def _checked_lemmas() -> frozenset[str]:
    """Every lemma one of find()'s verb-particular tests looks for (a test keeps the set complete)."""
    return frozenset({"plan", "answer", "offer", "consider", "call", "show", "concede", "open", "blame", "know", "want",
                      "recall", "rule"} | INTENT_LEMMAS | ACT_LEMMAS | AS_LEMMAS | OPINION_LEMMAS | set(PHRASAL)
                     | STANCE_LEMMAS | ASKED_ATTITUDES)


@lru_cache(maxsize=1)
def _pre_verb_words() -> frozenset[str]:
    """Every word that can start one of the rules ``find`` tries before the reporting-verb rules."""
    return frozenset({"according", "in", "it", "citing", "per", "like", "put", "puts", "came", "come", "comes", "known"}
                     | DASHES | NOMINAL_CUES | set(LIGHT_FORMS) | CHANNEL_CUE_WORDS | HEDGE_ADVERBS | EVIDENTIAL_FORMS
                     | GO_AFTER | WORDING_VERBS | CONTENT_VERBS | BE_SIDE_STARTS | SIDE_ROLES | STANCE_ADJECTIVES)


def _in_hope(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'..., in (the) hope(s) of / that ...': the aim the main clause's subject holds ('Roe toured the
    docks in hopes of winning the port vote'). 'of' belongs to the cue, 'that' opens the content."""
    n = len(toks)
    k = i + 2 if toks[i + 1].low == "the" else i + 1
    if k + 1 >= n or toks[k].low not in {"hope", "hopes"} or toks[k + 1].low not in {"of", "that"}:
        return None
    subj = clause_subject(toks, found, i)
    if subj is None:
        return None
    return Found((i, k + 2 if toks[k + 1].low == "of" else k + 1), subj, "IN-HOPE: main-clause subject's aim", 0.55)


def _in_view(toks: list[Tok], i: int) -> Found | None:
    """'in his view', 'in Jane Roe's view', 'in my own view': whose opinion the clause states. The noun is
    the cue, the possessor the source."""
    n = len(toks)
    k = i + 1
    while k < n and not toks[k].quoted and (toks[k].cap or toks[k].low in {".", "-"}) \
            and not toks[k].low.endswith(("'s", "’s")) and k - i <= 4:
        k += 1  # the given names before the possessive ('in Jane Roe's view')
    if k >= n or toks[k].quoted:
        return None
    owner = toks[k]
    v = k + 1
    if v < n and toks[v].low == "own":
        v += 1
    if v >= n or toks[v].low != "view" or toks[v].quoted:
        return None
    if owner.low in POSSESSIVE_PRONOUNS | {"my", "our", "your"} and k == i + 1:
        return Found((v, v + 1), (k, k + 1), "IN-VIEW: possessor's view", 0.6)
    if owner.cap and owner.low.endswith(("'s", "’s")):
        return Found((v, v + 1), (i + 1, k + 1), "IN-VIEW: possessor's view", 0.6)
    return None


def _verb_before_infinitive(toks: list[Tok], to: int, lemma: str) -> int | None:
    """Index of the verb governing 'to' + a speech verb ('went on to say', 'took to Twitter to say',
    'is correct to note', 'declined to say'), scanning back a few words; None if there is none."""
    if lemma not in INFINITIVE_SPEECH:
        return None
    for j in range(to - 1, max(-1, to - 6), -1):
        t = toks[j]
        if t.quoted or t.low in {",", ".", ";", ":", "and", "but", "or", "that", "who", "which", "in", "order"}:
            return None
        if t.low in PERMISSION_WORDS:
            # 'he was not authorized to discuss the talks', 'is not allowed to speak': leave to speak is
            # not speech (it mostly explains a grant of anonymity), negated or not.
            return None
        if not t.cap and t.low in INFINITIVE_HEADS:
            return j
    return None

# Leave to speak, between a verb and the speech infinitive: 'was not authorized to discuss'.
PERMISSION_WORDS = {"authorized", "authorised", "allowed", "permitted", "cleared", "entitled"}

# Of those, verbs that are cues by themselves, so the infinitive after them stays out of the cue: a refusal
# ('declined to say') and a present wish ('wants to say', a stated aim of the subject).
CUE_HEADS = {"declined", "wants", "want"}

# Words that single out who did something first or alone: 'the first senator to endorse Roe'.
SINGLING = {"first", "only", "last", "earliest", "lone", "sole"}


def _first_to(toks: list[Tok], to: int) -> tuple[int, int] | None:
    """The noun phrase before 'to' that singles out its doer ('the first member of the council', 'one of the
    earliest backers', 'the only mayor'), or None."""
    for j in range(to - 1, max(-1, to - 9), -1):
        t = toks[j]
        if t.quoted or not (t.low[:1].isalnum() or t.low in {"-", ".", "'s", "’s"}):
            return None
        if t.low in SINGLING and j > 0 and toks[j - 1].low == "the" and j + 1 < to:
            s = j - 1
            if s >= 2 and toks[s - 1].low == "of" and toks[s - 2].low in QUANTIFIERS:
                s -= 2  # 'one of the earliest ...'
            return (s, to) if all(np_word(toks, x) for x in range(j + 1, to)) else None
        if t.low in CLAUSE_WORDS or t.low in VERB_FORMS or t.low in AUX:
            return None
    return None


def _headline_future(toks: list[Tok], to: int) -> bool:
    """'Acme to cut fares', 'Roe to endorse Doe': headline English puts the future as a subject, then
    'to' and the verb, with no 'is' ('Acme is to cut fares'). The subject ends in a capitalised word
    right before 'to'; a verb there ('Votes To Endorse', 'Wants To Say') governs the infinitive."""
    if to < 1 or toks[to].cap or toks[to].quoted:
        return False
    before = toks[to - 1]
    return before.cap and not before.quoted and before.low not in VERB_FORMS and before.low not in AUX \
        and before.low[:1].isalpha()


def _after_quote(toks: list[Tok], cs: int) -> bool:
    """A quotation closes just before the subject of the cue at cs ('“...,” he continued.')."""
    for x in range(cs - 1, max(-1, cs - 6), -1):
        if toks[x].low in QUOTES_CLOSE | QUOTE_TOGGLE:
            return True
        if not (toks[x].cap or toks[x].low in PERSONAL_PRONOUNS or toks[x].low in {".", "-"}):
            return False
    return False


def _plural_subject_and_object(toks: list[Tok], cs: int, i: int, form: str) -> bool:
    """'polls show voters rejecting him', 'data show prices rising': a plural noun, a base-form
    verb that agrees with it, then a plain noun object."""
    n = len(toks)
    if form != "base" or cs != i or i == 0 or i + 1 >= n:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.low.endswith("s") and not prev.cap and prev.low not in POSSESSIVE and prev.low[:1].isalpha() \
        and nxt.low[:1].isalpha() and not nxt.cap and nxt.low not in VERB_FORMS and nxt.low not in AUX


# After the person called: the call was placed, nothing is said of the person.
PHONE_CALL_AFTER = {".", "and", "to", "shortly", "last", "yesterday", "tonight", "today", "twice", "again", "after",
                    "before", "from"}


def _indefinite_noun_before(toks: list[Tok], i: int) -> bool:
    """toks[i - 1] ends a noun phrase opened by 'a', 'an' or 'another' ('a short film', 'a move',
    'another'): a participle right after it names or describes that thing."""
    if i == 0 or toks[i - 1].cap or toks[i - 1].quoted or not toks[i - 1].low.isalpha():
        return False
    for x in range(i - 1, max(-1, i - 6), -1):
        low = toks[x].low
        if low in {"a", "an", "another"}:
            # in object position only: 'released a film called ...', not the subject 'A senator called ...'
            return x > 0 and toks[x - 1].low.isalpha() and not toks[x - 1].cap
        if not low.replace("-", "").isalpha() or low in DETERMINERS or low in AUX or low in VERB_FORMS \
                or low in PERSONAL_PRONOUNS or low in CLAUSE_WORDS:
            return False
    return False


def _not_a_speech_call(toks: list[Tok], cs: int, i: int, ce: int) -> bool:
    """'call' that reports no words: a phone call ('No one called.'), 'called off', naming in
    'what he calls the lie' (the writer's scare quotes, not the speaker's claim), 'the roll call'."""
    n = len(toks)
    nxt = toks[ce].low if ce < n else "."
    if nxt == "out" and ce + 1 < n and toks[i].low != "calling" and toks[ce + 1].low[:1].isalnum() \
            and toks[ce + 1].low not in {"to", "of", "for"}:
        # 'called out the mayor': criticized her in public ('called out to the crowd' only shouted). Not the
        # participle: '..., calling out names' reads a list aloud as often as it rebukes anyone.
        return False
    if nxt in {".", ",", "!", "?", ";", "off", "up", "back", "in", "around", "out"}:
        return True
    if toks[i].low == "called" and cs == i and _indefinite_noun_before(toks, i):
        return True  # 'a film called Harbor Days', 'another called Acme': naming a thing, not a speaker's label
    if toks[i].low in {"called", "calls", "call"} and ce == i + 1 and ce < n \
            and (toks[ce].cap or toks[ce].low in VERB_OBJECT_PRONOUNS) and not toks[ce].quoted:
        end = ce + 1
        while end < n and toks[end].cap and not toks[end].quoted and toks[end].low not in WEEKDAYS:
            end += 1  # the person's name
        if end >= n or toks[end].low in PHONE_CALL_AFTER or toks[end].low in WEEKDAYS:
            # 'Roe called Doe on Tuesday and ...', 'I called my sister.': a phone call to someone, with
            # nothing said of them (naming takes a second phrase: 'called Doe a liar').
            return True
    if toks[i].low in {"call", "calls"} and i > 0 and (toks[i - 1].low in DETERMINERS | POSSESSIVE_PRONOUNS
                                                      or toks[i - 1].low.endswith(("'s", "’s"))):
        return True
    return cs >= 2 and toks[cs - 2].low in {"what", "which", "whom"} and toks[cs - 1].low in PERSONAL_PRONOUNS


def _reduced_relative(toks: list[Tok], src: tuple[int, int], i: int, ce: int, lemma: str) -> bool:
    """The past participle at i modifies the noun before it instead of being its verb: 'an
    article cited by her campaign', 'notes written in the margins', 'a company called Harmony'."""
    nxt = toks[ce] if ce < len(toks) else None
    if nxt is not None and nxt.low == "by":
        # ('Roe said by telephone': 'by' + the means of speaking is no agent.)
        return ce + 1 >= len(toks) or toks[ce + 1].low not in MEANS
    if nxt is not None and (nxt.low[:1].isdigit() or nxt.low in NUMBER_WORDS) \
            and any(toks[x].low == "times" for x in range(ce + 1, min(len(toks), ce + 3))):
        return True  # 'a clip viewed 40,000 times', 'a photo shared two million times': a count, not a verb's object
    if lemma in {"call", "dub"} and nxt is not None and (nxt.cap or nxt.quoted or nxt.low in QUOTES_OPEN) \
            and toks[src[0]].low in {"a", "an"}:
        return True
    head = toks[src[1] - 1]
    # 'the statement said in part' is the statement's own verb ('said' hardly ever modifies a noun), and
    # 'The Post reported on Monday' names a newspaper, not a post.
    return head.low in INANIMATE_HEADS and not head.cap and lemma != "say" and nxt is not None \
        and nxt.low in {"on", "in", "at", "to", "online"}


# Things that are posted, written or cited rather than people who post, write or cite.
INANIMATE_HEADS = {"statement", "statements", "note", "notes", "article", "articles", "message", "messages",
                   "letter", "letters", "video", "videos", "photo", "photos", "post", "posts", "comments",
                   "remarks", "words", "phrase", "tweet", "tweets", "ad", "ads", "sign", "signs", "report"}


MODALS = {"will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "'ll", "’ll",
          "'d", "’d", "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't", "won’t", "wouldn’t",
          "can’t", "couldn’t", "didn’t", "doesn’t", "don’t"}


def _after_modal(toks: list[Tok], cs: int, i: int) -> bool:
    """A modal or 'do' before the word at i makes it a verb ('would support', 'does not doubt'),
    whatever noun it could also be."""
    return any(toks[x].low in MODALS for x in range(cs, i))


BE_FORMS = {"was", "were", "is", "are", "been", "be"}

# 'said by phone': 'by' + the means of speaking, not an agent.
MEANS = {"phone", "telephone", "email", "e-mail", "text", "video", "videoconference", "mail", "letter", "fax",
         "satellite", "radio", "videolink", "proxy", "hand", "way", "far", "then", "now", "default", "contrast"}


# Reporting verbs whose passive without an agent still reports words ('was asked', 'was announced',
# 'is said to'). Not 'call' ('is called Acme' names a thing) nor 'tell'. The passive of a verb of
# judging or mentioning reports what unnamed others said ('has been criticized for', 'was confirmed',
# 'has been mentioned as'); 'view' and 'show' only in the frame of a judgment (``_passive_judgment``).
AGENTLESS_PASSIVE = {"say", "ask", "announce", "declare", "argue", "claim", "state", "warn", "report", "explain",
                     "note", "suggest", "insist", "consider", "confirm", "mention", "criticize", "criticise",
                     "view", "show"}
# 'is widely viewed as a favorite' judges; 'was viewed from the pier' looks. 'were shown to be wrong',
# 'is shown urging voters to ...' (on a tape) report a finding or words; 'was shown at the festival' a film.
JUDGED_PASSIVE_FRAME = {"view": {"as"}, "show": {"to"}}


def _passive_judgment(toks: list[Tok], ce: int, lemma: str) -> bool:
    """The words after a passive 'viewed' or 'shown' make it a judgment or a record of words (see
    JUDGED_PASSIVE_FRAME); other AGENTLESS_PASSIVE verbs need no frame."""
    frame = JUDGED_PASSIVE_FRAME.get(lemma)
    if frame is None:
        return True
    if ce >= len(toks) or toks[ce].quoted:
        return False
    nxt = toks[ce].low
    return nxt in frame or (lemma == "show" and nxt.endswith("ing") and nxt.isalpha() and len(nxt) > 5)


def _hypothetical(toks: list[Tok], cs: int, i: int) -> bool:
    """'could be said', 'should be noted', 'to be said': a passive after a modal or 'to' says what might
    be said, reporting nothing ('will be announced' does report a plan)."""
    return any(toks[x].low == "be" for x in range(cs, i)) and not (cs > 0 and toks[cs].low in {"will", "'ll", "’ll"})


def _before_agent(toks: list[Tok], ce: int) -> bool:
    """An agent follows later ('was reported Friday by the Post'): the PASSIVE-BY rule's business."""
    return any(toks[x].low == "by" for x in range(ce, min(len(toks), ce + 4)))


# Verbs of taking a side whose participle, with 'by' + people, names the side's holders ('opposed by
# the union'); not 'backed' or 'supported' ('backed by two banks', 'supported by donors' are often money).
SIDE_PASSIVE = {"oppose", "endorse", "criticize", "criticise", "favor", "favour", "reject", "condemn",
                "denounce", "praise", "dismiss"}


def _people_noun(low: str) -> bool:
    """A common noun for persons or a body ('donors', 'the union', 'groups', 'staff')."""
    return agent_noun(low) or low in ORG_NOUNS or low in PLURAL_HEADS or (low.endswith("s") and low[:-1] in ORG_NOUNS)


def _people(toks: list[Tok], span: tuple[int, int]) -> bool:
    """The noun phrase names people or a body: a name, a pronoun, or a head noun for persons or groups."""
    low = head_word(toks, *span)
    return toks[span[1] - 1].cap or low in PERSONAL_PRONOUNS or _people_noun(low) or low in ORG_NAME_WORDS \
        or low in GOVERNMENT_WORDS


def _reduced_passive(toks: list[Tok], cs: int) -> bool:
    """The participle at cs opens a clause-level aside ('As reported by X, ...', '..., first reported
    by X, ...'): not the active verb of a subject ('Roe said by phone'), nor a noun's modifier
    ('a biography written by', whose agent is an author rather than the claim's source)."""
    while cs > 0 and (toks[cs - 1].low in LEADING_NOT_CUE or is_adverb(toks[cs - 1])) and not toks[cs - 1].cap:
        cs -= 1  # ', first reported by'
    return cs == 0 or toks[cs - 1].low in {",", "as", "(", "—", "–", "--"}


def _means_verb(toks: list[Tok], by: int, subj: tuple[int, int]) -> int | None:
    """'responded by saying', 'began by talking about': the verb the gerund says how was done
    opens the cue. Its start, when it follows the subject directly (auxiliaries and adverbs
    aside) and 'by' follows it (or its particle 'up', 'first')."""
    j = by - 1
    while j > subj[1] and toks[j].low in {"first", "up", "off", "back", "out"}:
        j -= 1
    if j < subj[1] or toks[j].cap or toks[j].quoted:
        return None
    low = toks[j].low
    if not (low in VERB_FORMS or low.endswith("ed") or low in {"began", "begun", "begins", "begin"}):
        return None
    s = j
    while s > subj[1] and (toks[s - 1].low in AUX or is_adverb(toks[s - 1])) and not toks[s - 1].cap:
        s -= 1
    return s if s == subj[1] else None


# What a poll, a study or the records 'show' or 'found': the result is their claim whatever follows
# ('a county poll found Roe trailing', 'the survey shows a narrow lead').
EVIDENCE_NOUNS = {"poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "records",
                  "data", "analysis", "review", "figures", "numbers", "statistics", "documents", "emails", "findings",
                  "paper", "audit", "tally", "results", "research", "filings", "investigation", "estimates",
                  "projections", "forecast", "census", "probe", "inquiry", "tests", "test", "experiments", "report's",
                  "files", "article", "email", "memo", "evidence", "returns", "ledgers", "logs", "transcripts",
                  "disclosures", "receipts"}


# The verbs whose subject an evidence noun can be ('the audit found', 'the poll suggests').
EVIDENCE_LEMMAS = {"show", "find", "suggest", "indicate", "reveal"}


# Prepositions that frame 'poll + participle' as the evidence behind the main clause.
EVIDENCE_PARTICIPLE_FRAMES = {"with", "despite", "amid", "after", "of", "following", "given", "by"}


def _evidence_subject(toks: list[Tok], cs: int) -> bool:
    """The clause's subject before cs is a poll, a study or records: its head noun is in the few
    words before the verb, with no clause boundary in between."""
    for j in range(cs - 1, max(-1, cs - 9), -1):
        t = toks[j]
        if t.quoted or t.low in {",", ".", ";", ":", "that", "which", "who", "and", "but", "“", "”", '"'}:
            return False
        if t.low in EVIDENCE_NOUNS:
            return True
    return False


def _would_like(toks: list[Tok], i: int) -> Found | None:
    """'The senator would like to see the bill pass': a wish stated by the subject, like 'wants to'."""
    n = len(toks)
    j = i - 1
    while j > 0 and is_adverb(toks[j]):
        j -= 1  # 'would also like to'
    if j < 1 or toks[j].low not in {"would", "'d", "’d"} or i + 1 >= n or toks[i + 1].low != "to" or toks[i].quoted:
        return None
    cs, ce = _cue_extent(toks, i, "like")
    src = left_np(toks, subject_end(toks, cs))
    if src is None:
        return None
    return Found((cs, ce), src, "SUBJ-VERB: subject + 'would like to'", 0.6)


EVIDENCE_MODIFIER_STOPS = {"and", "or", "but", "that", "which", "who", "as", "than", "while", "because", "if", "when",
                           "in", "on", "at", "for", "to", "with", "after", "before", "since", "during", "alone"}


RELEASE_PARTICIPLES = {"released", "published", "conducted", "taken", "out", "issued"}
RELEASE_TIME_WORDS = {"on", "in", "last", "this", "past", "over", "the", "week", "weeks", "month", "months", "year",
                      "earlier", "late", "early", "two", "three", "days", "weekend", "morning", "night"}


def _evidence_np(toks: list[Tok], cs: int) -> tuple[int, int] | None:
    """The subject of 'new shipping records show', 'inspection logs from the vendor show' when the
    general chunker refuses it (its head is also a verb form): from the evidence noun back over
    its modifiers to a determiner or the start of the clause, and on to the verb."""
    head = next((j for j in range(cs - 1, max(-1, cs - 9), -1) if toks[j].low in EVIDENCE_NOUNS), None)
    if head is None:
        return None
    dated = False
    for j in range(head + 1, cs):  # a post-modifier: 'from Acme Corp', 'by the agency'
        if toks[j].low in RELEASE_PARTICIPLES and not dated:
            dated = True  # 'a county poll released on Tuesday', 'a survey out this week': when it came out
            continue
        if dated and (toks[j].low in RELEASE_TIME_WORDS or toks[j].low in WEEKDAYS):
            continue
        if not (toks[j].cap or toks[j].low in {"from", "by", "of", "the", "a", "an"} or toks[j].low[:1].isdigit()):
            return None
    start = head
    while start > 0:
        t = toks[start - 1]
        if t.low in {",", ";", ":", "—", "–", "--"}:
            break  # the clause starts here
        if t.low in {"but", "and", "yet", "so"} and (start == 1 or toks[start - 2].low == ","):
            break  # 'But county filings show ...', '..., and tax records show ...': a new clause starts here
        joint = t.low in {"/", "-", "&"} and start >= 2 and toks[start - 2].cap and toks[start].cap  # 'an Acme/Ipsos poll'
        if t.quoted or not (t.low[:1].isalnum() or t.low in {"'s", "’s"} or joint) or t.low in EVIDENCE_MODIFIER_STOPS \
                or t.low in AUX or t.low in PERSONAL_PRONOUNS or is_adverb(t) \
                or (t.low in VERB_FORMS and VERB_FORMS[t.low][1] in {"past", "pp"}):
            return None  # 'a review of recently filed records shows': the real subject starts further back
        start -= 1
        if t.low in DETERMINERS:
            break
    return start, cs


def _anonymity_request(toks: list[Tok], k: int) -> bool:
    """'asked not to be named', 'asked to remain anonymous', 'asked for anonymity': the condition
    a source spoke under, not a request reported as news ('asked for a recount')."""
    nxt = toks[k].low
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return nxt == "not" or (nxt == "to" and after in {"be", "remain", "stay", "withhold"}) or (
        nxt == "for" and after in {"anonymity", "his", "her", "their", "confidentiality"})


def _question_put(toks: list[Tok], i: int) -> Found | None:
    """'Asked whether she would run, Roe said ...', '..., he said when asked about the plan': a
    question put to the speaker, reported as its own attribution. The asker is usually unnamed
    (no source) or the agent after 'by' ('Asked by an interviewer if ...'). The cue is 'asked' with
    its 'about'. Marked as a hedge so that the speaker's own cue after it is not read as nested
    inside the question, and a participle after it ('..., saying') is not given to the asker."""
    n = len(toks)
    j = i - 1
    while j >= 0 and is_adverb(toks[j]) and not toks[j].cap:
        j -= 1  # 'when first asked'
    if not (j < 0 or (toks[j].low in {"when", "whenever"} and not toks[j].quoted)):
        return None
    if i + 1 >= n or toks[i + 1].low in {".", ",", "!", "?", ";"} or _anonymity_request(toks, i + 1):
        return None
    ce = i + 2 if toks[i + 1].low == "about" else i + 1
    source = None
    if toks[i + 1].low == "by":
        source = right_np(toks, i + 2)
        if source is None:
            return None
    return Found((i, ce), source, "QUESTION: asked (by the interviewer)", 0.6, hedge=True)


PLURAL_OPENERS = {"some", "many", "most", "other", "others", "several", "both", "all", "few", "two", "three", "four",
                  "five", "critics", "experts", "analysts", "officials", "aides", "advisers", "friends", "people",
                  "residents", "supporters", "opponents", "economists", "observers", "insiders", "sources"}


def _plural_np(toks: list[Tok], src: tuple[int, int]) -> bool:
    """A plural noun phrase: a plural opener or a plural head before any post-modifier."""
    if toks[src[0]].low in PLURAL_OPENERS:
        return True
    head = src[0]
    while head + 1 < src[1] and toks[head + 1].low not in {",", "of", "in", "at", "for", "from", "with", "who"}:
        head += 1
    low = toks[head].low
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and not toks[head].cap


# Verbs that judge someone: after their agent, 'for ...' gives the reason ('criticized by
# Roe for the delay'), not more of the agent.
EVALUATIVE_LEMMAS = STANCE_LEMMAS | {"criticize", "criticise", "rebuke", "denounce", "praise", "condemn", "mock",
                                     "scold", "chide", "assail", "lambast", "lambaste", "applaud", "commend",
                                     "decry", "congratulate"}


def _without_reason(toks: list[Tok], src: tuple[int, int]) -> tuple[int, int]:
    for x in range(src[0] + 1, src[1]):
        if toks[x].low == "for":
            return (src[0], x)
    return src


def _plain_np(toks: list[Tok], r: int) -> tuple[int, int] | None:
    """A plain noun chunk from toks[r], for what the full phrase test turns down after 'according
    to': leading adverbs and adjectives ('early returns', 'recently released figures') and
    noun-like verb forms ('reports') are taken in; it ends at the first word of another kind."""
    n = len(toks)
    k = r
    while k < n and k - r < 2 and not toks[k].cap and not toks[k].quoted and toks[k].low.isalpha() \
            and not np_word(toks, k) and toks[k].low not in CLAUSE_WORDS and toks[k].low not in PERSONAL_PRONOUNS:
        k += 1  # 'early', 'recently hacked'
    start_noun = k
    while k < n and k - r < WINDOW and not toks[k].quoted and toks[k].low not in {",", ".", ";", ":", "!", "?"} \
            and (np_word(toks, k) or (not toks[k].cap and VERB_FORMS.get(toks[k].low, ("", ""))[0] in NOUN_LIKE
                                      and VERB_FORMS[toks[k].low][1] in {"base", "3sg"})):
        if toks[k].low in NP_PREPOSITIONS and k + 1 < n and not np_word(toks, k + 1):
            break
        k += 1
    while k > start_noun and (toks[k - 1].low in DETERMINERS or toks[k - 1].low in NP_PREPOSITIONS):
        k -= 1
    if k <= start_noun:
        return None
    if k < n and not toks[k].cap and (toks[k].low.endswith("ed") or toks[k].low in IRREGULAR_PP):
        # 'exit polls conducted for the Gazette', 'a poll released Friday by Acme': a participle with its
        # agent belongs to the phrase (one with a time only does not).
        end = k + 1
        while end < n and end - k < WINDOW and not toks[end].quoted \
                and toks[end].low not in {",", ".", ";", ":", "!", "?", "—", "--"}:
            end += 1
        if any(toks[x].low in {"by", "for"} for x in range(k + 1, end)):
            return (r, end)
    return (r, k)


# Words that open a subordinate clause whose subject a later '... and said' shares.
_SUBORDINATE_OPENERS = {"when", "while", "after", "because", "since", "if", "though", "although", "before", "until",
                        "once", "whereas"}


def _subordinate_subject(toks: list[Tok], found: list[Found], k: int) -> tuple[int, int] | None:
    """'Some booed, and when Rubio thanked the crowd and said ...': the verb before the 'and' at k
    sits in a subordinate clause; its subject, not the main clause's, said it."""
    w = None
    for x in range(k - 1, max(-1, k - WINDOW), -1):
        t = toks[x]
        if t.quoted or t.low in {",", ";", ":", "—", "–", "--", "(", ")", "."}:
            break
        if t.low in _SUBORDINATE_OPENERS and not t.cap:
            w = x
            break
    if w is None or any(f.cue[0] > w and f.cue[1] <= k and f.source for f in found):
        return None  # (an attribution found inside the clause already gives clause_subject its subject)
    for j in range(w + 2, k):
        low = toks[j].low
        if toks[j].cap:
            continue
        if low in AUX or low in VERB_ONLY_FORMS or (low.endswith("ed") and len(low) > 4) or low in VERB_FORMS:
            src = left_np(toks, j, w + 1)
            if src is not None and src[0] > w and src[1] == j and toks[src[0]].low not in RELATIVE:
                return src
            return None
    return None


# Verbs whose name after them is the addressee ('Roe, a lawyer, told CNN.'), not an inverted subject.
OBJECT_TAKING = {"tell", "ask", "inform", "remind", "assure", "urge", "warn", "thank", "advise"}


def _as_or_that_follows(toks: list[Tok], ce: int, lemma: str) -> bool:
    """'as' or 'that' after the object of 'see', 'regard', 'view' ('sees the board's role in setting fares as
    outdated'): within seven words, or within twelve when no punctuation or quotation intervenes, since
    a long object with its own prepositional phrase still takes the judgment after it. ('consider' and the
    verbs of portraying keep the short reach: 'considers it smart' judges with no 'as', and 'the bill that
    passed ... as' has its 'as' far off, so a far 'as' belongs to something else.)"""
    n = len(toks)
    for x in range(ce, min(n, ce + (7 if lemma == "consider" or lemma in PORTRAYAL else 12))):
        low = toks[x].low
        if low in {"as", "that"}:
            return True
        if x > ce and low in VERB_FORMS and not toks[x].quoted and not toks[x].cap and VERB_FORMS[low][1] != "ger" \
                and VERB_FORMS[low][0] in STRONG_LEMMAS | {"think", "believe"}:
            return False  # 'bakers who have seen the plan say that ...': the 'that' is another verb's
        if x >= ce + 6 and (toks[x].quoted or not (low[:1].isalnum() or low in {"'s", "’s", "-"})):
            return False
    return False


def _reporting_participle_before(toks: list[Tok], k: int) -> bool:
    """A reporting participle ('saying', 'describing') stands in the dozen words before token k, with no
    sentence break between."""
    for x in range(k - 1, max(-1, k - 13), -1):
        t = toks[x]
        if t.low in {".", ";", "!", "?"}:
            return False
        if not t.quoted and VERB_FORMS.get(t.low, ("", ""))[1] == "ger":
            return True
    return False


def _inverted_name_follows(toks: list[Tok], ce: int, lemma: str) -> bool:
    """A capitalised name right after an invertible verb that follows a comma, and nothing after
    the name but the sentence's end or a description: '..., said Jane Roe, who ...'."""
    if lemma not in INVERTIBLE or lemma in OBJECT_TAKING or ce >= len(toks) or not toks[ce].cap or toks[ce].quoted \
            or toks[ce].low in TIME_AFTER_CUE or toks[ce].low in PERSONAL_PRONOUNS:
        return False
    src = right_np(toks, ce, inverted=True)
    if src is None or not name_like(toks, src[0], src[1]):
        return False
    return src[1] >= len(toks) or toks[src[1]].low in {".", ",", "!", "?", ";"}




def _singular_noun_before(toks: list[Tok], src: tuple[int, int]) -> bool:
    """The subject ending right before a base-form cue is a short singular noun phrase opened by
    an article ('the nagging', 'The Orlando'): a base form cannot agree with it, so the 'cue' is a
    noun that heads the phrase ('the nagging questions' aside, 'The Orlando attack')."""
    s, e = src
    if e - s <= 4 and all(toks[x].cap for x in range(s, e)) and not toks[e - 1].low.endswith("s") \
            and toks[s].low not in PERSONAL_PRONOUNS and toks[e - 1].low not in PLURAL_HEADS:
        return True  # 'Clinton support among black voters': a name cannot take a base-form verb
    if e - s > 5 or e - s < 2 or toks[s].low not in {"the", "a", "an", "this", "that"}:
        return False
    if any(toks[x].low in {"and", "or", "&", ",", "of"} for x in range(s, e)):
        return False
    last = toks[e - 1].low
    return not (last.endswith("s") or last in PLURAL_HEADS or last[:1].isdigit())


# Words that can close a subject right before a base-form verb although they do not end in '-s':
# quantifiers and pronouns that stand for a plural ('many report', 'those who show'), adverbs of place and time.
_PLURAL_STANDINS = {"many", "most", "some", "few", "all", "both", "several", "none", "more", "others", "those",
                    "these", "who", "that", "which", "whom", "here", "there", "now", "then", "too", "also", "still",
                    "alone", "together", "themselves", "ourselves", "yourselves", "us", "them", "me", "him", "her",
                    "to", "and", "or", "not", "never", "often", "always", "sometimes", "usually", "percent",
                    "half", "dozen", "hundred", "thousand", "million", "billion"}
_PREPOSITIONS = {"of", "from", "in", "on", "at", "for", "with", "about", "by", "under", "over", "among"}


def _plural_before_preposition(toks: list[Tok], src: tuple[int, int]) -> bool:
    """The subject's head, before a preposition that opens its modifier, is plural: 'documents from
    the tax return show' agrees with 'documents', not with 'return'."""
    for x in range(src[0] + 1, src[1] - 1):
        if toks[x].low in _PREPOSITIONS:
            h = x - 1
            if h > src[0] and (toks[h].low in IRREGULAR_PP or toks[h].low.endswith("ed")):
                h -= 1  # 'figures published by the ministry show': the noun before the participle heads it
            head = toks[h].low
            return (head.endswith("s") and not head.endswith(("ss", "sis")) and head != "news") \
                or head in PLURAL_HEADS or head in _PLURAL_STANDINS
    return False


def _object_position(toks: list[Tok], k: int) -> bool:
    """toks[k] is a plain verb or preposition ('cut', 'raised', 'for') right before a noun phrase, which
    is then its object: not a clause word, a reporting verb ('said its staff forecast') or punctuation."""
    t = toks[k]
    return t.low.isalpha() and not t.cap and not t.quoted and t.low not in CLAUSE_WORDS and t.low not in VERB_FORMS \
        and t.low not in AUX and not is_adverb(t)


def _noun_modifier_before(toks: list[Tok], src: tuple[int, int]) -> bool:
    """The word right before a base-form cue is a singular noun or a year that modifies it ('a radio
    show', 'the news report', 'that 2013 report'): a base-form verb cannot agree with a singular
    subject, so the 'cue' is the noun the phrase ends with. Plural subjects keep the verb ('polls
    show', 'the data show', 'many report')."""
    t = toks[src[1] - 1]
    low = t.low
    if t.quoted or low in PERSONAL_PRONOUNS or low in _PLURAL_STANDINS or low in PLURAL_HEADS or is_adverb(t) \
            or _plural_before_preposition(toks, src) \
            or any(toks[x].low in {"and", "&"} for x in range(max(src[0], src[1] - 4), src[1])):
        return False  # ('her surveys and our own research show': a coordinated subject is plural)
    if low.isdigit() and src[1] >= 2 and toks[src[1] - 2].low in {"a", "an"}:
        return True  # 'a 911 call', 'an 80 report': after 'a' a number is the noun's modifier, never its count
    if low.isdigit() and len(low) == 4 and low[:2] in {"19", "20"}:
        # 'the 2013 report'; '19 support the plan' counts people, so only a year after a determiner
        return src[1] >= 2 and toks[src[1] - 2].low in DETERMINERS
    if t.cap:
        # 'the TV show', 'an FBI report': a short acronym names one thing ('I' is no acronym)
        return 2 <= len(t.text) <= 5 and t.text.isupper() and t.text.isalpha() and not t.text.endswith("S")
    if "-" in low and not t.cap and src[1] - src[0] >= 2 and toks[src[1] - 2].low in DETERMINERS:
        # 'the 200-page report', 'a long-awaited report': a hyphenated modifier after a determiner
        last = low.rsplit("-", 1)[1]
        return last.isalpha() and not last.endswith("s")
    if not low.isalpha():
        return False
    return not low.endswith("s") or low == "news" or low.endswith(("ss", "sis"))


# Present-tense verbs that take a noun of speech as their object ('faces blame', 'draws praise', 'shares
# blame', 'faces calls to resign'): after a subject, such a word is the verb, and the noun no cue.
OBJECT_TAKING_3SG = {"faces", "draws", "shares", "takes", "accepts", "deflects", "shoulders", "bears", "earns",
                     "wins", "attracts", "receives", "invites", "heeds", "ignores", "rebuffs", "sparks", "prompts"}


_ADJECTIVE_ENDINGS = ("ous", "ic", "ful", "less", "able", "ible", "ive", "al", "ary")


def _graded_adjective_before(toks: list[Tok], src: tuple[int, int]) -> bool:
    """The subject ends in 'more' or 'most' + one lower-case word: a graded adjective ('his more
    pointed remarks', 'her most quoted comments'), so the 'cue' is the noun it describes. ('most
    people report' keeps its verb: the word after 'most' is the plural head.)"""
    e = src[1]
    if e - src[0] < 2 or toks[e - 2].low not in {"more", "most", "less", "least"}:
        return False
    t = toks[e - 1]
    return not t.cap and t.low.isalpha() and not t.low.endswith("s") and t.low not in PLURAL_HEADS and not t.quoted


def _adjective_word(t: Tok) -> bool:
    """A lower-case word with an adjective ending that does not name a person ('ambiguous',
    'internal'; not 'official', 'executive')."""
    return not t.cap and t.low.endswith(_ADJECTIVE_ENDINGS) and t.low.isalpha() and not agent_noun(t.low)


def _inverted_position(toks: list[Tok], cs: int, i: int, ce: int) -> bool:
    """The verb at i stands between a quotation or a clause and its speaker ('“...,” added Roe.'):
    what it reports came before it, so no complement need follow."""
    if cs != i or i == 0 or ce >= len(toks):
        return False
    return toks[i - 1].low in {",", "”", '"', "''"} and (toks[ce].cap or toks[ce].low in DETERMINERS)


def _after_content(toks: list[Tok], i: int) -> bool:
    """Something reported comes before toks[i] in the sentence ('Sales fell, according to ...')."""
    return i >= 3 and toks[i - 1].low in {",", "(", "—", "–", "-", "--"}


# Heads that name who or what informs ('citing state officials', 'citing company records').
SOURCE_HEADS = GOVERNMENT_WORDS | OFFICIAL_WORDS | ORG_NOUNS | DOCUMENT_HEADS | PERSON_NOUNS | SPOKES_WORDS \
    | {"sources", "source", "people", "executives", "aides", "advisers", "staffers", "lawmakers", "data"}


def _cites_a_source(toks: list[Tok], span: tuple[int, int]) -> bool:
    """Does 'citing X' name where the information came from (records, a report, officials, an
    outlet, a named person) rather than a reason ('citing rising costs', 'citing precedent')?"""
    text = " ".join(toks[x].text for x in range(*span))
    kind = classify(text)
    if kind == "unspecified":
        return False
    head = head_word(toks, *span)
    # The head's own case: 'citing weak demand in China' is a reason though a name closes it.
    h = next((x - 1 for x in range(span[0] + 1, span[1]) if toks[x].low in NP_PREPOSITIONS or toks[x].low in RELATIVE),
             span[1] - 1)
    if kind in {"government", "official"} and not toks[h].cap and head not in SOURCE_HEADS \
            and not agent_noun(head):
        return False  # 'citing state cuts', 'citing company policy': a public or company word before a reason
    if kind == "person":
        caps = [toks[x] for x in range(*span) if toks[x].cap and toks[x].low.isalpha()]
        return len(caps) >= 2 or any(agent_noun(toks[x].low) for x in range(*span) if not toks[x].cap)
    return True


# Verbs that take an object and a bare infinitive ('help bakers find', 'let voters decide').
CAUSATIVES = {"help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made", "making"}


def _quoted_words_before(toks: list[Tok], j: int) -> int:
    """How many quoted tokens run back from toks[j] (the punctuation that closes a quotation)."""
    q = j - 1
    while q >= 0 and toks[q].quoted and j - q <= 12:
        q -= 1
    return j - 1 - q


# Verbs of talking about a topic: 'footage of Roe talking about tolls' names a speaker as 'saying' does.
TALK_LEMMAS = {"talk", "speak", "discuss"}


# Verbs of perceiving a person speak ('was heard telling', 'can be seen asking').
PERCEIVED = {"heard", "overheard", "seen", "filmed", "recorded", "videotaped"}


def _heard_speaking(toks: list[Tok], cs: int) -> tuple[int, int] | None:
    """The subject of 'X was heard (on the tape) urging ...': a perception verb in the passive a few
    words before the participle at cs, with nothing but a short adjunct between."""
    for j in range(cs - 1, max(0, cs - 7), -1):
        t = toks[j]
        if t.quoted or t.low in {",", ";", ":", "and", "but", "that", "who", "which"}:
            return None
        if t.low in PERCEIVED and not t.cap and j > 0 and toks[j - 1].low in BE_FORMS:
            v = j - 1
            while v > 0 and toks[v - 1].low in AUX and not toks[v - 1].cap:
                v -= 1
            return left_np(toks, subject_end(toks, v))
    return None


# Words that open a short phrase of time or occasion between 'and'/'but' and a verb, and the occasions.
OCCASION_OPENERS = {"in", "on", "at", "during", "after", "last", "this", "earlier", "later"}
OCCASION_NOUNS = {"interview", "interviews", "statement", "speech", "letter", "post", "hearing", "debate", "rally"}


def _after_time_adjunct(toks: list[Tok], c: int) -> int:
    """Where a coordinated verb phrase starts when a short phrase of time or occasion stands between
    'and'/'but' and the verb at c ('... but in a second interview said ...', '... and on Monday said'):
    the index right after that phrase's 'and'/'but' is returned as the verb's, else c."""
    for j in range(c - 2, max(0, c - 7), -1):
        if toks[j].low in {"and", "but"} and toks[j + 1].low in OCCASION_OPENERS:
            if all(np_word(toks, x) or toks[x].low in OCCASION_OPENERS for x in range(j + 1, c)) and any(
                    toks[x].low in WEEKDAYS or toks[x].low in TIME_NOUNS or toks[x].low in OCCASION_NOUNS
                    for x in range(j + 2, c)):
                return j + 1  # (not 'officials in the agency and at the ministry have said': a place in the subject)
            return c
        if toks[j].quoted or toks[j].low in {",", ";", ":"}:
            return c
    return c


WHICH_SPEAKS = {"said", "says", "added", "wrote", "told", "reported", "reports"}


def _nested(found: list[Found], toks: list[Tok], cs: int, ce: int, ss: int) -> bool:
    """The cue at cs (its subject starting at ss) sits inside the reported content of an earlier
    cue in the same sentence ('She said he told her that ...').

    Not nested when a comma closes the earlier attribution's clause first: the earlier one
    was in a fronted subordinate clause ('While Roe has said that ..., Doe said'; 'Asked if she
    believed ..., Roe said'), in a relative clause of this subject ('Roe, who said ..., said'),
    or this attribution is a parenthetical ('The records show, she said, that ...')."""
    last = None
    for f in reversed(found):
        if not f.hedge and f.role == "source" and f.cue[1] <= cs and f.rule not in SIDE_RULES:
            # (A side taken is an object, not a clause: 'is backing Roe because she worries ...' nests nothing.)
            last = f
            break
    if last is None or cs - last.cue[1] > WINDOW:
        return False
    if (toks[ss].low == "who" or (toks[ss].low == "which" and toks[cs].low in WHICH_SPEAKS)) and ss >= 2 \
            and toks[ss - 1].low == "," and last.source is not None and last.source[1] == ss - 1:
        # '..., said Roe, who added that ...', '... reported by the Ledger, which said': its own claim
        # ('an analysis, first reported by the Globe, which concluded': the analysis concluded, so only
        # speech verbs take the outlet named last).
        return False
    if last.source is not None and toks[last.source[0]].low in RELATIVE and ss <= last.source[0]:
        return False  # the earlier cue is inside this subject ('Roe, who said ..., said')
    if ss < last.cue[0] and last.rule.startswith("CITING"):
        return False  # 'Roe, citing the latest figures, said ...': an insertion inside this subject's clause
    if ss < last.cue[0] and last.source is not None and ss < last.source[0] \
            and any(toks[x].low == "," for x in range(ss, min(last.cue[0], last.source[0]))) \
            and toks[last.cue[1]].low != ",":
        # 'Roe, in the wake of a poll showing her ahead, told reporters ...': the earlier attribution sits
        # in an insertion between this subject and its verb, so this verb is not inside its content.
        # ('The aide, Doe recalled, asked her ...': a parenthetical 'Doe recalled,' is left as it was.)
        return False
    if ss >= 2 and toks[ss - 1].low in QUOTES_CLOSE | QUOTE_TOGGLE and toks[ss - 2].low in {",", "?", "!"} \
            and ss - 2 > last.cue[1]:
        return False  # '... she said: “It was signed,” he told the Times': this cue attributes the quotation
    if ss > 0 and toks[ss - 1].low in {"and", "but"} and toks[ss].low not in PERSONAL_PRONOUNS:
        return False  # 'the agency declined to comment and Senate aides said ...': a clause of its own
    if ss > 0 and toks[ss - 1].low in {"while", "whereas"} and toks[ss].low not in PERSONAL_PRONOUNS:
        return False  # '... accused each other, while doctors warned ...': a contrasting clause of its own
    if ss > 0 and toks[ss - 1].low in DASHES:
        # '... if the council met in May - an old habit - others say ...', '... audits have found - a memo
        # written by Acme in May estimated ...': a dash breaks off the earlier report.
        return False
    if _after_fronted_adjunct(toks, last, ss):
        return False  # 'Despite what she wrote in May, Roe said ...': the earlier cue is in the fronted phrase
    comma = any(toks[x].low == "," for x in range(last.cue[1], ss))
    if comma and ss - last.cue[1] >= 12 and "that" not in {toks[x].low for x in range(last.cue[1], ss)}:
        # Twelve words or more past the earlier cue and beyond a comma, with no 'that' tying the words to
        # it: a clause of its own more often than not ('..., then the county engineer said ...').
        return False
    if comma:
        if ss > 0 and toks[ss - 1].low == "," and (ce >= len(toks) or toks[ce].low == ","
                                                   or _told_recipient_closes(toks, ce)):
            return False  # parenthetical 'X, she said, Y', 'X, two officials told the Wire, a move ...'
        if last.source is not None and toks[last.source[0]].low in RELATIVE:
            return False
        opener = last.source[0] if last.source is not None else last.cue[0]
        for x in range(max(0, opener - 12), opener):
            if toks[x].low in FRONTED_SUBORDINATORS and (x == 0 or toks[x - 1].low in {",", "(", "—", "and", "but"}
                                                         or (x == 1 and toks[0].low.endswith("ly"))):
                return False  # 'Shortly before the governor spoke, Cruz told reporters ...'
    for x in range(last.cue[1], cs):
        low = toks[x].low
        if low in {";", "but", "while", "whereas", "and"} and x > 0 and toks[x - 1].low == ",":
            return False
        if low in {";", "although", "though"}:
            return False
    return True


def _told_recipient_closes(toks: list[Tok], ce: int) -> bool:
    """After 'told' at ce - 1, a short recipient ('the Wire', 'reporters', 'a local radio station') and
    then a comma or the end: the attribution is a parenthetical, nothing reported follows it."""
    n = len(toks)
    if toks[ce - 1].low not in {"told", "tells", "tell"}:
        return False
    j = ce
    while j < n and j - ce < 6 and not toks[j].quoted and (toks[j].cap or toks[j].low in DETERMINERS
                                                           or (toks[j].low.isalpha() and toks[j].low not in VERB_FORMS
                                                               and toks[j].low not in {"that", "how", "why"})):
        j += 1
    return j > ce and (j >= n or toks[j].low in {",", ".", "!", "?", ";"})


def _with_speaker(toks: list[Tok], cs: int) -> tuple[int, int] | None:
    """The speaker of an absolute 'with' phrase ending right before the participle at cs ('..., with
    three in ten tenants saying'): a short phrase after ', with', with no preposition but 'of' or
    a count's 'in' that would make it an adjunct ('with such a precedent for opposing it')."""
    w = cs - 1
    while w > max(0, cs - 8) and toks[w].low != "with":
        w -= 1
    if toks[w].low != "with" or w + 1 >= cs or w == 0 or toks[w - 1].low not in {",", "—", "–", "-", "--", "and"}:
        return None
    if toks[w + 1].low in PERSONAL_PRONOUNS:
        return None
    for x in range(w + 1, cs):
        low = toks[x].low
        if toks[x].quoted or not (low[:1].isalnum() or low in {"%", ".", "-", "’s", "'s"}):
            return None
        if low in NP_PREPOSITIONS and low != "of" and not (low == "in" and x + 1 < cs and toks[x + 1].low[:1].isdigit()):
            return None
    return (w + 1, cs)


FRONTING = {"after", "while", "before", "by", "despite", "in", "besides", "instead", "of", "addition", "to", "upon",
            "when", "since"}


def _fronted_participle(toks: list[Tok], cs: int) -> bool:
    """The participle at cs opens the sentence, bare or after a preposition ('Noting that ...,',
    'After saying ...,', 'Instead of calling ...,'): its speaker is the main clause's subject."""
    return cs < 4 and all(toks[x].low in FRONTING for x in range(cs))


def _closes_quotation(toks: list[Tok], cs: int) -> bool:
    """A quotation closed by a comma, '?' or '!' ends right before the cue at cs ('“...,” said')."""
    return cs >= 2 and (toks[cs - 1].low in QUOTES_CLOSE or toks[cs - 1].low in QUOTE_TOGGLE) \
        and toks[cs - 2].low in {",", "?", "!"}


def _participle_or_relative(t: Tok) -> bool:
    """A word that opens a phrase describing the noun before it: 'known as', 'who', 'speaking'."""
    low = t.low
    return not t.quoted and (low in RELATIVE or low in {"known", "named", "called"} or (
        low.isalpha() and len(low) > 4 and low.endswith(("ing", "ed")) and low not in FINITE_AUX))


def _listed_verb_subject(toks: list[Tok], found: list[Found], cs: int) -> tuple[int, int] | None:
    """'Roe praised the bakers, criticized the landlords ...': a verb after a comma, with no subject of
    its own, continues a list of verb phrases; its subject is the previous attribution's."""
    last = next((f for f in reversed(found) if not f.hedge and f.role == "source" and f.cue[1] <= cs), None)
    if last is None or last.source is None or cs - last.cue[1] > WINDOW or last.source[0] > last.cue[0]:
        return None
    if any(toks[x].low in {";", ":", "that", "who", "which", "while", "when", "because", "if"} or toks[x].quoted
           for x in range(last.cue[1], cs)):
        return None
    return last.source


# Prepositions and subordinators that can open a phrase placed before the main clause.
ADJUNCT_OPENERS = {"in", "at", "on", "after", "before", "during", "while", "when", "since", "for", "from", "with",
                   "without", "under", "over", "by", "despite", "amid", "among", "through", "following", "unlike",
                   "like", "upon", "within", "once", "although", "though", "because", "as", "if", "inside",
                   "outside", "alongside", "until", "whereas", "unless", "ever", "not", "even"}
# Conjunctions and adverbs that may stand before such a phrase ('But despite ...').
SENTENCE_LINKS = {"but", "and", "so", "yet", "also", "still"}


def _opening_participle(toks: list[Tok], s: int) -> bool:
    """toks[s] is an '-ing' participle that opens the sentence with its object after it ('Touring the
    stalls', 'Holding her notes'): a participle phrase, not a noun phrase ('Leading bakers')."""
    o = 1 if toks[0].low in SENTENCE_LINKS else 0
    t = toks[s]
    return s == o and s + 1 < len(toks) and t.cap and t.low.endswith("ing") and t.low.isalpha() and len(t.low) > 5 \
        and (toks[s + 1].low in DETERMINERS or toks[s + 1].low in POSSESSIVE)


def _after_fronted_adjunct(toks: list[Tok], last: Found, ss: int) -> bool:
    """The subject at ss follows the comma that closes a phrase opening the sentence, and the earlier
    cue is inside that phrase ('In a week when Doe was pushing tolls, Roe said ...', 'Visiting the
    late-night shows, Roe said ...'): the earlier cue reports nothing the main clause says. Only the
    sentence's first comma counts: after a later one the phrase may be a clause of its own. A focus
    word may stand between the comma and the subject ('..., even a rival said')."""
    if ss >= 2 and toks[ss - 1].low in {"even", "only", "also"}:
        ss -= 1
    if ss < 3 or toks[ss - 1].low != "," or last.cue[1] > ss - 1 or last.rule.startswith(("ACCORDING", "IN-POLL")):
        return False
    o = 1 if toks[0].low in SENTENCE_LINKS else 0
    opener = toks[o].low
    participle = _opening_participle(toks, o) or (
        opener.endswith("ing") and opener.isalpha() and len(opener) > 5 and o + 1 < ss and toks[o + 1].low in {"to", "in", "on", "at"})
    if opener not in ADJUNCT_OPENERS and not participle:
        return False  # ('Right-wing voters, ...', 'Sterling Bank, ...' open with a noun phrase)
    return not any(toks[x].low == "," for x in range(o + 1, ss - 1))


# Words that open a subordinate clause placed before the main clause ('After X said ..., Y said').
FRONTED_SUBORDINATORS = {"while", "after", "as", "although", "though", "because", "if", "when", "since", "unless",
                         "whereas", "before", "once", "until", "asked", "whether", "even"}


def find(toks: list[Tok], first_line: bool = False) -> list[Found]:
    """All attributions of one sentence, in textual order. ``first_line``: the sentence is the
    document's first line (a headline), where 'Speaker: claim' attributes the claim."""
    found: list[Found] = []
    n = len(toks)
    if n == 0:
        return found
    label = speaker_label(toks) or dash_credit(toks) or quote_signature(toks) or intro_label(toks, 0) or (
        headline_label(toks) if first_line else None)
    if label:
        found.append(label)
    elif toks[0].low == "to":
        view = perspective_to(toks)
        if view:
            found.append(view)
    headline = None  # computed only when a capitalised verb needs it
    fronted: list[tuple[int, int]] = []
    src: tuple[int, int] | None
    i = 0
    triggers = _triggers()
    pre_verb = _pre_verb_words()
    checked = _checked_lemmas()
    while i < n:
        t = toks[i]
        low = t.low
        if t.quoted or low not in triggers:
            i += 1  # most words start no rule: one set lookup and on
            continue
        if low in pre_verb:
            # Rules keyed on words other than reporting verbs; a plain verb ('said', 'warned') skips
            # the whole chain with this one lookup.
            if low in DASHES:
                credit = dash_label(toks, i)
                if credit:
                    found.append(credit)
                    i = credit.cue[1]
                else:
                    i += 1
                continue
            # 'according to X'
            if low == "according" and i + 1 < n and toks[i + 1].low == "to":
                src = right_np(toks, i + 2, tail="final" if _after_content(toks, i) else "closed") or _plain_np(toks, i + 2)
                if src:
                    # "That's according to X": the copula joins the cue, since the sentence is nothing but
                    # the attribution of what came before.
                    start = i - 1 if i >= 2 and toks[i - 1].low in {"'s", "’s"} and toks[i - 2].low in {"that", "this", "it"} \
                        else i
                    found.append(Found((start, i + 2), src, "ACCORDING-TO", 0.9))
                    i = src[1]
                    continue
                # 'according to the “Fair Ferries” plan she released': the cue stands even when its source is
                # beyond what the noun-phrase reader takes in.
                found.append(Found((i, i + 2), None, "ACCORDING-TO: source not found", 0.6, hedge=True))
                i += 2
                continue
            if low == "in" and i + 1 < n:
                poll = in_poll(toks, i)
                if poll and i > 0 and toks[i - 1].low[:1].isalpha() and not toks[i - 1].cap and poll[1] < n \
                        and toks[poll[1]].low in VERB_FORMS and not toks[poll[1]].cap:
                    poll = None  # '61 percent of tenants in the spring survey said ...': the poll is in the subject
                if poll and poll[1] + 2 < n and toks[poll[1]].low == "," and _speaker_follows(toks, poll[1] + 1):
                    # 'In a survey released Monday, the builders' group said its index fell': the group that
                    # took the survey speaks; the opening phrase is where it said so.
                    poll = None
                if poll:
                    found.append(Found((i, i + 1), poll, "IN-POLL: result reported in a poll or survey", 0.7))
                    i = poll[1]
                    continue
            if low == "in" and i + 2 < n and not toks[i + 1].quoted:
                aim = _in_hope(toks, found, i) or _in_view(toks, i)
                if aim is not None:
                    found.append(aim)
                    i = aim.cue[1]
                    continue
            if (low in NOMINAL_CUES or low in LIGHT_FORMS) and i > 0 and t.cap and headline is None:
                headline = looks_like_headline(toks)  # (read once, when a capitalised noun or light verb needs it)
            if low in NOMINAL_CUES and i > 0 and (not t.cap or headline):
                # ('Roe’s Claim That The Levy Is Legal': a Title Case headline capitalises the noun too.)
                nom = nominal_cue(toks, i)
                if nom:
                    found.append(nom)
                    i = nom.cue[1]
                    continue
            if low in LIGHT_FORMS and i > 0 and (not t.cap or headline):
                # ('Roe Makes Strong Statement About Levy': a Title Case headline capitalises the light verb too.)
                end = light_verb_cue(toks, i)
                if end is not None:
                    cs = i
                    while cs > 0 and _cue_modifier(toks[cs - 1], t.cap):
                        cs -= 1
                    src = left_np(toks, subject_end(toks, cs))
                    if src is not None and not (found and _nested(found, toks, cs, end, src[0])):
                        found.append(Found((cs, end if toks[end - 1].low not in {"that"} else end - 1), src,
                                           "LIGHT-VERB: subject + speech-act noun", 0.65))
                        i = end
                        continue
            if low in CHANNEL_CUE_WORDS and i > 2 and not t.cap:
                doc = issued_document(toks, i)
                if doc:
                    verb, noun, end = doc
                    v = verb
                    while v > 0 and (toks[v - 1].low in AUX or is_adverb(toks[v - 1])) and not toks[v - 1].cap:
                        v -= 1
                    subj = left_np(toks, subject_end(toks, v)) or clause_subject(toks, found, v)
                    if subj:
                        found.append(Found((v, end), subj, "ISSUED-DOCUMENT: subject + document that says", 0.8,
                                           channel=toks[noun].low))
                        i = end
                        continue
            if low in HEDGE_ADVERBS and i > 0 and (toks[i - 1].low in DETERMINERS or toks[i - 1].low in GERUND_PREPOSITIONS):
                # 'the supposedly imminent levy' grades an adjective inside a noun phrase; 'fined for allegedly
                # dumping' names the charge the fine was for. Neither reports what anyone says happened.
                i += 1
                continue
            if low in HEDGE_ADVERBS:
                found.append(Found((i, i + 1), None, "HEDGE: adverb", 0.7, hedge=True))
                i += 1
                continue
            if low in EVIDENTIAL_FORMS and not t.cap:
                hedge = _evidential(toks, i)
                if hedge:
                    found.append(Found(hedge, None, "HEDGE: evidential verb", 0.6, hedge=True))
                    i = hedge[1]
                    continue
            if low == "known" and i > 0:
                hedge = _reputation(toks, i)
                if hedge:
                    found.append(Found(hedge, None, "HEDGE: reputation ('is known for')", 0.6, hedge=True))
                    i = hedge[1]
                    continue
            # 'it is believed that ...'
            if low == "it" and i + 2 < n and toks[i + 1].low in {"is", "was", "has", "had"}:
                j = i + 2
                if toks[j].low == "been" and j + 1 < n:
                    j += 1
                start = i
                if toks[j].low in HEDGE_PASSIVE_ADVERBS and j + 1 < n:
                    j += 1  # 'It is widely believed that': the adverb's verb group is the cue, as in 'was widely reported'
                    start = i + 1
                if toks[j].low in HEDGE_PASSIVE and (j + 1 >= n or toks[j + 1].low in {"that", "to"}):
                    found.append(Found((start, j + 1), None, "HEDGE: impersonal passive", 0.7, hedge=True))
                    i = j + 1
                    continue
            if low in {"citing", "per"}:
                if low == "citing" or (i == 0 or toks[i - 1].low in {",", "(", "—"}):
                    src = right_np(toks, i + 1)
                    if src is None and low == "per" and i + 1 < n and toks[i + 1].low in BARE_REPORTS \
                            and (i + 2 == n or not toks[i + 2].low[:1].isalnum()):
                        src = (i + 1, i + 2)  # a headline's ', per report' (no article in headline style)
                    if src is not None and low == "per" and toks[src[1] - 1].low in RATE_UNITS:
                        src = None  # ', per year', ', per person': a rate
                    if src and low == "citing" and not _cites_a_source(toks, src):
                        # 'Roe said, citing rising costs': a reason, not a source; 'citing' is Roe's cue.
                        subj = clause_subject(toks, found, i)
                        if subj:
                            found.append(Found((i, i + 1), subj, "PARTICIPLE: main-clause subject cites a reason",
                                               0.6))
                        i = src[1]
                        continue
                    if src:
                        # The clause subject passed the information on.
                        outer = None
                        for f in reversed(found):
                            if f.role == "source" and f.source and f.cue[1] <= i:
                                outer = f
                                break
                        found.append(Found((i, i + 1), src, "CITING: " + low, 0.8))
                        if outer is not None:
                            outer.role = "relay"
                            outer.rule += " (relay: cites another source)"
                        i = src[1]
                        continue
            if low in {"put", "puts"} and not t.cap and i > 1 and i + 1 < n and toks[i + 1].low == "it":
                phrasing = _as_put_it(toks, found, i)
                if phrasing is not None:
                    found.append(phrasing)
                    i = phrasing.cue[1]
                    continue
            if low in {"came", "come", "comes"} and i > 0 and i + 2 < n and toks[i + 1].low == "out":
                if t.cap and headline is None:
                    headline = looks_like_headline(toks)
                side = _came_out(toks, found, i, title_case=t.cap and bool(headline))
                if side is not None:
                    found.append(side)
                    i = side.cue[1]
                    continue
            if low in GO_AFTER and i > 0 and i + 2 < n and toks[i + 1].low == "after" and not t.cap:
                attack = _went_after(toks, found, i)
                if attack is not None:
                    found.append(attack)
                    i = attack.cue[1]
                    continue
            if low in WORDING_VERBS and not t.cap and i > 0:
                wording = _document_wording(toks, found, i)
                if wording is not None:
                    found.append(wording)
                    i = wording.cue[1]
                    continue
                i += 1
                continue
            if low in CONTENT_VERBS and not t.cap and i > 0 and not t.quoted:
                contents = _document_contents(toks, found, i)
                if contents is not None:
                    found.append(contents)
                    i = contents.cue[1]
                    continue
            if low in BE_SIDE_STARTS and i > 1 and not t.quoted and (
                    low != "in" or (i + 1 < n and toks[i + 1].low in {"favor", "favour", "support", "opposition"})):
                side = _be_on_a_side(toks, found, i)
                if side is not None:
                    found.append(side)
                    i = side.cue[1]
                    continue
            if low in SIDE_ROLES and not t.cap:
                role = _side_role(toks, found, i)
                if role is not None:
                    found.append(role)
                    i = role.cue[1]
                    continue
                i += 1
                continue
            if low in STANCE_ADJECTIVES and not t.cap:
                held = _held_stance(toks, found, i)
                if held is not None:
                    found.append(held)
                    i = held.cue[1]
                    continue
                if low not in VERB_FORMS:
                    i += 1
                    continue
                # ('Roe worried that ...': with no 'be' before it the participle is the verb, read below.)
            if low == "like":
                liked = _would_like(toks, i)
                if liked is not None and liked.source is not None \
                        and not (found and _nested(found, toks, liked.cue[0], liked.cue[1], liked.source[0])):
                    found.append(liked)
                    i = liked.cue[1]
                    continue
                i += 1
                continue
        info = VERB_FORMS.get(low)
        if info is None and low in RETORT_FORMS and i + 1 < n and toks[i + 1].low == "back" and not toks[i + 1].quoted \
                and not (i + 2 < n and toks[i + 2].low in MOTION_AFTER_BACK):
            info = RETORT_FORMS[low]  # 'fired back', 'shot back' (not 'spending shot back up')
        elif info is None and low in RETRACT_FORMS and i + 2 < n and toks[i + 1].low == "back" \
                and _stated_object(toks, i + 2):
            info = RETRACT_FORMS[low]  # 'walked back his remarks'
        if info is None and first_line and low in HEADLINE_VERB_FORMS and i > 0 and toks[i - 1].cap \
                and not toks[i - 1].quoted and not toks[i - 1].text.isupper() and toks[i - 1].low not in DETERMINERS:
            info = HEADLINE_VERB_FORMS[low]  # 'Roe demands recount': a verb after a name in a headline
        if info is not None and t.cap and i > 0 and headline is None:
            headline = looks_like_headline(toks)
        if info is None or (t.cap and i > 0 and not headline):
            i += 1
            continue
        lemma, form = info
        if low == "asked":
            question = _question_put(toks, i)
            if question is not None:
                found.append(question)
                i = question.source[1] if question.source else question.cue[1]
                continue
        cs, ce = _cue_extent(toks, i, lemma, title_case=t.cap and bool(headline))
        prev = toks[cs - 1] if cs > 0 else None
        nxt = toks[ce] if ce < n else None
        strong = lemma in STRONG_LEMMAS
        if i + 2 < n and ((lemma in {"ask", "request"} and _anonymity_request(toks, i + 1))
                          or (lemma == "decline" and toks[i + 1].low == "to" and toks[i + 2].low == "be")):
            # 'who asked not to be named', 'declined to be identified': a condition, not a reporting act.
            i = ce
            continue
        if form == "ger" and cs == i and (lemma in BACKING_LEMMAS or lemma in JUDGING_LEMMAS):
            backers = _backers_before(toks, i, lemma)
            if backers is not None:
                found.append(Found((i, i + 1), backers, BACKERS_RULE, 0.6))
                i += 1
                continue
        bare_side = False  # an evaluative verb whose object is the side it takes, with no proposition after it
        if cs == i and form in {"past", "pp"} and ce < n and toks[ce].low in PASSIVE_LINKS.get(lemma, ()) \
                and not toks[ce].quoted and not _object_relative_before(toks, cs):
            # 'Mayor accused of taking bribes', 'Ex-treasurer charged with theft', 'the firm criticized for delays':
            # these verbs take an object, so one right before its preposition is a passive without its 'was'
            # (headline style or a reduced relative); the noun before it is the target, not the speaker.
            i = ce
            continue
        if lemma == "write" and _authored_work(toks, ce):
            # 'the senator who wrote the bill', 'she wrote the song': authorship, not a report. (Outside the
            # guarded tests below: 'write' is one of the common verbs that skip them.)
            i = ce
            continue
        if (lemma == "question" or lemma == "cite") and _person_acted_on(toks, ce, lemma):
            # 'Detectives questioned a driver', 'Officers cited the owner for ...': an interrogation or a
            # ticket, no doubt voiced and no source quoted.
            i = ce
            continue
        if lemma == "respond" and _emergency_response(toks, cs, ce):
            # 'the officer who responded to the call', 'crews responded to a fire': a crew sent to an
            # emergency, no reply. (Outside the guarded tests below, as 'write' is.)
            i = ce
            continue
        if lemma in checked:
            # Tests for particular verbs ('sought the nomination', 'the plan', 'offered free parking'); the
            # commonest reporting verbs ('say', 'tell', 'add') need none of them.
            if lemma in INTENT_LEMMAS and not (ce + 1 < n and toks[ce].low == "to" and toks[ce + 1].low.isalpha()
                                               and not toks[ce + 1].cap):
                i = ce  # 'sought to reopen the pier' states an aim; 'sought the nomination' is an act
                continue
            if lemma in ACT_LEMMAS:
                end = _act_frame(toks, cs, i, ce, lemma)
                if end is None:
                    i = ce  # 'voted on Tuesday', 'pushed the cart': no side taken
                    continue
                ce = end
                nxt = toks[ce] if ce < n else None
            if lemma == "plan" and not (cs > 0 and (toks[cs - 1].cap or toks[cs - 1].low in {"he", "she", "they", "it", "we"})
                                        and not toks[cs - 1].quoted):
                i = ce  # 'Acme plans to', 'she plans to': a named or known planner, not 'the city's plans to'
                continue
            if lemma == "answer" and ce < n and toks[ce].low not in {".", ",", ":", "“", '"', "''", "``", "!", "?"}:
                i = ce  # '“Not yet,” he answered.' reports words; 'answered a question on trade' only an act
                continue
            if lemma == "offer" and not any(toks[x].low in SPOKEN_OFFERS for x in range(ce, min(n, ce + 5))) and not (
                    cs > 0 and not toks[cs - 1].quoted and not any(toks[x].low in MODALS for x in range(cs, i))
                    and (toks[cs - 1].low in {"he", "she", "they", "we", "i"}
                         or (toks[cs - 1].cap and toks[cs - 1].low not in DETERMINERS and not gazetteer.is_place(toks[cs - 1].text))
                         or agent_noun(toks[cs - 1].low))):
                # 'offered free parking' is trade; 'offered an apology', 'offered his view' are words, and so is
                # what a named person or a spokesman offers ('Jane Roe offered a blunt verdict'); not what a
                # state, a race or a job 'offers'.
                i = ce
                continue
            # 'the council is considering a ban': weighing an option is a stance in the making, with no 'as' needed.
            weighing = low == "considering" and any(toks[x].low in BE_FORMS | {"'s", "’s", "'re", "’re", "'m", "’m"}
                                                    for x in range(cs, i)) and nxt is not None \
                and (nxt.low[:1].isalpha() or nxt.low in {"whether", "if"}) and not nxt.quoted
            # 'is widely considered a favorite': the passive states a view held at large, its holders unnamed.
            held_view = lemma == "consider" and form == "pp" and any(toks[x].low in BE_FORMS for x in range(cs, i))
            if lemma == "consider" and not held_view and _weighed_or_judged(toks, ce):
                weighing = True
            if lemma in AS_LEMMAS and not weighing and not held_view and not _as_or_that_follows(toks, ce, lemma):
                i = ce  # 'sees Cruz as a uniter' is an opinion; 'saw the film' is not
                continue
            if lemma in OPINION_LEMMAS and (ce >= n or not (toks[ce].low[:1].isalnum() or toks[ce].quoted
                                                            or toks[ce].low in QUOTES_OPEN or toks[ce].low in QUOTE_TOGGLE)
                                            or (lemma in FAVOR and (toks[ce].low in NP_PREPOSITIONS or toks[ce].low == "to"))):
                i = ce  # ('favors to donors', 'a favor for a friend': the noun)
                continue
            if lemma == "call" and _not_a_speech_call(toks, cs, i, ce):
                i = ce
                continue
            if lemma == "show" and ce < n and toks[ce].low in {"up", "off", "around"} and not toks[ce].quoted:
                i = ce  # 'a survey showed up in the mail', 'showed off the new ferry': arriving or displaying, no finding
                continue
            if lemma in PHRASAL and toks[ce - 1].low not in PHRASAL[lemma] and not (first_line and lemma in HEADLINE_BARE):
                i = ce  # 'the point', 'a long talk': only 'pointed out', 'talked about' report speech
                continue
            if lemma == "concede" and _concedes_a_contest(toks, cs, ce):
                i = ce  # 'Hadley conceded shortly after 11 p.m.', 'conceded the race': he lost, he reports nothing
                continue
            if lemma == "open" and not (ce < n and toks[ce].low == "about"):
                i = ce  # 'opened up about her illness' confides; 'opened up the market' does not
                continue
            # A headline judges in the present with a bare object ('Mayor knocks levy plan'); a first line
            # in the past tense is a lede, where 'Storms knocked out power to the valley' judges nothing.
            if lemma in STANCE_LEMMAS and not (first_line and form in {"3sg", "base"}) \
                    and not _stance_complement(toks, ce):
                bare_side = (lemma in REFUSING and _stated_object(toks, ce)) or (
                    lemma == "attack" and form in {"past", "pp", "3sg"} and _words_or_person(toks, cs, ce)
                    and not any(toks[x].low in BE_FORMS for x in range(cs, i)))
                if not bare_side:
                    i = ce
                    continue
            if lemma == "blame" and any(toks[x].low in CANNOT for x in range(cs, i)):
                i = ce  # "you can't blame them" excuses, blames no one
                continue
            if lemma == "know" and nxt is not None and nxt.low == "it" and cs >= 2 and toks[cs - 2].low == "as" \
                    and (ce + 1 >= n or not toks[ce + 1].low[:1].isalpha() or toks[ce + 1].low in AUX):
                i = ce  # 'the harbor as we know it': a set phrase for 'the present harbor', no belief reported
                continue
            if lemma in ASKED_ATTITUDES and _asked_about(toks, cs):
                i = ce  # 'asked who he thought would win': the view is asked for, not stated
                continue
            if lemma == "want" and any(toks[x].low in {"may", "might"} for x in range(cs, i)):
                i = ce  # 'Roe may want to check the figures': the writer's advice to Roe, not Roe's stated wish
                continue
            if lemma == "recall" and _product_recall(toks, ce):
                i = ce  # 'Kestrel is recalling 40,000 vans', 'recalled its baby formula': a recall, not a memory
                continue
            if lemma == "rule" and not _ruling_complement(toks, cs, ce, form in {"past", "pp"} or first_line):
                i = ce
                continue
        evidence = lemma in EVIDENCE_LEMMAS and _evidence_subject(toks, cs)
        # 'The senator wants a recount': the subject's stated demand, with a noun phrase object too; see
        # NP_OBJECT_ATTITUDES for the verbs that take one with any subject.
        wish = ((lemma == "want" and form in {"3sg", "base"}) or lemma in NP_OBJECT_ATTITUDES) and nxt is not None \
            and not nxt.quoted and (nxt.low in DETERMINERS or nxt.cap or nxt.low in {"more", "less", "no"})
        if lemma in CLAUSAL_LEMMAS and not evidence and not wish and not _clausal_complement(toks, ce, lemma) \
                and not _inverted_position(toks, cs, i, ce) and not _gapped_relative(toks, cs, ce, lemma):
            i = ce  # 'Axelrod has known them since 1992', 'found ways to press': no proposition follows
            continue
        final_only = False
        if (lemma in NOUN_LIKE and form in {"base", "3sg"} and not evidence
                and not (lemma != "call" and _after_modal(toks, cs, i))) or lemma == "continue":
            if (nxt is None or nxt.low in {".", "!", "?"}) and lemma != "continue" and cs == i and prev is not None \
                    and ((prev.low.endswith("s") and not prev.cap and prev.low not in POSSESSIVE)
                         or (form == "3sg" and (prev.cap or prev.low in {"he", "she", "it"}))):
                final_only = True  # '..., recent surveys show.': only as a sentence-final attribution
            elif lemma == "continue" and nxt is not None and nxt.low in {".", "!", "?"} and _after_quote(toks, cs):
                pass  # '“... for their jobs,” he continued.'
            elif ce > i + 1 and (lemma == "call" or toks[ce - 1].low in PHRASAL.get(lemma, ())) and nxt is not None \
                    and (nxt.low[:1].isalnum() or nxt.low == "$"):
                pass  # 'she calls for a second ferry', 'he talks about toll roads': the particle makes it a verb
            elif lemma in OPINION_VERBS and nxt is not None and prev is not None and not prev.quoted \
                    and prev.low in (SINGULAR_SUBJECTS if form == "3sg" else PLURAL_SUBJECTS):
                pass  # 'I think each ...', 'she hopes so': after a subject pronoun that agrees, only a verb fits
            elif first_line and form == "3sg" and cs == i and i >= 2 and prev is not None and prev.cap and not prev.quoted \
                    and not prev.text.isupper() and prev.low not in DETERMINERS and nxt is not None \
                    and nxt.low[:1].isalpha():
                # 'Mayor Roe vows change', 'as Roe questions levy': a headline's present verb after a name.
                # (Not after a first word, 'Criminal charges against', nor an acronym, 'TV shows'.)
                pass
            elif nxt is None or not (nxt.low in COMPLEMENT_START or (nxt.cap and lemma != "continue")
                                     or nxt.low in QUOTES_OPEN or _plural_subject_and_object(toks, cs, i, form)
                                     or (nxt.low in FINITE_AUX and prev is not None and prev.low in PERSONAL_PRONOUNS)
                                     or nxt.low in VERB_OBJECT_PRONOUNS
                                     or (lemma in OPINION_LEMMAS and _gerund_object(nxt))):
                i += 1
                continue
            if lemma == "continue" and nxt is not None and (nxt.low not in {",", ":", "“", '"', "''", "``", ".", "!", "?"} or cs < i
                                        or (nxt.low in {".", "!", "?"} and not _after_quote(toks, cs))):
                i += 1  # 'talks are continuing, he said' is no cue; 'he continued: ...' is
                continue
            if cs == i and prev is not None and (prev.low in DETERMINERS or prev.low in POSSESSIVE
                                                 or prev.low.endswith(("'s", "’s"))) \
                    and not (prev.low == "one" and form == "3sg") \
                    and not (prev.low == "her" and her_is_object(toks, i - 1)):
                # ('A source close to her said', 'people close to her say she': after a preposition 'her' is
                # the object; 'to her support for' keeps 'her' + noun.)
                # ('no one knows', 'one hopes': 'one' takes no plural noun, so the -s form is its verb.)
                i += 1
                continue
            if form == "base" and any(toks[x].low in BE_FORMS for x in range(cs, i)):
                i += 1  # 'there is still hope for ...': a bare form after 'be' is the noun
                continue
        # Passive with an agent: 'was first reported by X'.
        aux_before = cs < i and any(toks[x].low in BE_FORMS for x in range(cs, i))  # (cs == i: the usual case)
        if aux_before and form == "pp" and nxt is not None and nxt.low == "by":
            src = right_np(toks, ce + 1, tail="final")
            if src and lemma in EVALUATIVE_LEMMAS:
                src = _without_reason(toks, src)
            if src:
                found.append(Found((cs, ce), src, "PASSIVE-BY: reporting verb + agent", 0.8))
                i = src[1]
                continue
        if not aux_before and form == "pp" and strong and nxt is not None and nxt.low == "by" \
                and _reduced_passive(toks, cs):
            # 'The plan, first reported by the Post, ...', 'As reported by X, ...': a participle with
            # its agent; the agent is the source.
            src = right_np(toks, ce + 1, tail="final")
            if src and toks[src[0]].low not in MEANS and toks[src[1] - 1].low not in MEANS:
                while cs > 0 and toks[cs - 1].low in {"first", "originally", "initially"}:
                    cs -= 1
                found.append(Found((cs, ce), src, "PASSIVE-BY: participle + agent", 0.7))
                i = src[1]
                continue
        if not aux_before and form == "pp" and lemma in SIDE_PASSIVE and nxt is not None and nxt.low == "by":
            # 'the bill, opposed by most tenants, ...', 'candidates endorsed by the union': a participle
            # that describes a thing by who takes a side on it; the people after 'by' are the source.
            src = right_np(toks, ce + 1, tail="final")
            if src and _people(toks, src):
                found.append(Found((cs, ce), src, "PASSIVE-BY: participle that takes a side + agent", 0.6))
                i = src[1]
                continue
        if aux_before and form == "pp":
            if lemma in AGENTLESS_PASSIVE and not _before_agent(toks, ce) and not _hypothetical(toks, cs, i) \
                    and _passive_judgment(toks, ce, lemma) \
                    and not (lemma == "report" and cs > 0 and toks[cs - 1].low in COUNTED_EVENTS):
                # 'He was asked about the levy', 'the result was declared late': the words are reported
                # though no one is named as saying them (the asker, the announcer go unsaid).
                if lemma == "ask" and ce < n and toks[ce].low == "about":
                    ce += 1  # as in the QUESTION rule: 'asked about' is one cue
                found.append(Found((cs, ce), None, "PASSIVE: reporting verb, no agent", 0.5, hedge=True))
                i = ce
                continue
            i += 1
            continue
        if prev is not None and prev.low == "to" and form == "base":
            if cs >= 2 and toks[cs - 2].low in CATENATIVES and not toks[cs - 2].quoted:
                # 'protesters continued to call for', 'she began to argue': one cue
                cs = _cue_extent(toks, cs - 2, "continue")[0]
                prev = toks[cs - 1] if cs > 0 else None
            else:
                head = _verb_before_infinitive(toks, cs - 1, lemma)
                if head is None and first_line and _headline_future(toks, cs - 1):
                    head = cs - 1  # 'Mayor Roe to endorse Doe': in a headline, 'to' is the future tense
                if head is not None and toks[head].low in CUE_HEADS:
                    # 'declined to say whether ...': the refusal is the speech act and a cue of its own; what
                    # was not said is its content, not a second verb of the cue.
                    i += 1
                    continue
                if head is None:
                    first = _first_to(toks, cs - 1) if lemma in INFINITIVE_SPEECH else None
                    if first is not None:
                        # 'the first senator to endorse Roe': the one who did it, named before 'to'.
                        found.append(Found((cs - 1, ce), first, "SUBJ-VERB: the first + noun + to + verb", 0.55))
                        i = ce
                        continue
                    i += 1
                    continue
                # 'He went on to say', 'she took to Twitter to say', 'he is correct to note': one cue
                # from the verb that governs the infinitive.
                cs = _cue_extent(toks, head, "continue")[0]
                prev = toks[cs - 1] if cs > 0 else None
        if form == "ger" and not any(toks[x].low in AUX for x in range(cs, i)) and _fronted_participle(toks, cs):
            fronted.append((i, ce))  # 'Noting that ..., Roe said': the speaker is the subject after the comma
            i = ce
            continue
        if form == "ger" and not any(toks[x].low in AUX for x in range(cs, i)):
            # ('with 94 percent of precincts reporting' counts votes; 'with 13 percent supporting X' is a
            # poll share, not words of those polled.)
            # (two membership tests, not a 235-word set difference built on every gerund)
            absolute = _with_absolute(toks, cs) if lemma in PARTICIPLE_LEMMAS and lemma not in WITH_NOT_SPEECH else None
            if absolute is not None:
                # '..., with 30 percent of tenants saying they would move': the noun phrase after
                # 'with' is the participle's own subject, not the main clause's.
                found.append(Found((cs if cs < i else i, ce), absolute, "WITH-ABSOLUTE: with + subject + participle",
                                   0.6))
                i = ce
                continue
            # '..., before adding that ...' continues the main speaker's report. After 'after' only 'say' and
            # 'tell' do: other gerunds there more often name an earlier act than a claim of this sentence.
            after_comma = prev is not None and (prev.low in {",", "and", "while", "without", "before", "—", "–", "--"} or (
                # 'by saying that ...'; 'abused its dominance by favoring its own ads' is the means of an act
                prev.low == "by" and lemma not in FAVOR) or (
                # 'acknowledging that ... but warning that ...': the second of two participles joined by 'but'
                prev.low == "but" and _reporting_participle_before(toks, cs - 1)) or (
                prev.low in QUOTES_CLOSE | QUOTE_TOGGLE and cs >= 2 and toks[cs - 2].low == ",")
                # 'was booed after telling the crowd that ...', 'drew boos upon saying ...': the plain speech
                # verbs after 'after'/'upon' report what the main-clause subject said (other gerunds there,
                # 'after declining to quit', 'after crashing into', are acts).
                or (prev.low in {"after", "upon"} and lemma in {"say", "tell"}))
            if prev is not None and prev.low == "without" and (
                    lemma in WITHOUT_NOT_HELD or (lemma == "say" and cs >= 2 and toks[cs - 2].low in GO_FORMS)):
                # 'without knowing who will win', 'without worrying about the cost': a view or a knowledge
                # nobody holds; 'it goes without saying' is the writer's own aside.
                i = ce
                continue
            heard = _heard_speaking(toks, cs)
            evidence_np = _evidence_np(toks, cs) if lemma in EVIDENCE_LEMMAS and cs == i and prev is not None \
                and prev.low in EVIDENCE_NOUNS and nxt is not None and not nxt.quoted else None
            if evidence_np is not None and toks[evidence_np[0]].low in EVIDENCE_PARTICIPLE_FRAMES:
                evidence_np = (evidence_np[0] + 1, evidence_np[1])  # 'Despite polls showing ...'
            elif evidence_np is not None and not (evidence_np[0] > 0 and toks[evidence_np[0] - 1].low in EVIDENCE_PARTICIPLE_FRAMES):
                evidence_np = None
            if evidence_np is not None and evidence_np[0] < evidence_np[1]:
                # 'after a county poll showing Roe ahead', 'with county records showing that ...': the
                # participle says what the poll or the records found, and they are its source. As the object
                # of a verb ('doubted the polls showing ...') the poll is part of someone else's claim.
                found.append(Found((i, ce), evidence_np, "PARTICIPLE: evidence noun + showing", 0.6))
            elif heard is not None:
                # 'Roe was heard on the tape urging Doe to leave': the one heard is the speaker.
                found.append(Found((i, ce), heard, "PARTICIPLE: heard + speaking", 0.6))
            elif after_comma or (prev is not None and is_adverb(prev)):
                subj = clause_subject(toks, found, cs)
                if subj:
                    start = i if after_comma else cs
                    if prev is not None and prev.low == "by":
                        start = _means_verb(toks, cs - 1, subj) or start
                    found.append(Found((start, ce), subj, "PARTICIPLE: main-clause subject", 0.7 if strong else 0.6))
            elif prev is not None and (prev.cap or prev.low in {"him", "her", "them"}) and not prev.quoted \
                    and (lemma in STRONG_LEMMAS or lemma in TALK_LEMMAS) and not (lemma == "report" and nxt is not None and nxt.low == "by"):
                # ('Additional reporting by Jane Roe': a byline credit, not a speaker.)
                src = left_np(toks, subject_end(toks, cs))
                if src and name_like(toks, *src) or prev.low in {"him", "her", "them"}:
                    found.append(Found((i, ce), src or (cs - 1, cs), "GERUND: named speaker + participle", 0.6))
            elif prev is not None and not prev.quoted and prev.low[:1].isalnum() and lemma not in WITH_NOT_SPEECH:
                # '..., with 40 percent saying ...', '..., with the mayor calling it ...': an absolute phrase after
                # the main clause reports a second speaker, named right after 'with'. ('with all precincts
                # reporting' is a count, not a speaker.) This catches what the WITH-ABSOLUTE rule above leaves:
                # it takes any reporting gerund, that rule only PARTICIPLE_LEMMAS. Measured on top of it at merge:
                # train +5 hits / +4 false, dev +1 hit.
                src = _with_speaker(toks, cs)
                if src is not None:
                    found.append(Found((i, ce), src, "GERUND: 'with' + speaker + participle", 0.6))
            i = ce
            continue
        # Coordinated verb phrase: '... and said ...'.
        c = cs
        while c > 1 and toks[c - 1].low in {"then", "later", "also", "so", "yet", "still"} and not toks[c - 1].cap:
            c -= 1  # '..., and then said'
        c = _after_time_adjunct(toks, c)  # '... but in a second interview said'
        if c > 1 and (toks[c - 1].low in {"and", "but"} or (toks[c - 1].low == "," and toks[c].low == "then")):
            # ('..., then said ...' joins the verb phrase as '... and then said' does)
            src = left_np(toks, subject_end(toks, c))
            if src is None and lemma == "back":
                i = ce  # '..., who chairs the board and has backed Roe': the relative clause goes on describing
                continue
            if src is None:
                subj = _subordinate_subject(toks, found, c - 1) or clause_subject(toks, found, cs)
                if subj:
                    # ('..., then said': editors leave the 'then' after a comma out of the cue)
                    start = c + 1 if toks[c - 1].low == "," and c + 1 < ce else cs
                    found.append(Found((start, ce), subj, "COORDINATED-VP: main-clause subject", 0.65))
                i = ce
                continue
        src = left_np(toks, subject_end(toks, cs), final=_final_cue(toks, ce))
        if src is None and evidence and (cs == i or all(toks[x].low in AUX for x in range(cs, i))):
            src = _evidence_np(toks, cs)  # ('a poll released last week had shown': the auxiliary opens the cue)
        if src is None and cs > 3:
            src = aside_subject(toks, subject_end(toks, cs))
        embedded = False
        if cs == i and cs >= 2 and lemma in EMBEDDED_LEMMAS and (src is None or (
                src[1] == cs and src[1] - src[0] >= 2 and not toks[cs - 1].cap)):
            # ('a move supporters say would save both': the phrase read as the subject holds the noun the
            # clause describes; its last word speaks.)
            inner = _embedded_speaker(toks, cs, ce)
            if inner is not None and (src is None or (
                    inner[0] >= src[0] + 2 and toks[inner[0] - 2].low in _NOUN_OPENERS)):
                # (A cut needs the described noun to open with its own article: 'that government officials
                # said' and 'appeals courts said' are compounds, the whole phrase speaks.)
                src, embedded = inner, True
        if src is not None:
            src = subject_edges(toks, contact_subject(toks, src))
        if src is not None and _opening_participle(toks, src[0]):
            # 'Touring the late-night shows, Roe said': a participle phrase, no subject; after
            # its comma the subject may follow ('Holding her notes, Roe and Doe said').
            comma = next((x for x in range(src[1] - 1, src[0], -1) if toks[x].low == ","), None)
            src = (comma + 1, src[1]) if comma is not None and comma + 1 < src[1] else None
        if src is not None and cs == i and prev is not None and prev.low == "," and _inverted_name_follows(toks, ce, lemma):
            src = None  # '..., not to agencies or offices, said Jane Roe.': the name after the verb speaks
        if src is not None and cs == i and form in {"pp", "past"} and _reduced_relative(toks, src, i, ce, lemma):
            i = ce  # 'A statement posted on the website said', 'a company called Harmony'
            continue
        if src is not None and src[1] - src[0] == 1 and toks[src[0]].low in AUX \
                and toks[src[0]].low.endswith(("n't", "n’t")):
            i = ce  # "Don't blame the pilots.": an order opens the sentence; the auxiliary is no speaker
            continue
        if src is not None and src[1] - src[0] == 1 and toks[src[0]].low == "having":
            i = ce  # 'Having said that, ...': a discourse phrase, not a speaker
            continue
        if src is not None and src[0] > 0 and toks[src[0] - 1].low in {"whether", "if"} \
                and not (evidence and toks[src[0] - 1].low == "if"):
            # ('if the audit shows that ...' still gives what the audit would show as its finding)
            i = ce  # 'Asked whether she believed the levy would pass': a question, not a claim
            continue
        if src is not None and src[1] - src[0] == 1 and toks[src[0]].low in PERSONAL_PRONOUNS and src[0] > 0 \
                and VERB_FORMS.get(toks[src[0] - 1].low, ("", ""))[0] == "say" and not toks[src[0] - 1].quoted \
                and not (src[0] >= 2 and toks[src[0] - 2].low in {"let's", "let’s", "lets"}):
            # 'Tenants say they fear ...', 'she said he had told her': a pronoun right after 'say' opens
            # what was said; the speaker is the earlier subject. ('Let's say you think ...' supposes,
            # reports nothing: the inner verb keeps its subject.)
            i = ce
            continue
        if src is not None and cs == i and form in {"past", "pp"} and toks[src[1] - 1].low[:1].isdigit() \
                and not (src[1] - src[0] >= 2 and toks[src[1] - 2].low == ",") and ce < n and toks[ce].low[:1].isalpha() and not toks[ce].cap and toks[ce].low.endswith("s") \
                and toks[ce].low not in VERB_FORMS and toks[ce].low not in DETERMINERS:
            # 'a lead of 40 pledged delegates': a count, then a participle modifying the counted noun.
            # ('Jane Roe, 25, said as ...': an age after a comma is no count.)
            i = ce
            continue
        if src is not None and src[1] - src[0] == 1 and toks[src[0]].low == "far" and src[0] > 0 \
                and toks[src[0] - 1].low in {"so", "thus"}:
            i = ce  # 'Roe so far has declined to say': 'so far' is an adverb, not the subject
            continue
        if src is not None and cs == i and form in {"base", "3sg"} and lemma in NOUN_LIKE \
                and (_adjective_word(toks[src[1] - 1]) or _graded_adjective_before(toks, src)):
            i = ce  # 'his more ambiguous remarks', 'the internal questions': an adjective, then the noun
            continue
        if src is not None and cs == i and form in {"base", "3sg"} and src[1] - src[0] >= 2 \
                and toks[src[1] - 1].low in OBJECT_TAKING_3SG and not toks[src[1] - 2].quoted:
            i = ce  # 'utility faces blame for fire', 'Governor draws praise': the cue is the object of a verb
            continue
        if src is not None and lemma == "attack" and cs == i and form in {"base", "3sg"} \
                and not (src[1] - src[0] == 1 and toks[src[0]].low in PERSONAL_PRONOUNS):
            # 'the harbor attack', 'after the weekend attacks': after a noun phrase the bare form is far
            # more often the noun than the verb ('She attacks the plan' keeps its pronoun subject).
            i = ce
            continue
        if src is not None and src[0] > 0 and toks[src[0] - 1].low == "not" \
                and toks[src[0]].low in {"everyone", "everybody", "every", "all", "many"}:
            src = (src[0] - 1, src[1])  # 'not every member agreed': the negated quantifier is part of the speaker
        if src is not None and src[0] > 0 and toks[src[0] - 1].low in {"to", "not", "or"}:
            # 'trying to rally support for', 'a memo sent to Roe called it': after 'to' the words are an
            # infinitive's verb phrase or a preposition's object, never a clause subject. After 'not'
            # ('is not only a local favorite show') they are the negated verb's own phrase; after 'or'
            # ('money or technical support') only the last part of a list, never a whole speaker.
            if form in {"past", "pp"}:
                # 'a memo sent to Roe called it': the verb still reports, only its subject is lost.
                found.append(Found((cs, ce), None, "SUBJ-VERB: reporting verb, subject not found", 0.5))
            i = ce
            continue
        if src is not None and lemma == "see" and ce < n and toks[ce].low == "as":
            # 'what she sees as a waste', 'a town seen as safe': 'as' with no object between is a
            # label the writer pins on the thing, not a view the subject stated.
            i = ce
            continue
        if src is not None and lemma == "report" and _filed_from(toks, ce):
            i = ce  # 'Roe reported from Lisbon.': a reporter's dateline credit, not a speaker
            continue
        if src is not None:
            if form == "base" and toks[src[1] - 1].low in {"he", "she", "it"} and cs == i:
                i = ce
                continue
            if form == "base" and cs == i and any(
                    toks[x].low in CAUSATIVES and not any(toks[y].low in RELATIVE or toks[y].low == "that"
                                                          for y in range(src[0], x))
                    for x in range(max(src[0], src[1] - 4), src[1] - 1)):
                # 'uses data to help bakers find flour': a bare infinitive after 'help', 'let', 'make'.
                # ('Tenants who help their neighbors say' is a subject with its relative clause.)
                i = ce
                continue
            if src[1] - src[0] == 1 and toks[src[0]].low == "it" and form != "ger" and any(
                    toks[x].low in {"is", "was", "'s", "’s", "be", "been", "isn't", "isn’t", "wasn't", "wasn’t"}
                    for x in range(cs, i)):
                i = ce  # 'It is important to note that', 'It's implied that': an empty 'it', no speaker
                continue
            if form == "base" and cs == i and lemma in NOUN_LIKE and inflections(lemma)[1] != lemma \
                    and (_singular_noun_before(toks, src) or _noun_modifier_before(toks, src)):
                i = ce  # 'The Orlando attack', 'the jobs report': a noun heading its phrase, no verb
                continue
            if cs == i and form in {"base", "past"} and lemma in NOUN_LIKE and inflections(lemma)[1] == lemma \
                    and src[1] - src[0] >= 2 and src[0] > 0 and toks[src[0]].low in POSSESSIVE_PRONOUNS \
                    and _object_position(toks, src[0] - 1):
                i = ce  # 'the carmaker cut its profit forecast': 'its ...' after a plain verb is its object
                continue
            before = toks[src[0] - 1].low if src[0] > 0 else ""
            # '..., the Courier reported on Thursday.' ends the sentence too: its cue attributes what came before.
            final = ce >= n or toks[ce].low in {".", "!", "?", ";"} or (toks[ce].low in ADJUNCT_STARTS and _final_cue(toks, ce))
            if final_only and before not in FINAL_ONLY_BEFORE and not (
                    before in SINGLE_CLOSE and src[0] >= 2 and toks[src[0] - 2].low in {",", "?", "!"}):
                i = ce  # (",’" closes a quotation in single marks as ',”' does: '..., Eligible,’ Board Finds.')
                continue
            object_relative = (before == "who" and toks[src[0]].low in PERSONAL_PRONOUNS) or (  # 'Doe, who she backs'
                before in NOMINAL_CUES and src[0] >= 2 and toks[src[0] - 2].low in {"a", "an"})  # ', a charge China denies'
            # '... issued a statement after Doe told a town hall that ...': the words said before the main
            # clause's event are a report of their own, not part of what the main clause reports.
            earlier_words = before == "after" and lemma in {"say", "tell"}
            if not (final and before == ",") and not object_relative and not earlier_words \
                    and before not in {"which", "what", "whom", "but", "though", "although", "however"} \
                    and _nested(found, toks, cs, ce, src[0]):
                i = ce
                continue
            if lemma == "back" and toks[src[0]].low in RELATIVE:
                i = ce  # 'a donor who backed Roe': who the donor is, more often than a stance the story reports
                continue
            if any(toks[x].low in HEDGE_ADVERBS for x in range(cs, i)):
                # 'Acme has reportedly asked staff to relocate': that Acme acted is itself only
                # reported; the hedge is the attribution and Acme is the actor, not a source.
                i = ce
                continue
            if form == "pp" and cs == i and toks[i].low != inflections(lemma)[1]:
                i = ce  # 'A report written for the council found': a bare participle-only form is no finite verb
                continue
            conf = 0.9 if strong else 0.75
            if toks[src[0]].low in PERSONAL_PRONOUNS or toks[src[0]].low in RELATIVE:
                conf -= 0.1
            found.append(Found((cs, ce), src, EMBEDDED_RULE if embedded else ACT_RULE if lemma in ACT_LEMMAS or bare_side
                               else "SUBJ-VERB: subject + reporting verb", conf))
            if lemma == "tell" and nxt is not None:
                rec = right_np(toks, ce)
                if rec:
                    # 'told Reuters the deal was done': the told clause starts at its own determiner, with no 'that'.
                    cut = next((x for x in range(rec[0] + 1, rec[1]) if toks[x].low in DETERMINERS and toks[x - 1].cap
                                and not toks[x].cap), rec[1])
                    rec = (rec[0], cut)
                if rec and _is_outlet_recipient(toks, rec):
                    found.append(Found((cs, ce), rec, "TOLD: outlet passed it on", 0.7, role="relay"))
            i = ce
            continue
        # After a quotation closed by a comma any reporting verb may come before its speaker ('“...,” opined
        # the Gazette', '“...,” agrees Jane Roe'); elsewhere only the verbs that commonly invert.
        after_quotation = prev is not None and prev.low in QUOTES_CLOSE | QUOTE_TOGGLE and cs >= 2 \
            and toks[cs - 2].low in {",", "?", "!"} and form in {"pp", "3sg", "past"} and lemma in PARTICIPLE_LEMMAS \
            and _quoted_words_before(toks, cs - 2) >= 5  # (not a title: 'star of “Harbor,” thanked Roe')
        if (lemma in INVERTIBLE or after_quotation) and form in {"pp", "3sg", "past", "base"} and cs == i and (
            prev is None or prev.low in {",", "”", '"', "’", "''"}
        ):
            src = right_np(toks, ce, inverted=True, tail="final")
            if src and src[1] < n and not ends_inverted_subject(toks[src[1]]):
                if _closes_quotation(toks, cs) and _participle_or_relative(toks[src[1]]):
                    # '“...,” said the harbor chief known as Roe, speaking ...': after a quotation closed by its
                    # comma the verb is inverted, and a participle or a relative clause goes on describing the
                    # speaker, up to its comma or the end of the sentence.
                    end = next((x for x in range(src[1], min(n, src[1] + 12))
                                if toks[x].low in {",", ".", ";", "!", "?"} or toks[x].quoted), None)
                    src = (src[0], end) if end is not None else None
                else:
                    src = None  # 'said parents still want': a clause follows, the verb is not inverted
            if src and form == "base" and not _plural_np(toks, src):
                src = None  # '..., say some Democrats' agrees with a plural; 'say Mayor Ruiz' is no subject
            if src:
                found.append(Found((cs, ce), src, "VERB-SUBJ: inverted reporting verb", 0.85))
                i = src[1]
                continue
        # 'Roe praised the bakers, criticized the landlords and ...': a verb with no subject of its own after a
        # comma. ('asked about X' after a comma is an adjunct; 'remarks', 'shows' after a comma are nouns, but
        # not in a headline, whose verbs are all in the present: 'Roe slams levy, praises tenants'.)
        if src is None and cs == i and prev is not None and prev.low == "," and form in {"past", "3sg", "pp"} \
                and nxt is not None and nxt.low[:1].isalnum() and lemma != "ask" \
                and not (form == "3sg" and lemma in NOUN_LIKE and not first_line) \
                and toks[cs - 2].low not in {"too", "also"}:
            listed = _listed_verb_subject(toks, found, cs)
            if listed is not None:
                found.append(Found((cs, ce), listed, "COORDINATED-VP: comma list, same subject", 0.6))
        i = ce
    for cue in fronted:
        comma = next((x for x in range(cue[1], n) if toks[x].low == ","), None)
        owner = next((f for f in found if comma is not None and f.source is not None and not f.hedge
                      and f.role == "source" and f.source[0] == comma + 1), None)
        if owner is not None:
            found.append(Found(cue, owner.source, "PARTICIPLE: fronted, main-clause subject", 0.6))
    if fronted:
        found.sort(key=lambda f: (f is not label, f.cue[0]))  # textual order again; a speaker label stays first
    if label and len(found) > 1:
        found = [found[0]] + [f for f in found[1:] if f.cue != label.cue]
    if len(found) > 1:
        found = _without_inner_cues(found)
    if len(found) > 1:
        found = _under_according_to(toks, found)
    if found:
        # Existential 'there' ('There were reports ...', 'There are voters who ...') holds a place for
        # the subject; it never says anything itself.
        found = [f for f in found if not _words_as_object(toks, f) and not _declined_as_fell(toks, f)
                 and not (f.source is not None and f.source[1] - f.source[0] == 1 and toks[f.source[0]].low == "there")]
    if found and any(f.rule.startswith("NOMINAL") for f in found) and any(
            not f.hedge and not f.rule.startswith("NOMINAL") for f in found):
        # "Roe called Doe's claim false": the sentence reports Roe; the owner of a speech-act noun
        # is the source only when nothing else in the sentence is.
        found = [f for f in found if not f.rule.startswith("NOMINAL")]
    for f in found:
        f.cue = _cue_span(toks, *f.cue, f.source)
    return found


# Events a story counts: 'No casualties were reported', '1,240 infections were reported in 2026' give a
# tally, not a claim resting on unnamed reports.
COUNTED_EVENTS = {"casualties", "deaths", "injuries", "cases", "infections", "incidents", "fatalities", "arrests",
                  "outages", "sightings", "complaints", "overdoses"}


# What a candidate or a team concedes when conceding defeat.
CONTESTS = {"race", "election", "defeat", "contest", "primary", "nomination", "seat", "runoff", "match", "title",
            "game", "caucus", "caucuses", "presidency"}
# Words that open a time adjunct right after the verb ('conceded shortly after 11', 'conceded on Tuesday').
TIME_OPENERS = {"on", "shortly", "late", "early", "after", "before", "just", "minutes", "hours", "soon", "last",
                "within", "around", "at"}


def _concedes_a_contest(toks: list[Tok], cs: int, ce: int) -> bool:
    """'Hadley conceded.', 'Hadley conceded on Tuesday night', 'Roe conceded the race': a sentence that
    opens with its subject and concedes nothing but the contest (no clause, no quotation before it)."""
    if any(toks[x].quoted or toks[x].low in {",", ":", ";"} for x in range(cs)):
        return False  # '"It was a mistake," Roe conceded.': the words before are what was conceded
    n = len(toks)
    if ce >= n or toks[ce].low in {".", "!"}:
        return True
    nxt = toks[ce].low
    if nxt in TIME_OPENERS or nxt in WEEKDAYS:
        # ('conceded on Tuesday that the count was fair' still concedes a point)
        return not any(toks[x].quoted or toks[x].low in {"that", ":"} for x in range(ce, n))
    if nxt in {"the", "his", "her", "their", "its"} and ce + 1 < n:
        j = ce + 1
        while j < n and j <= ce + 3 and toks[j].low not in CONTESTS and toks[j].low[:1].isalpha() \
                and toks[j].low not in {"that", "to"}:
            j += 1
        return j < n and toks[j].low in CONTESTS
    return False


CUE_PARTICLES = {
    "agree": {"with", "on"}, "warn": {"of", "about", "against"}, "joke": {"about"}, "write": {"about"},
    "complain": {"about", "of"}, "respond": {"to"}, "reply": {"to"}, "hint": {"at"}, "testify": {"about"},
    "boast": {"about", "of"}, "speculate": {"about", "on"}, "comment": {"on"}, "remark": {"on"},
    "lament": {"about"}, "disagree": {"with", "on"}, "wonder": {"about"}, "apologize": {"for"}, "apologise": {"for"},
    "lash": {"at"}, "describe": {"as"}, "brag": {"about"}, "speak": {"about"},
    # A belief or a worry can take its topic after a preposition instead of a clause ('believes in
    # term limits', 'worries about the levy', 'what she thinks of the plan').
    "call": {"out"}, "believe": {"in"}, "think": {"about", "of"}, "worry": {"about"}, "feel": {"about", "like"}, "know": {"about", "of"},
    "hope": {"for"},
    "fire": {"at"}, "hit": {"at"}, "weigh": {"on"},
    "sound": {"on"}, "double": {"on"}, "balk": {"at"}, "muse": {"about", "on"}, "scoff": {"at"}, "marvel": {"at"},
    "reckon": {"with"}, "gush": {"about", "over"}, "vent": {"about"}, "fume": {"about", "over", "at"}, "open": {"about"},
    "spar": {"with", "over", "on"}, "distance": {"from"}, "jab": {"at"}, "squabble": {"with", "over"}, "bicker": {"with", "over"},
}

# What one expresses that names the attitude itself ('expressed concern', 'expressed doubts'):
# the noun completes the verb, so it belongs to the cue.
ATTITUDE_NOUNS = {"concern", "concerns", "confidence", "doubt", "doubts", "hope", "hopes", "frustration",
                  "disappointment", "optimism", "skepticism", "scepticism", "regret", "regrets", "sympathy", "outrage",
                  "surprise", "dismay", "alarm", "reservations", "fear", "fears", "worry", "worries", "anger",
                  "gratitude", "satisfaction", "opposition", "support", "interest", "desire", "discomfort", "unease",
                  "astonishment", "amusement", "enthusiasm", "admiration", "condolences", "solidarity", "remorse",
                  "willingness", "reluctance", "displeasure", "irritation", "annoyance", "disgust", "shock",
                  "appreciation", "relief", "pride", "sadness", "sorrow", "approval", "disapproval", "confusion"}
ATTITUDE_PREPOSITIONS = {"about", "over", "for", "at", "with", "regarding"}


RETORT_LEMMAS = {lemma for lemma, _ in RETORT_FORMS.values()}
# After 'shot back', 'hit back': a movement, not a retort ('prices shot back up').
MOTION_AFTER_BACK = {"up", "down", "into", "toward", "towards", "from", "onto", "out"}
# The side after a verb of speaking, spelled out: 'in favor of', 'in support of', 'in opposition to'.
IN_SIDES = {("favor", "of"), ("favour", "of"), ("support", "of"), ("opposition", "to")}


def _cue_span(toks: list[Tok], s: int, e: int, source: tuple[int, int] | None = None) -> tuple[int, int]:
    """The cue as editors mark it, drawn once for every proposal of find(): an adverb of time
    before the verb ('first reported'), the verb's particle ('agreed with', 'argued against',
    'asked for'), and the channel ('said in a statement', 'wrote on Facebook', 'said in an
    interview'). ``source`` (token span) is never overlapped."""
    n = len(toks)
    while s > 0 and toks[s - 1].low in LEADING_TIME and not toks[s - 1].cap and not toks[s - 1].quoted \
            and (source is None or not source[0] < s <= source[1]):
        # 'the Courier first reported', 'Roe once praised': the adverb dates the speaking and
        # belongs to the cue (the subject already ends before it).
        s -= 1
    if e - s >= 2 and toks[e - 1].low in ADDRESSEE_PARTICLES and VERB_FORMS.get(toks[e - 2].low, ("",))[0] == "talk":
        # 'talked to reporters', 'is talking with donors': the particle names who was spoken to, the
        # listener and not the topic, as 'told' leaves its listener out ('talked about' keeps its topic).
        e -= 1
    info = VERB_FORMS.get(toks[e - 1].low)
    # ('agreed on Monday', 'commented on June 3': a date, not the topic)
    dated = e + 1 < n and toks[e].low == "on" and (toks[e + 1].low in WEEKDAYS or toks[e + 1].low in TIME_NOUNS
                                                 or toks[e + 1].low[:1].isdigit())
    if info and e < n and toks[e].low in CUE_PARTICLES.get(info[0], ()) and not dated:
        return s, e + 1
    if info and e + 2 < n and toks[e + 1].low in CUE_PARTICLES.get(info[0], ()) and toks[e].low.endswith("ly") \
            and is_adverb(toks[e]) and not toks[e].quoted and toks[e + 2].low[:1].isalnum():
        return s, e + 2  # 'complained bitterly about', 'wrote extensively about': a manner adverb, then the topic's preposition
    if info is None and e - s >= 2 and e < n and not toks[e].quoted and not dated:
        phrasal = VERB_FORMS.get(toks[e - 2].low)
        if phrasal and toks[e - 1].low in PHRASAL.get(phrasal[0], ()) \
                and toks[e].low in CUE_PARTICLES.get(phrasal[0], ()):
            return s, e + 1  # 'fired back at', 'weighed in on', 'lashed out at': the phrasal verb's own preposition
    verb = _cue_verb(toks, s, e)
    after = toks[e].low if e < n and not toks[e].quoted else ""
    if verb == "plead" and (after in PLEAS or (after == "not" and e + 1 < n and toks[e + 1].low in PLEAS)):
        # 'pleaded guilty', 'pleads not guilty': the plea entered is what the verb says, and belongs to it.
        return s, e + (1 if after in PLEAS else 2)
    if verb and after == "with" and e + 2 < n and toks[e + 1].low in {"a", "an"}:
        # 'said with a laugh', 'explained with a wry smile': the gesture that carried the words is how
        # they were delivered, like 'said dryly'.
        k = e + 2 if toks[e + 2].low in DELIVERY_GESTURES else e + 3
        if k < n and toks[k].low in DELIVERY_GESTURES and not any(t.quoted for t in toks[e:k + 1]) \
                and (k == e + 2 or (toks[e + 2].low.isalpha() and not toks[e + 2].cap)):
            return s, k + 1
    if verb and after == "against":
        # 'argued against', 'cautioned against', 'ruled Friday against': the side the speaker
        # takes is part of the speech act, whatever the verb.
        return s, e + 1
    if verb and after == "in" and tuple(t.low for t in toks[e + 1:e + 3]) in IN_SIDES:
        return s, e + 3  # 'spoke out in favor of', 'argued in support of': the same side, said at length
    if verb and e + 1 < n and is_adverb(toks[e]) and toks[e + 1].low == "against" and not toks[e + 1].quoted:
        return s, e + 2  # 'spoke out sharply against'
    if verb in RETORT_LEMMAS and after == "at" and toks[e - 1].low == "back":
        return s, e + 1  # 'fired back at her critics': the target of the retort
    if info and after == "out" and not (e + 1 < n and toks[e + 1].low == "of"):
        return s, e + 1  # 'tweeted out', 'shouted out', 'blasted out a statement': the particle sends the words out
    if verb and after == "back" and (e + 1 >= n or not toks[e + 1].low.isalpha() or toks[e + 1].low in {"at", "that"}):
        return s, e + 1  # 'wrote back:', 'tweeted back at him': the reply particle
    if verb and after == "upon" and (verb in {"call", "insist"} or "on" in CUE_PARTICLES.get(verb, ())):
        return s, e + 1  # 'remarked upon', 'called upon': the formal 'on' is the same particle
    if verb in REQUEST_FOR and after == "for" and not _for_duration(toks, e + 1):
        # 'asked for patience', 'argued for a shorter week', 'called Tuesday for a recount': with a
        # verb of asking or advocating, 'for' introduces what is asked for and belongs to the cue.
        return s, e + 1
    if info and info[0] == "express" and e < n:
        # 'expressed concern', 'expressed deep concern', 'expressed his condolences': the attitude
        # expressed completes the verb, and so does the preposition naming what it is about
        # ('expressed concern about', 'expressed support for', 'expressed interest in').
        k = e
        if k + 1 < n and toks[k + 1].low in ATTITUDE_NOUNS and not toks[k].quoted and (
                toks[k].low in {"his", "her", "their", "its", "a", "an"} or (
                toks[k].low.isalpha() and not toks[k].cap and toks[k].low not in DETERMINERS
                and toks[k].low not in VERB_FORMS)):
            k += 1
        if toks[k].low in ATTITUDE_NOUNS:
            prep = toks[k + 1].low if k + 1 < n and not toks[k + 1].quoted else ""
            if prep in ATTITUDE_PREPOSITIONS or (prep == "in" and toks[k].low == "interest"):
                return s, k + 2
            return s, k + 1
    if info and e + 1 < n and toks[e].low == "on":
        # 'wrote on Facebook', 'said on his Twitter feed', 'suggested on social media': the platform
        # is how the words were published, and belongs to the cue.
        for x in range(e + 1, min(n, e + 4)):
            low = toks[x].low
            if low in PLATFORMS or (low == "media" and toks[x - 1].low == "social") or (
                    toks[x].text == "X" and x == e + 1 and (x + 1 == n or toks[x + 1].low in X_AFTER)):
                if x + 1 < n and toks[x + 1].low in {"feed", "account", "page"}:
                    x += 1
                return s, x + 1
            if low not in {"his", "her", "their", "its", "the", "social", "official"}:
                break
    if info and e + 2 < n and toks[e].low == "in" and toks[e + 1].low in {"a", "an", "the", "its", "his", "her",
                                                                           "their"}:
        for x in range(e + 2, min(n, e + 5)):
            if toks[x].low in {"statement", "statements"}:
                return s, x + 1
            if not toks[x].low.isalpha():
                break
    # 'said in a phone interview': the channel belongs to the cue.
    if e + 2 < n and toks[e].low == "in" and toks[e + 1].low in {"a", "an"}:
        for x in range(e + 2, min(n, e + 5)):
            if toks[x].low in {"interview", "interviews"}:
                return s, x + 1
            if not toks[x].low.isalpha():
                break
    return s, e


# Attitudes that an indirect question asks about rather than states.
ASKED_ATTITUDES = {"think", "believe", "feel", "expect", "know"}
QUESTION_WORDS = {"who", "whom", "what", "how"}
# Verbs that open an indirect question: 'asked (the mayor) who ...', 'wondering what ...'.
ASKING_FORMS = {"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "puzzled"}


def _asked_about(toks: list[Tok], cs: int) -> bool:
    """The cue at cs sits in a question: 'asked voters who they think ...', 'wondering what she really
    believes', 'How do you think ...?'. The subject and a 'do' come between the question word and cs."""
    for w in range(cs - 1, max(-1, cs - 5), -1):
        if toks[w].low in QUESTION_WORDS and not toks[w].quoted:
            if w + 1 < cs and toks[w + 1].low in {"do", "does", "did"}:
                return True  # 'How do you think ...', 'What did they believe ...'
            return any(toks[x].low in ASKING_FORMS for x in range(max(0, w - 6), w))
    return False


LEADING_TIME = {"first", "once", "just"}
# Gestures that carry words ('said with a shrug').
DELIVERY_GESTURES = {"laugh", "smile", "grin", "smirk", "chuckle", "shrug", "sigh", "wink", "nod", "giggle", "sneer",
                     "scowl", "frown"}
# The pleas a defendant enters ('pleaded guilty', 'pleads not guilty').
PLEAS = {"guilty", "innocent"}
# Particles after 'talk' that name the listener ('talked to', 'talking with').
ADDRESSEE_PARTICLES = {"to", "with"}

# Prepositions before a gerund: 'for allegedly dumping', 'of supposedly hiding'.
GERUND_PREPOSITIONS = {"for", "of", "by", "about", "from", "with"}

# Attitudes that 'without' denies: 'without knowing', 'without worrying about' state that no one holds them.
WITHOUT_NOT_HELD = {"know", "worry", "think", "believe", "feel", "realize", "expect"}
GO_FORMS = {"go", "goes", "went", "going", "gone"}

# Cue verbs of asking and advocating: 'for' after them opens what is asked for ('spoke out for',
# 'declared for president').
REQUEST_FOR = {"ask", "plead", "argue", "call", "hope", "speak", "declare"}

# What 'for' opens when it gives a duration or a manner: 'for years', 'for the first time', 'for sure'.
# Units of time: 'for years' and 'pushed for months' name how long, not what was asked for.
TIME_UNITS = {"years", "months", "weeks", "days", "decades", "hours", "minutes", "ages"}
FOR_TIME = TIME_UNITS | {
    "sure", "certain", "now", "long", "once", "good", "ever", "the first time", "the last time", "the second time",
    "the past", "the time being", "a while", "a time", "a moment", "a long", "a few", "a decade", "a year", "a month",
    "a week", "a day", "some time", "several", "many"}


def _for_duration(toks: list[Tok], j: int) -> bool:
    """'for years', 'for two weeks', 'for the first time', 'for sure': the 'for' right before toks[j]
    opens a duration or a manner, not what was asked for."""
    words = [t.low for t in toks[j:j + 3]]
    if not words:
        return True
    if len(words) > 1 and (words[0][:1].isdigit() or words[0] in NUMBER_WORDS) and words[1] in FOR_TIME:
        return True
    return any(" ".join(words[:k]) in FOR_TIME for k in (1, 2, 3))


def _cue_verb(toks: list[Tok], s: int, e: int) -> str | None:
    """Lemma of the last cue verb in toks[s:e] ('called again' -> 'call', 'spoke out' -> 'speak')."""
    for t in reversed(toks[s:e]):
        # (a retort or a retraction is in a cue only with its 'back')
        info = VERB_FORMS.get(t.low) or RETORT_FORMS.get(t.low) or RETRACT_FORMS.get(t.low)
        if info:
            return info[0]
    return None

HEDGE_PASSIVE_ADVERBS = {"widely", "generally", "commonly", "now", "also", "often", "long", "still", "increasingly",
                         "largely", "broadly", "privately", "frequently", "sometimes"}

BARE_REPORTS = {"report", "reports", "source", "sources"}
RATE_UNITS = {"year", "month", "week", "day", "hour", "minute", "person", "capita", "head", "share", "cent", "unit",
              "household", "gallon", "barrel", "mile", "kilometer", "kilometre", "ton", "tonne", "pound", "game"}

PLATFORMS = {"twitter", "facebook", "instagram", "tiktok", "youtube", "reddit", "threads", "bluesky", "telegram",
             "linkedin", "snapchat", "truth"}

# 'wrote on X that', 'posted on X, adding': the platform named by one letter only where nothing else
# could follow the letter ('on X Street' is a place).
X_AFTER = {"that", ",", ".", ":", ";", "late", "early", "on", "in", "after", "before", "and", "while", "—"}


SIDES = (("against",), ("for",), ("in", "support", "of"), ("in", "favor", "of"), ("in", "favour", "of"),
         ("in", "opposition", "to"))


def _came_out(toks: list[Tok], found: list[Found], i: int, title_case: bool = False) -> Found | None:
    """'Roe came out against the levy', 'the guild had come out in favour of Doe': a public stance.
    ``title_case``: a Title Case headline ('Tenants Come Out Against Levy') capitalises every word."""
    j = i + 2
    while j < len(toks) and is_adverb(toks[j]) and not toks[j].cap:
        j += 1  # 'came out strongly against'
    side = next((s for s in SIDES if tuple(t.low for t in toks[j:j + len(s)]) == s), None)
    if side is None or (toks[i].cap and not title_case) or any(t.quoted for t in toks[i:j + len(side)]):
        return None
    after = toks[j + len(side)] if j + len(side) < len(toks) else None
    if side == ("for",) and (after is None or not after.cap or title_case):
        return None  # 'came out for Doe' takes a side; 'the sun came out for an hour' does not
    return _phrase_with_subject(toks, found, i, j + len(side), title_case,
                                "CAME-OUT: a public stance for or against", 0.65)


# Subjects that never speak for a stance phrase ('it came out against', 'what went after').
NOT_STANCE_SUBJECTS = {"it", "this", "that", "there", "what", "which"}


def _phrase_with_subject(toks: list[Tok], found: list[Found], i: int, ce: int, title_case: bool, rule: str,
                         confidence: float) -> Found | None:
    """The attribution of a multiword cue toks[i:ce] ('came out against', 'went after'): its modifiers
    ('has since') join the cue, the subject before them is the source, unless it is no speaker or
    the cue sits inside another attribution's content."""
    cs = i
    while cs > 0 and _cue_modifier(toks[cs - 1], title_case):
        cs -= 1
    src = left_np(toks, subject_end(toks, cs))
    if src is None or toks[src[0]].low in NOT_STANCE_SUBJECTS:
        return None
    if found and _nested(found, toks, cs, ce, src[0]):
        return None
    return Found((cs, ce), subject_edges(toks, contact_subject(toks, src)), rule, confidence)


GO_AFTER = {"go", "goes", "went", "going", "gone"}
HOLIDAYS = {"christmas", "easter", "thanksgiving", "hanukkah", "ramadan", "passover", "halloween", "diwali"}


def _went_after(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'Roe went after Doe over the levy', 'went after him': attacking a named rival in words. Only a
    person or a body named after 'after' ('went after Christmas' dates, 'went after the money' chases)."""
    target = toks[i + 2]
    word = target.low.removesuffix("'s").removesuffix("’s")  # ('went after Monday's meeting': a date too)
    if target.quoted or not (target.cap and word not in WEEKDAYS and word not in TIME_NOUNS
                             and word not in DETERMINERS and word not in HOLIDAYS
                             or word in {"him", "her", "them"}):
        return None
    if i + 3 < len(toks) and toks[i + 3].low in {"day", "eve", "weekend"}:
        return None  # 'went after Labor Day', 'after Election Day': a date
    return _phrase_with_subject(toks, found, i, i + 2, False, "WENT-AFTER: attacks a rival", 0.6)


def _as_put_it(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'As the baker put it, ...', '..., as a county memo puts it.': the phrasing is the subject's."""
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and not (after.quoted or after.low in {",", ".", ":", ";", "—", "–", "--", "“", '"', "''", "``"}
                                  or (after.low in {"in", "during"} and i + 3 < len(toks)
                                      and toks[i + 3].low in {"a", "an", "his", "her", "their", "its"})):
        return None  # 'as soon as we put it in the oven': an act, not a phrasing
    cs = i
    while cs > 0 and (toks[cs - 1].low in AUX or is_adverb(toks[cs - 1])) and not toks[cs - 1].cap:
        cs -= 1
    a = next((x for x in range(cs - 1, max(-1, cs - 10), -1) if toks[x].low == "as"), None)
    if a is None or toks[a].quoted:
        return None
    src = left_np(toks, subject_end(toks, cs), a + 1)
    if src is None or src[0] != a + 1 or toks[src[0]].low in {"it", "this", "that", "there"}:
        return None
    return Found((cs, i + 2), src, "AS-PUT-IT: the subject's phrasing", 0.75)


# Verbs that give a text's own wording ('the letter reads: ...', 'the filing states that ...'); with a
# person or with no text before them they are something else ('she reads', 'the state's').
WORDING_VERBS = {"read", "reads", "states"}
WORDING_HEADS = DOCUMENT_HEADS | INANIMATE_HEADS | {
    "sign", "signs", "banner", "banners", "headline", "headlines", "message", "caption", "placard", "placards",
    "poster", "posters", "slogan", "shirt", "shirts", "t-shirt", "t-shirts", "billboard", "plaque", "inscription",
    "text", "tweet", "post", "note", "card", "label", "sticker", "screen", "voice-over", "narrator", "platform",
    "bill", "law", "resolution", "petition", "policy", "rule", "rules", "guidelines", "agreement", "lease"}
WORDING_AFTER = {".", ",", ":", ";", "that", "“", '"', "''", "``", "in", "simply", "!", "?"}


def _document_wording(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'the statement read', 'a sign on the door reads: ...', 'the document states that ...': the text that
    has the words is the source. None unless the subject is a text and the words are next to the verb."""
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is not None and not (nxt.quoted or nxt.low in WORDING_AFTER):
        return None
    cs = i
    while cs > 0 and toks[cs - 1].low in {"also", "simply", "now", "still", "then"} and not toks[cs - 1].cap:
        cs -= 1
    src = left_np(toks, subject_end(toks, cs), final=_final_cue(toks, i + 1))
    if src is None or head_word(toks, *src) not in WORDING_HEADS:
        return None
    if found and _nested(found, toks, cs, i + 1, src[0]):
        return None
    return Found((cs, i + 1), src, "WORDING: a text and the verb of its wording", 0.7)


# 'The memo includes a warning', 'the filing lists three donors': what a document contains or lists
# is its content, the document its source. Only with a text as subject ('the team includes five
# nurses' reports nothing).
CONTENT_VERBS = {"includes", "included", "lists", "listed"}
CONTENT_HEADS = WORDING_HEADS | {"plan", "proposal", "version", "draft", "page", "profile", "platform"}


def _document_contents(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'the ad includes a clip of ...', 'the agency lists the town's population as ...': the text that holds
    the words or the list is the source. None unless the subject is a text and an object follows."""
    n = len(toks)
    if i + 1 >= n or not (toks[i + 1].low[:1].isalpha() or toks[i + 1].low == ":" or toks[i + 1].quoted):
        return None  # ('the release included 40 emails' counts what a batch holds, it says nothing)
    cs = i
    while cs > 0 and toks[cs - 1].low in {"also", "now", "still"} and not toks[cs - 1].cap:
        cs -= 1
    src = left_np(toks, subject_end(toks, cs))
    if src is None:
        return None
    if head_word(toks, *src) not in CONTENT_HEADS and not (toks[i].low in {"lists", "listed"} and _listed_as(toks, i + 1)):
        return None
    if found and _nested(found, toks, cs, i + 1, src[0]):
        return None
    return Found((cs, i + 1), src, "CONTENTS: a text and what it includes or lists", 0.6)


def _listed_as(toks: list[Tok], k: int) -> bool:
    """'lists the town's population as 21,000', 'lists her fortune at $2 billion': any lister that
    ranks or records something as a value states it."""
    for j in range(k + 1, min(len(toks) - 1, k + 10)):
        low = toks[j].low
        if low in {",", ".", ";", ":", "and", "but", "that", "which", "who"} or toks[j].quoted:
            return False
        if low in {"as", "at"}:
            nxt = toks[j + 1]
            return nxt.quoted or nxt.low[:1].isdigit() or nxt.low in AMOUNT_STARTS or nxt.low in {"a", "an", "the"}
    return False


# Adjectives of a held view: 'the union is worried about ...', 'Roe has been critical of ...',
# 'they are convinced that ...' report the subject's stance as firmly as a verb of belief would.
STANCE_ADJECTIVES = {"critical", "skeptical", "sceptical", "supportive", "proud", "wary", "confident", "optimistic",
                     "pessimistic", "convinced", "sure", "certain", "concerned", "worried", "adamant", "insistent",
                     "unhappy", "angry", "upset", "frustrated", "hopeful", "doubtful", "fearful", "clear",
                     "enamored", "enamoured", "fond", "upbeat", "appreciative", "mistrustful", "distrustful", "leery",
                     "dismissive", "nervous", "enthusiastic"}
# Attitudes toward a person or a measure that take 'to' ('is hostile to the levy'); 'critical to' means
# 'essential to', so 'to' is a link only for these. Not 'open to' ('open to the public', 'open to question').
TO_STANCE_ADJECTIVES = {"hostile", "sympathetic", "receptive"}
STANCE_ADJECTIVES |= TO_STANCE_ADJECTIVES
# A will toward an act: 'Roe is eager | to sign the bill', 'the board is reluctant | to raise the levy'. The
# infinitive is what the subject wants or resists, so, like a 'that' clause, it stays out of the cue.
# ('willing' states readiness more than a wish: 'the troops are willing and able to' holds no view.)
WILL_ADJECTIVES = {"eager", "reluctant", "keen", "loath", "loth"}
STANCE_ADJECTIVES |= WILL_ADJECTIVES
# Satisfaction with a person or a result takes 'with' ('the board is unhappy with the plan'); for other
# adjectives 'with' is company ('Roe is busy with the budget').
WITH_STANCE_ADJECTIVES = {"pleased", "satisfied", "dissatisfied", "displeased", "disappointed", "frustrated",
                          "unhappy", "angry", "upset", "impressed", "comfortable", "uncomfortable"}
STANCE_ADJECTIVES |= WITH_STANCE_ADJECTIVES
# Trust or its loss in someone takes 'in' ('the donors are confident in Roe', 'disappointed in the board').
IN_STANCE_ADJECTIVES = {"confident", "disappointed"}
# Feelings a thing stirred take 'by' ('Roe was impressed by the plan', 'the board is troubled by the vote').
BY_STANCE_ADJECTIVES = {"impressed", "unimpressed", "pleased", "disappointed", "upset", "troubled", "alarmed",
                        "angered", "encouraged", "heartened", "dismayed", "offended", "frustrated", "concerned"}
STANCE_ADJECTIVES |= BY_STANCE_ADJECTIVES
STANCE_LINKS = {"of", "about", "that", "over"}
# Besides 'be': 'they're' (not ''s', which may be a possessive: 'Roe's proud ...'), and 'remain', which states
# the view still holds ('Roe remains skeptical of the toll', 'he remained a critic of the plan'); 'seem' and
# 'appear' report the same view as others see it ('the board seemed pleased with the vote').
STANCE_LINKING_VERBS = {"'re", "’re", "remain", "remains", "remained", "remaining", "seem", "seems", "seemed",
                        "appear", "appears", "appeared"}
DEGREE_WORDS = {"very", "most", "more", "less", "so", "too", "also", "not", "n't", "n’t", "equally", "still", "now",
                "always", "increasingly", "deeply", "especially", "extremely", "quite", "fairly", "particularly",
                "both", "all"}


def _held_stance(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'Subject + be + stance adjective + of/about/that' ('the tenants are wary of the plan'), or None.
    Not an empty 'it' ('it is clear that' has no holder of the view)."""
    n = len(toks)
    if i + 1 >= n or toks[i + 1].quoted or not (toks[i + 1].low in STANCE_LINKS or (
            toks[i + 1].low == "to" and toks[i].low in TO_STANCE_ADJECTIVES | WILL_ADJECTIVES) or (
            toks[i + 1].low == "with" and toks[i].low in WITH_STANCE_ADJECTIVES) or (
            toks[i + 1].low == "in" and toks[i].low in IN_STANCE_ADJECTIVES) or (
            toks[i + 1].low == "by" and toks[i].low in BY_STANCE_ADJECTIVES)):
        return None
    cs = i
    while cs > 0 and (toks[cs - 1].low in DEGREE_WORDS or is_adverb(toks[cs - 1])) and not toks[cs - 1].cap \
            and not toks[cs - 1].quoted:
        cs -= 1
    contracted = cs >= 2 and toks[cs - 1].low in {"'s", "’s"} and toks[cs - 2].low in {"he", "she", "who"}
    if cs == 0 or not (toks[cs - 1].low in BE_FORMS or toks[cs - 1].low in STANCE_LINKING_VERBS or contracted) \
            or toks[cs - 1].quoted:
        return None  # ("she's wary of": after a subject pronoun ''s' is 'is', never a possessive)
    cs -= 1
    while cs > 0 and (toks[cs - 1].low in AUX or toks[cs - 1].low in DEGREE_WORDS) and not toks[cs - 1].cap \
            and not toks[cs - 1].quoted:
        cs -= 1
    if any(toks[x].low in MODALS or toks[x].low == "be" for x in range(cs, i)):
        return None  # 'if he can be convinced that', 'would not be worried about': no view is held yet
    src = left_np(toks, subject_end(toks, cs))
    if src is None or toks[src[0]].low in {"it", "there", "this", "that", "which", "what"}:
        return None
    # The preposition belongs to the cue ('is wary of'), a 'that' opens the content ('is sure | that').
    ce = i + 1 if toks[i + 1].low == "that" or toks[i].low in WILL_ADJECTIVES else i + 2
    if found and _nested(found, toks, cs, ce, src[0]):
        return None
    # 'seemed' alone was read as the writer's hedge; with a holder and a stance it is part of this cue.
    found[:] = [f for f in found if not (f.hedge and cs <= f.cue[0] and f.cue[1] <= ce)]
    return Found((cs, ce), subject_edges(toks, contact_subject(toks, src)), "STANCE-ADJECTIVE: subject + be + adjective of a view", 0.6)


# People by the side they take: 'Roe is a longtime supporter of the levy', 'he has been a fierce critic of
# the plan'. With 'be' and 'of' the subject states that side; 'the supporters cheered' names a crowd.
ROLE_RULE = "STANCE-ROLE: subject + be + a supporter or critic of"
SIDE_ROLES = {"supporter", "supporters", "backer", "backers", "critic", "critics", "opponent", "opponents",
              "proponent", "proponents", "advocate", "advocates", "champion", "defender", "defenders"}


def _side_role(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'Subject + be + a/an + (modifiers) + supporter/critic/... + of' ('Roe is an outspoken critic of the
    toll'): the cue runs from the verb group to 'of', the subject is the source. None otherwise."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != "of" or toks[i + 1].quoted or not toks[i + 2].low[:1].isalnum():
        return None
    cs = i
    while cs > 0 and i - cs < 4 and not toks[cs - 1].cap and not toks[cs - 1].quoted and toks[cs - 1].low.isalpha() \
            and toks[cs - 1].low not in DETERMINERS and toks[cs - 1].low not in AUX and toks[cs - 1].low not in VERB_FORMS \
            and toks[cs - 1].low not in NP_PREPOSITIONS and (toks[cs - 1].low not in CLAUSE_WORDS
                                                             or (toks[cs - 1].low == "and" and cs < i)):
        cs -= 1  # 'a steady and vocal backer of': the words that grade the role
    if cs == 0 or toks[cs - 1].low not in {"a", "an"} or (toks[i].low.endswith("s") and toks[cs - 1].low in {"a", "an"}):
        if not (toks[i].low.endswith("s") and cs > 0 and (toks[cs - 1].low in BE_FORMS
                                                          or toks[cs - 1].low in STANCE_LINKING_VERBS)):
            return None  # 'they were supporters of Roe' has no article
    else:
        cs -= 1
    contracted = cs >= 2 and toks[cs - 1].low in {"'s", "’s"} and toks[cs - 2].low in {"he", "she", "who"}
    if cs == 0 or not (toks[cs - 1].low in BE_FORMS or toks[cs - 1].low in STANCE_LINKING_VERBS or contracted) \
            or toks[cs - 1].quoted:
        return None  # ("she's wary of": after a subject pronoun ''s' is 'is', never a possessive)
    cs -= 1
    while cs > 0 and (toks[cs - 1].low in AUX or toks[cs - 1].low in DEGREE_WORDS or is_adverb(toks[cs - 1])) \
            and not toks[cs - 1].cap and not toks[cs - 1].quoted:
        cs -= 1
    if any(toks[x].low in MODALS or toks[x].low == "be" for x in range(cs, i)):
        return None  # 'would be a supporter of': no side taken yet
    src = left_np(toks, subject_end(toks, cs))
    if src is None or toks[src[0]].low in {"it", "there", "this", "that", "which", "what"}:
        return None
    if found and _nested(found, toks, cs, i + 2, src[0]):
        return None
    return Found((cs, i + 2), subject_edges(toks, contact_subject(toks, src)), ROLE_RULE, 0.6)


# 'against the law', 'against the rules', 'against the clock', 'against the grain': idioms, not a side.
AGAINST_IDIOMS = {"law", "laws", "rules", "clock", "grain", "wall", "ropes"}


# What states a side after 'be': 'is against', 'are in favor of', 'was opposed to', 'is in opposition to'.
BE_SIDES = (("against",), ("in", "favor", "of"), ("in", "favour", "of"), ("in", "support", "of"),
            ("in", "opposition", "to"), ("opposed", "to"))
BE_SIDE_STARTS = {side[0] for side in BE_SIDES}
BE_CLITICS = {"'re", "’re", "'s", "’s", "'m", "’m"}


def _be_on_a_side(toks: list[Tok], found: list[Found], i: int) -> Found | None:
    """'People + be + against / in favor of / opposed to + a side' ('most tenants are against the toll', 'she was
    always in favor of a levy'): the subject's stance; the cue runs from the verb group to the side's last word.
    Only people or a body hold it ('the odds are against him' is no view)."""
    n = len(toks)
    side = next((x for x in BE_SIDES if tuple(t.low for t in toks[i:i + len(x)]) == x), None)
    if side is None:
        return None
    e = i + len(side)
    if e >= n or not (toks[e].low[:1].isalpha() or toks[e].low in QUOTES_OPEN) or any(t.quoted for t in toks[i:e]):
        return None
    if toks[e].low == "the" and e + 1 < n and toks[e + 1].low in AGAINST_IDIOMS:
        return None  # 'was against the law', 'is up against the clock': no side taken
    cs = i
    while cs > 0 and (is_adverb(toks[cs - 1]) or toks[cs - 1].low in DEGREE_WORDS) and not toks[cs - 1].cap:
        cs -= 1
    if cs == 0 or not (toks[cs - 1].low in BE_FORMS or toks[cs - 1].low in BE_CLITICS) or toks[cs - 1].quoted:
        return None
    cs -= 1
    while cs > 0 and (toks[cs - 1].low in AUX or is_adverb(toks[cs - 1])) and not toks[cs - 1].cap \
            and not toks[cs - 1].quoted:
        cs -= 1
    if any(toks[x].low in MODALS or toks[x].low == "be" for x in range(cs, i)):
        return None
    src = left_np(toks, subject_end(toks, cs))
    if src is None or not _people(toks, src) or toks[src[0]].low in {"it", "there", "this", "that", "which", "what"}:
        return None
    if found and _nested(found, toks, cs, e, src[0]):
        return None
    return Found((cs, e), subject_edges(toks, contact_subject(toks, src)), ROLE_RULE, 0.55)


WITH_NOT_SPEECH = {"report", "support", "oppose", "detail"}
WITH_NOT_SUBJECT = {"me", "him", "her", "them", "us", "it", "that", "this", "what", "polls", "poll"}


def _with_absolute(toks: list[Tok], cs: int) -> tuple[int, int] | None:
    """The subject of 'with NP <participle>' ('with most riders saying ...'), or None: the words between
    'with' and the participle must be one noun phrase ('agreed with that Trump was saying' is not)."""
    for w in range(cs - 1, max(-1, cs - 10), -1):
        t = toks[w]
        if t.quoted or t.low in {",", ";", ":", ".", "(", ")", "—", "–", "--"}:
            return None
        if t.low == "with":
            if w + 1 >= cs or toks[w + 1].low in WITH_NOT_SUBJECT or toks[cs - 1].low in WITH_NOT_SUBJECT:
                return None
            if toks[cs - 1].low in WEEKDAYS or toks[cs - 1].low in TIME_NOUNS:
                return None  # 'with CREDO on Wednesday asking': an adjunct, the phrase is not a subject
            if not valid_np(toks, w + 1, cs):
                return None
            if any(toks[x].low in NP_PREPOSITIONS and toks[x].low != "of"
                   and not (toks[x].low == "in" and toks[x + 1].low[:1].isdigit()) for x in range(w + 1, cs - 1)):
                return None  # 'with a memo for staff saying': the preposition makes it an adjunct, not a speaker
            of = next((x for x in range(w + 2, cs - 1) if toks[x].low == "of"), None)
            if of is not None and not toks[of - 1].cap and toks[of - 1].low not in QUANTIFIERS \
                    and not agent_noun(toks[of - 1].low) and toks[of - 1].low not in ORG_NOUNS \
                    and name_like(toks, of + 1, cs):
                return (of + 1, cs)  # 'with footage of Jane Roe saying': the person in the footage speaks
            head = head_word(toks, w + 1, cs)
            if not any(toks[x].cap or toks[x].low[:1].isdigit() or toks[x].low in QUANTIFIERS
                       or toks[x].low in NUMBER_WORDS for x in range(w + 1, cs)) \
                    and not agent_noun(head) and head not in ORG_NOUNS and head.rstrip("s") not in ORG_NOUNS:
                return None  # 'with softer wording calling for': words, not a speaker
            return (w + 1, cs)
    return None


# What can follow the verb of 'what they want' when what it wants is nothing but the 'what': the end of
# the clause, a coordinated verb, a degree adverb.
FREE_RELATIVE_END = {",", ".", ";", ":", "!", "?", "—", "–", "--", ")", "and", "or", "but", "most", "best", "least",
                     "now", "anyway", "instead", "first"}


def _words_as_object(toks: list[Tok], f: Found) -> bool:
    """'giving readers what they want most', 'what the mayor says and promises', 'did not know what she was
    talking about': a free relative whose gap is the verb's own object, with nothing after the verb,
    names the words or the wish as a thing; the sentence reports none of their content. Not a
    pseudo-cleft ('That is what Roe said.'), nor when the verb goes on ('what Roe said the levy would
    cost', 'what she wrote in the report': the clause or the setting of her words)."""
    if f.source is None or f.hedge or not f.rule.startswith("SUBJ-VERB"):
        return False
    ss, ce = f.source[0], f.cue[1]
    if ss < 1 or toks[ss - 1].low != "what" or toks[ss - 1].quoted or f.source[1] > f.cue[0]:
        return False
    if ss >= 2 and (toks[ss - 2].low in BE_FORMS or toks[ss - 2].low in POSSESSIVE):
        return False  # 'That was what Roe said', 'that's what Roe wants'
    return ce >= len(toks) or toks[ce].low in FREE_RELATIVE_END


def _declined_as_fell(toks: list[Tok], f: Found) -> bool:
    """'Emissions declined', 'student debt would decline', 'Russia's economic decline': a quantity that
    fell, not a refusal. A refusal has a person or a body for its subject ('Roe declined', 'the agency
    declined the offer') or an infinitive after it ('the fund has declined for years to say')."""
    if f.source is None or not f.rule.startswith("SUBJ-VERB") or not toks[f.cue[1] - 1].low.startswith("declin"):
        return False
    if any(t.low == "to" for t in toks[f.cue[1]:f.cue[1] + 4]):
        return False
    ss, se = f.source
    head_end = next((x for x in range(ss, se) if toks[x].low == ","), se)  # 'Roe, who ..., declined'
    return head_end == ss or not _people(toks, (ss, head_end))


def _under_according_to(toks: list[Tok], found: list[Found]) -> list[Found]:
    """'Roe said the pier would close, according to the Harbor Gazette'; 'According to the survey, most
    tenants say rents are too high': 'according to X' set off by a comma scopes over the whole clause,
    its report included, so X is the sentence's source and the clause's own cue is part of what X
    says. Not when the phrase sits inside a reported clause ('Roe said that, according to X, ...')."""
    acc = next((f for f in found if f.rule == "ACCORDING-TO"), None)
    if acc is None:
        return found
    a = acc.cue[0]
    if a > 0 and (toks[a - 1].low != "," or (a > 1 and toks[a - 2].low == "that")):
        return found
    final = acc.source is not None and all(not t.low[:1].isalnum() for t in toks[acc.source[1]:])

    def own_report(f: Found) -> bool:
        if f.rule.startswith("ACCORDING-TO"):
            return True
        if f.source is not None and f.source[0] > 0 and toks[f.source[0] - 1].low == "as":
            return True  # 'As the Gazette reported, ...': the writer names that source too
        if f.cue[1] < a:
            if not final and f.cue[1] == a - 1:
                return True  # 'The Gazette reported, according to two aides, that ...': inside its report
            # 'according to X' closes a clause of its own: a relative ('..., which would cut rates, according
            # to X') or a parenthesis.
            return any(t.low in {"which", "who", "("} for t in toks[f.cue[1]:a])
        return False

    return [f for f in found if own_report(f)]


def _without_inner_cues(found: list[Found]) -> list[Found]:
    """'declined' and 'declined to say' with one subject: keep the longer cue. Linear after a
    sort, so a sentence with thousands of cues stays cheap."""
    by_source: dict[tuple[int, int] | None, list[Found]] = {}
    for f in found:
        by_source.setdefault(f.source, []).append(f)
    inner: set[int] = set()
    for group in by_source.values():
        if len(group) < 2:
            continue
        reach, reach_cue = -1, None
        for f in sorted(group, key=lambda f: (f.cue[0], -f.cue[1])):
            if f.cue[1] <= reach and f.cue != reach_cue:
                inner.add(id(f))
            elif f.cue[1] > reach:
                reach, reach_cue = f.cue[1], f.cue
    return [f for f in found if id(f) not in inner] if inner else found


ACT_RULE = "SUBJ-VERB: subject + act that takes a side"

# What follows an act of taking a side: the side ('for', 'against', 'in favor of') belongs to the cue;
# an infinitive ('voted to expand') is the content and stays out of it.
ACT_SIDES = {
    "vote": (("for",), ("against",), ("in", "favor", "of"), ("in", "favour", "of"), ("in", "support", "of")),
    "push": (("for",), ("back", "on"), ("back", "against")),
    "back": (),
    "sign": (),
    "side": (("with",), ("against",)),
    "campaign": (("against",),),
    "decide": (("against",),),
    "opt": (("against",),),
    "turn": (("against",),),
}
# What one signs to take a side: a text that states or enacts a position ('signed a letter', 'signed the
# bill'); not a contract, a player or an autograph.
SIGNED_TEXTS = {"letter", "letters", "pledge", "petition", "bill", "bills", "law", "laws", "measure", "measures",
                "order", "orders", "legislation", "statement", "declaration", "resolution", "act", "treaty",
                "accord", "amendment", "veto", "proclamation", "ban", "budget", "appeal", "manifesto", "brief"}
# Acts whose side is their object ('backed Jane Roe', 'backs the levy'), not a particle ('backed away').
ACT_OBJECT = {"back"}
OBJECT_STARTS = {"the", "a", "an", "his", "her", "their", "its", "him", "them", "this", "that", "these", "those"}
ACT_INFINITIVE = {"vote"}


def _bare_object(t: Tok) -> bool:
    """A lower-case word that can open a noun phrase object without a determiner ('backs tougher rules',
    'backed stricter limits'): not a particle or preposition ('backed away', 'backed into the alley'),
    nor a verb form."""
    low = t.low
    return low.isalpha() and low not in PARTICLES and low not in NP_PREPOSITIONS and low not in CLAUSE_WORDS \
        and low not in VERB_FORMS and low not in AUX and not is_adverb(t)


# Particles and prepositions that follow a verb of motion rather than take its object.
PARTICLES = {"away", "up", "off", "down", "out", "into", "onto", "toward", "towards", "over", "around", "through",
             "across", "along", "behind", "past", "under", "back", "again", "too", "here", "there"}


def _act_frame(toks: list[Tok], cs: int, i: int, ce: int, lemma: str) -> int | None:
    """End of the cue (starting at cs) of the act at i that takes a side ('voted against', 'voted in favor of'; 'voted'
    before 'to' + a verb), or None when no side follows ('voted on Tuesday', 'voted early')."""
    n = len(toks)
    if toks[i].low == "push" and not (i > 0 and (toks[i - 1].low in MODALS or toks[i - 1].low == "to")):
        return None  # the bare form is the noun ('her push for a levy') unless a modal or 'to' makes it a verb
    if toks[i].low.endswith("ing") and not any(toks[x].low in AUX for x in range(cs, i)):
        return None  # '..., pushing for lower tolls': an adjunct describes the act; 'is pushing for' states it
    j = ce
    while j < n and j - ce < 2 and (is_adverb(toks[j]) or toks[j].low == "twice") and not toks[j].quoted:
        j += 1  # 'voted twice for', 'voted solidly against'
    for side in ACT_SIDES[lemma]:
        if tuple(t.low for t in toks[j:j + len(side)]) == side and not toks[j].quoted:
            end = j + len(side)
            if end >= n or not (toks[end].low[:1].isalnum() or toks[end].low in QUOTES_OPEN) \
                    or toks[end].low in TIME_UNITS:
                return None  # 'the plans they pushed for.', 'pushed for months': no side named
            return end
    if lemma == "sign":
        if tuple(t.low for t in toks[ce:ce + 2]) == ("into", "law"):
            return ce + 2  # 'which the governor signed into law': the enactment is the act
        for x in range(ce, min(n, ce + 7)):
            low = toks[x].low
            if low in SIGNED_TEXTS and not toks[x].quoted:
                return i + 1  # 'signed an open letter', 'signed the highway bill'
            if not (low[:1].isalnum() or low in {"-", "'s", "’s", "$"}) or low in {"that", "to", "by", "for", "with"}:
                return None
        return None
    if lemma in ACT_OBJECT:
        nxt = toks[ce] if ce < n else None
        if nxt is None or nxt.quoted or not (nxt.cap or nxt.low in OBJECT_STARTS or _bare_object(nxt)) \
                or nxt.low in TIME_AFTER_CUE:
            return None  # 'backed away from', 'backed by donors', 'their backs'
        return ce
    if lemma in ACT_INFINITIVE and j == ce and ce + 1 < n and toks[ce].low == "to" and toks[ce + 1].low.isalpha() \
            and not toks[ce + 1].cap and not toks[ce + 1].quoted:
        return i + 1  # 'voted Thursday to expand': the day is no part of the act
    return None


BACKERS_RULE = "SUBJ-VERB: people + participle that takes a side"
# Attributions whose side is an object, not reported words: a cue after them is not inside their content.
SIDE_RULES = {ACT_RULE, BACKERS_RULE, ROLE_RULE}

# Participles that name a side right after the people who take it ('donors backing Jane Roe', 'a group
# supporting the levy', 'tenants opposing the toll'): a reduced relative clause, 'who back ...'.
BACKING_LEMMAS = {"support", "back", "oppose"}
# Verbs of judging whose participle after a piece of writing says what the piece does ('an ad attacking the
# mayor', 'an op-ed criticizing the toll').
JUDGING_LEMMAS = {"attack", "criticize", "criticise", "praise", "defend", "denounce", "endorse", "condemn"}
# Pieces of writing that take a side ('ads supporting Roe', 'a tweet attacking the council'); not a speech,
# whose speaker is named as the source rather than the speech itself.
SPOKEN_PIECES = {"ad", "ads", "advertisement", "advertisements", "commercial", "commercials", "tweet", "tweets",
                 "op-ed", "op-eds", "editorial", "editorials", "statement", "mailer", "mailers"}
# Heads that name people or a body without a person-like ending.
BACKER_HEADS = {"those", "others", "groups", "organizations", "organisations", "population", "pac", "pacs"}
# Particles after the participle that leave no side ('backing away', 'backing up'), and the part in a
# play ('the chief supporting role').
NO_SIDE = {"away", "off", "up", "down", "out", "role", "roles", "cast"}
# Words with a person-like ending that are no people: 'leaning toward supporting', 'after backing'.
NOT_BACKERS = {"toward", "towards", "after", "consider", "together", "whether", "rather", "either", "neither",
               "over", "under", "later", "ever", "never", "chief"}


def _backers_before(toks: list[Tok], i: int, lemma: str) -> tuple[int, int] | None:
    """The people whom the participle at i describes as taking a side ('super PACs backing Roe'): a
    short noun phrase ending right before it, headed by a person, a group or a body, with a side
    after the participle. None when the word before is no such noun ('evidence supporting the claim')."""
    n = len(toks)
    if i == 0 or i + 1 >= n:
        return None
    head, nxt = toks[i - 1], toks[i + 1]
    if head.quoted or nxt.quoted or not nxt.low[:1].isalpha() or nxt.low in NO_SIDE or nxt.low in VERB_FORMS \
            or nxt.low in AUX or nxt.low in NP_PREPOSITIONS or nxt.low in CLAUSE_WORDS:
        return None
    low = head.low
    if lemma not in BACKING_LEMMAS:
        if low not in SPOKEN_PIECES:
            return None  # 'an ad attacking the mayor', 'a tweet praising the crew': the piece says it
    elif low in NOT_BACKERS or low in VERB_FORMS or (
            low.endswith("ed") and not head.cap) or not (_people_noun(low) or low in BACKER_HEADS or low in SPOKEN_PIECES):
        return None
    s = i - 1
    while s > 0 and i - s < 6:
        t = toks[s - 1]
        if t.quoted or not np_word(toks, s - 1) or t.low in NP_PREPOSITIONS or t.low in VERB_FORMS \
                or (t.low.endswith("ed") and not t.cap):
            break
        s -= 1
        if t.low in DETERMINERS:
            break
    if s > 0 and toks[s - 1].low == "to":
        return None  # 'a letter sent to the leaders opposing the bill': the participle may describe what was sent
    for x in range(s - 1, max(-1, s - 7), -1):
        if toks[x].low == "with":
            return None  # 'with 60 percent of voters backing Roe': a poll's share, not people taking a side
        if not (toks[x].low[:1].isalnum() or toks[x].low in {"%", "-"}):
            break
    return s, i


CANNOT = {"can't", "can’t", "cannot", "couldn't", "couldn’t"}
# Verbs that turn down what someone said or proposed: with words or a position as their object
# ('rejected the allegation', 'dismissed the report') they state a stance; 'rejected the parcel',
# 'dismissed two drivers' do not.
REFUSING = {"reject", "dismiss"}
# Objects that are words, ideas or proposals, besides the speech-act nouns ('claim', 'comments').
STATED_THINGS = NOMINAL_CUES | {
    "report", "reports", "story", "stories", "idea", "ideas", "notion", "suggestions", "assertions", "label",
    "labels", "term", "premise", "theory", "theories", "speculation", "rumor", "rumors", "rumour", "rumours",
    "concern", "concerns", "arguments", "proposal", "proposals", "offer", "offers", "effort", "efforts", "bid",
    "request", "requests", "appeal", "appeals", "findings", "conclusion", "conclusions", "view", "views",
    "position", "criticisms", "critics", "attacks", "attack", "characterization", "characterisation",
    "accusation", "talk", "questions", "doubts", "fears", "calls", "advice", "recommendation", "recommendations",
}


def _words_or_person(toks: list[Tok], cs: int, ce: int) -> bool:
    """The object of 'attacked' is words or an idea ('attacked the comment'), or, when a person attacks, a named
    person or what is someone's ('Roe attacked Jane Doe', "attacked the mayor's record", 'attacked her plan'):
    a verbal attack, not one on a depot or a convoy."""
    n = len(toks)
    if ce + 1 >= n or toks[ce].quoted:
        return False
    if _stated_object(toks, ce):
        return True
    who = toks[cs - 1] if cs > 0 else None
    if who is None or who.quoted or not (who.cap or who.low in PERSONAL_PRONOUNS or agent_noun(who.low)):
        return False  # 'a dog attacked ...': only a person's attack is a verbal one
    t, nxt = toks[ce], toks[ce + 1]
    if t.cap and nxt.cap and not nxt.quoted and not gazetteer.is_place(t.text + " " + nxt.text):
        return True  # a named person
    for x in range(ce, min(n, ce + 4)):
        low = toks[x].low
        if toks[x].quoted or not (low[:1].isalnum() or low in POSSESSIVE):
            return False
        if low in {"his", "her", "their"} or low in POSSESSIVE or low.endswith(("'s", "’s")):
            return True  # 'her plan', "the mayor's record"
        if low in NP_PREPOSITIONS or low in CLAUSE_WORDS:
            return False
    return False


def _stated_object(toks: list[Tok], ce: int) -> bool:
    """The object after the verb ending at ce is words, an idea or a proposal ('the allegation', "Roe's
    latest offer", 'efforts by some members'): its head noun, within a few words, is one of STATED_THINGS."""
    n = len(toks)
    for x in range(ce, min(n, ce + 6)):
        t = toks[x]
        if t.quoted or not (t.low[:1].isalnum() or t.low in {"'s", "’s"}):
            return False
        if t.low in STATED_THINGS:
            return True
        if t.low in NP_PREPOSITIONS or t.low in CLAUSE_WORDS:
            return False
    return False


def _stance_complement(toks: list[Tok], ce: int) -> bool:
    """After an evaluative verb, does a proposition follow its object? 'attacked the plan as a
    giveaway', 'praised the staff for acting fast', 'accused her of lying', 'blasted it: "..."',
    '..., saying ...'. A bare object ('praised the volunteers.') reports no claim."""
    n = len(toks)
    j = ce
    while j < n and j - ce < 14:
        t = toks[j]
        low = t.low
        if t.quoted or low in STANCE_COMPLEMENT:
            return j > ce or low not in {"for", "of", "over"}  # 'called for' is a different verb
        if low == "," and j + 1 < n and toks[j + 1].low.endswith("ing") and toks[j + 1].low in VERB_FORMS:
            return True  # ', saying ...', ', calling ...'
        if low in {".", "!", "?", ";", ",", "and", "but", "after", "before", "when", "while", "because"}:
            return False
        j += 1
    return False


# What a maker recalls: a count ('40,000 vans', 'about 3,000 cars', 'thousands of heaters') or its own
# goods ('its baby formula'); a person recalls a time, a scene or what was said.
RECALL_COUNTS = {"about", "nearly", "almost", "more", "roughly", "approximately", "thousands", "hundreds", "millions",
                 "its"}


# Verbs that report inside a relative clause ('a man police say broke in', 'the statues investigators
# believe were smuggled').
EMBEDDED_RULE = "SUBJ-VERB: relative clause's subject + reporting verb"
EMBEDDED_LEMMAS = {"say", "believe", "allege", "suspect", "claim", "think"}
# Words that open the noun a relative clause without 'that' describes ('a move supporters say would').
_NOUN_OPENERS = {"a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "another"}
# Subjects of such a clause: a pronoun or a bare plural ('police', 'investigators', 'the prosecutors').
_EMBEDDED_PRONOUNS = {"they", "he", "she", "we"}
# Past forms without '-ed' that open the clause's own predicate ('police say broke', 'they say fled').
_IRREGULAR_PAST = {"broke", "fled", "stole", "shot", "took", "made", "left", "ran", "hit", "drove", "went", "gave",
                   "sold", "began", "wrote", "led", "sent", "kept", "held", "brought", "caught", "fought", "bought",
                   "threw", "struck", "set", "paid", "lost", "spent", "stood", "fell", "grew", "knew", "saw", "got"}
# Words that open a relative clause whose verb has a subject of its own after them.
_OBJECT_RELATIVES = {"that", "who", "whom", "which"}


def _finite(t: Tok) -> bool:
    """A lower-case auxiliary, modal or past form: a clause's finite verb ('were', 'could', 'fled', 'smuggled')."""
    return not t.quoted and not t.cap and (t.low in AUX or t.low in MODALS or t.low in _IRREGULAR_PAST
                                           or (t.low.endswith("ed") and t.low.isalpha()))


def _gapped_relative(toks: list[Tok], cs: int, ce: int, lemma: str) -> bool:
    """'a man who investigators believe set the fire': after 'who' and its own subject the verb's
    proposition has a gap where its subject was (the man), so it opens on its finite verb, not on a
    subject as a clause of belief does. Only a person's 'who': what investigators believe of a person is
    an allegation the story reports ('the arguments that they believe worked' is the writer's account)."""
    return lemma in EMBEDDED_LEMMAS and cs >= 2 and toks[cs - 2].low in {"who", "whom"} \
        and _embedded_speaker(toks, cs, ce) is not None


def _embedded_speaker(toks: list[Tok], cs: int, ce: int) -> tuple[int, int] | None:
    """'a man they say broke into six stores', 'statues that investigators say were smuggled', 'a rifle
    police believe was used': a relative clause (with or without 'that') whose subject reports what the
    clause goes on to say about the noun before it. The subject is a pronoun or a bare plural right before
    the verb, the noun or relative word before that, and a finite verb (the gap's predicate) right after."""
    n = len(toks)
    if ce >= n:
        return None
    if not _finite(toks[ce]):
        return None
    subj = toks[cs - 1]
    if subj.quoted or subj.cap or not (subj.low in _EMBEDDED_PRONOUNS or subj.low == "police" or (
            subj.low.isalpha() and subj.low.endswith("s") and not subj.low.endswith("ss") and subj.low not in AUX
            and subj.low not in VERB_FORMS)):
        return None
    s = cs - 1
    if s >= 2 and toks[s - 1].low == "the" and subj.low not in _EMBEDDED_PRONOUNS:
        s -= 1
    if s == 0:
        return None
    before = toks[s - 1]
    if before.quoted:
        return None
    if before.low not in _OBJECT_RELATIVES and (
            before.cap or not before.low.isalpha() or before.low in AUX or before.low in VERB_FORMS
            or before.low in DETERMINERS or before.low in NP_PREPOSITIONS or before.low in CLAUSE_WORDS
            or before.low in _EMBEDDED_PRONOUNS or before.low.endswith("ly")):
        # Without 'that' the word before the subject is the noun the clause describes: a lower-case word
        # that is no verb, auxiliary, determiner, preposition or clause word ('Police arrested they say').
        return None
    # The noun is an object: the sentence's own verb came before it. A noun that opens the sentence may be
    # what was said ('The words she said were kind': she said the words, not that they were kind).
    if any(_finite(t) or (t.low in VERB_FORMS and not t.quoted and not t.cap) for t in toks[:s - 1]):
        return s, cs
    return None


def _speaker_follows(toks: list[Tok], s: int) -> bool:
    """A main clause opens at toks[s] with a named or determined subject and a reporting verb in the past or
    present ('the Home Builders group said', 'Acme reported'): up to eight words of subject, then the verb."""
    first = toks[s]
    if first.quoted or not (first.cap or first.low in DETERMINERS):
        return False
    for x in range(s + 1, min(len(toks), s + 9)):
        t = toks[x]
        if t.quoted or t.low in {",", ";", ":"}:
            return False
        form = VERB_FORMS.get(t.low)
        if form is not None and not t.cap and form[0] in _POLL_TAKER_VERBS and form[1] in {"past", "pp", "3sg"}:
            return True
    return False


# What the one who took a poll does with it ('Acme said', 'the institute found'); a result's own verbs
# ('In the last poll, Roe led Doe') keep the poll as the source.
_POLL_TAKER_VERBS = {"say", "report", "announce", "find", "conclude", "estimate", "note", "add", "tell"}


# Verbs that need an object, with the preposition that follows them in the passive ('accused of').
PASSIVE_LINKS = {"accuse": {"of"}, "charge": {"with"}, "blame": {"for"}, "criticize": {"for", "over"},
                 "criticise": {"for", "over"}, "praise": {"for"}, "condemn": {"for", "over"}, "fault": {"for"},
                 "slam": {"for", "over"}, "thank": {"for"}, "sue": {"for", "over", "by"}, "suspect": {"of"}}


def _object_relative_before(toks: list[Tok], cs: int) -> bool:
    """The verb at cs has its own subject after an object relative ('the rivals who he accused of lying',
    'countries that the department criticized for their records'): active, its object the relative word."""
    if cs > 0 and toks[cs - 1].low in PERSONAL_PRONOUNS:
        return True
    for x in range(max(0, cs - 20), cs - 1):  # (a dashed insertion may stand between subject and verb)
        if toks[x].low in _OBJECT_RELATIVES and not toks[x].quoted:
            nxt = toks[x + 1]
            if nxt.cap or nxt.low in DETERMINERS or nxt.low in PERSONAL_PRONOUNS:
                return True
    return False


# Works one writes without reporting anything by writing them ('wrote the bill', 'wrote a novel').
AUTHORED_WORKS = {"bill", "bills", "law", "laws", "legislation", "amendment", "amendments", "ordinance", "book",
                  "books", "novel", "novels", "song", "songs", "lyrics", "music", "script", "screenplay", "code",
                  "software", "constitution", "biography", "poem", "poems", "play", "musical", "score"}


def _authored_work(toks: list[Tok], ce: int) -> bool:
    """'wrote the bill.', 'wrote a bestselling novel,': the object right after the verb (an article and
    at most one modifier before it) is a work written, and nothing after it says what the work says."""
    n = len(toks)
    if ce >= n or toks[ce].low not in {"the", "a", "an", "its", "his", "her", "their", "this", "that"}:
        return False
    if toks[ce].low == "that" and ce + 1 < n and toks[ce + 1].low in {"the", "a", "an", "its", "his", "her", "their"}:
        return False  # 'wrote that the law was void': 'that' opens a clause, it points at no work
    for x in range(ce + 1, min(n, ce + 3)):
        if toks[x].low in AUTHORED_WORKS and not toks[x].quoted:
            after = toks[x + 1].low if x + 1 < n else "."
            return after not in {"that", "saying", "stating", "in", ":", "“", '"'}  # ("a book in which she argues")
        if toks[x].cap or not toks[x].low.isalpha():
            return False
    return False


# What police, fire crews and medics respond to: an emergency, not words ('responded to a 911 call').
EMERGENCIES = {"call", "calls", "scene", "fire", "fires", "blaze", "crash", "emergency", "incident", "alarm", "alarms",
               "shooting", "accident", "collision", "explosion", "disturbance", "reports"}

NEGATIONS = {"not", "n't", "n’t", "never"}

# After 'call' or 'calls', words that make them a request or a reporter's phone calls ('calls for his
# resignation', 'a call seeking comment'): something one answers in words.
REQUEST_AFTER_CALL = {"for", "seeking", "from", "requesting", "asking", "to"}


def _emergency_response(toks: list[Tok], cs: int, ce: int) -> bool:
    """'responded to the call', 'responded to a 911 call about a fire', 'responded to reports of gunfire':
    'to', an article and at most two modifiers (or a bare plural), then an emergency. Not a call for
    something ('responded to calls for reform') and never after a negation ('did not respond to calls'),
    which a note reads."""
    n = len(toks)
    if ce + 1 >= n or toks[ce].low != "to" or any(toks[x].low in NEGATIONS for x in range(max(0, cs - 2), ce)):
        return False
    first = ce + 2 if toks[ce + 1].low in {"the", "a", "an", "several", "multiple"} else ce + 1  # ('reports of')
    for x in range(first, min(n, first + 3)):
        t = toks[x]
        if t.quoted or t.cap:
            return False
        if t.low in EMERGENCIES:
            if t.low == "reports" and not (x + 1 < n and toks[x + 1].low == "of"):
                return False  # 'reports of a fire' is a dispatch; 'responded to reports that ...' answers them
            return not (t.low in {"call", "calls"} and x + 1 < n and toks[x + 1].low in REQUEST_AFTER_CALL)
        if not (t.low.isalnum() or "-" in t.low):
            return False
    return False


# People the police question or cite: questioning them is an interrogation, citing them for something a ticket.
PEOPLE_QUESTIONED = {"suspect", "suspects", "driver", "drivers", "witness", "witnesses", "man", "men", "woman", "women",
                     "teenager", "teenagers", "boy", "boys", "girl", "girls", "employee", "employees", "worker",
                     "workers", "resident", "residents", "passenger", "passengers", "neighbor", "neighbors",
                     "neighbour", "neighbours", "motorist", "motorists", "owner", "owners", "tenant", "tenants"}


def _person_acted_on(toks: list[Tok], ce: int, lemma: str) -> bool:
    """'questioned a driver', 'questioned two teenagers', 'cited the owner for ...': the object right after
    the verb (an article or number and at most two modifiers) is a person the police dealt with. Not
    someone's words ('questioned the driver's account'), and 'cite' only with the 'for' of a ticket
    ('the report cited a witness who ...' quotes a source)."""
    n = len(toks)
    if ce >= n or toks[ce].low not in {"a", "an", "the", "two", "three", "four", "several", "both"}:
        return False
    for x in range(ce + 1, min(n, ce + 4)):
        t = toks[x]
        if t.quoted or t.cap or not t.low.replace("-", "").isalpha():
            return False
        if t.low in PEOPLE_QUESTIONED:
            after = toks[x + 1].low if x + 1 < n else "."
            if after in POSSESSIVE:
                return False
            return after == "for" if lemma == "cite" else True
    return False


def _product_recall(toks: list[Tok], ce: int) -> bool:
    return ce < len(toks) and not toks[ce].quoted and (toks[ce].low[:1].isdigit() or toks[ce].low in RECALL_COUNTS)


def _ruling_complement(toks: list[Tok], cs: int, ce: int, final_ok: bool) -> bool:
    """'ruled that ...', 'ruled Friday against ...': a decision with content, not 'ruled the country';
    or '..., a judge ruled.': the decision stated before the comma, the court's verb closing it.
    ``final_ok``: that last reading is open (the past 'ruled', or a headline's 'rules'; in body text
    '..., given the party's rules.' ends on the noun)."""
    if final_ok and (ce >= len(toks) or toks[ce].low in {".", "!", ";"}) and any(
            toks[x].low == "," for x in range(max(0, cs - 6), cs)):
        return True
    for j in range(ce, min(len(toks), ce + 3)):
        if toks[j].low in {"that", "against", "unconstitutional", "illegal", "invalid", "unlawful"}:
            return True
        if toks[j].low == "in" and j + 1 < len(toks) and toks[j + 1].low == "favor":
            return True
    return False


FINAL_ONLY_BEFORE = {",", '"', "”", "''", "?", "!"}

ADJUNCT_STARTS = {"in", "on", "at", "during", "last", "this", "earlier", "late", "via", "through", "after",
                  "before", "early", "recently", "later"}


def _final_cue(toks: list[Tok], ce: int) -> bool:
    """Nothing reported follows the cue: only the end of the sentence, a comma, or an adjunct
    such as 'in a June report' or 'on Tuesday'."""
    n = len(toks)
    j = ce
    if j >= n or toks[j].low in {".", "!", "?", ";", ","}:
        return True
    if toks[j].low not in ADJUNCT_STARTS and toks[j].low not in TIME_AFTER_CUE:
        return False
    while j < n and j - ce < 12:
        low = toks[j].low
        if low in {".", "!", "?", ";", ","}:
            return True
        if low == "that" or toks[j].quoted or (low in VERB_FORMS and VERB_FORMS[low][1] not in {"base", "3sg"}):
            return False
        j += 1
    return j >= n


def _filed_from(toks: list[Tok], ce: int) -> bool:
    """'reported from' + a capitalised place name that ends the sentence: the credit line of the
    reporter who filed the story. 'Unrest was reported from several towns' has a lower-case
    object and stays a report."""
    n = len(toks)
    if ce + 1 >= n or toks[ce].low != "from" or not toks[ce + 1].cap:
        return False
    j = ce + 1
    while j < n and j - ce <= 6:
        low = toks[j].low
        if low in {";", "!", "?"} or (low == "." and (j + 1 >= n or toks[j + 1].low == ";")):
            return True
        if not (toks[j].cap or low in {",", ".", "-"}):
            return False
        j += 1
    return j >= n


def _is_outlet_recipient(toks: list[Tok], span: tuple[int, int]) -> bool:
    text = " ".join(toks[x].text for x in range(*span))
    hit = gazetteer.lookup(text)
    if (hit is not None and hit[1] == "news_outlet") or text.lower() in RECIPIENTS:
        return True
    # An outlet the gazetteer does not know, by the shape of its name ('the Boston Ledger', 'Stagelight
    # magazine'): only capitalised names, so 'told reporters' or 'told the crowd' never reach classify.
    return any(toks[x].cap for x in range(*span)) and outlet_shaped([toks[x].text for x in range(*span)])
