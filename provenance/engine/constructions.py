"""Attribution constructions that do not hang on a reporting verb.

Speaker labels ("WALLACE: ...", "Said Jane Roe: ..."), a quotation signed with a dash
("― Jane Roe"), results reported "in a poll", and speech-act nouns owned by their speaker
("the mayor's claim that ...", "his calls for ...").
"""

from __future__ import annotations

from . import gazetteer
from .cue_lexicon import AUX, INVERTIBLE, NOMINAL_COMPLEMENT, NOMINAL_MODIFIERS, VERB_FORMS, inflections
from .lexicon import (
    DETERMINERS,
    DOCUMENT_HEADS,
    GOVERNMENT_WORDS,
    INTRO_WORDS,
    IRREGULAR_PP,
    NP_PREPOSITIONS,
    OFFICIAL_WORDS,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    SPOKES_WORDS,
    WEEKDAYS,
)
from .noun_phrases import agent_noun, name_like, right_np
from .proposal import Found
from .tokens import QUOTE_TOGGLE, QUOTES_CLOSE, QUOTES_OPEN, Tok

COLON_NOT_SPEAKER = {"note", "update", "updated", "editor", "editors", "watch", "read", "related", "photo", "video",
                     "warning", "correction", "q", "a", "answer", "question", "transcript", "source", "sources",
                     "caption", "credit", "image", "listen", "more", "see", "also", "breaking", "exclusive",
                     "analysis", "opinion", "live", "latest", "the", "why", "how", "what", "who", "when", "where",
                     "here", "this", "that", "these", "bottom", "subscribe", "background", "context", "disclosure",
                     "full", "partial", "key", "lesson", "step", "part", "chapter", "day", "tip", "fact", "ps",
                     "contributing", "byline", "dateline", "twitter", "facebook", "instagram", "email", "e-mail",
                     "hey", "wow", "pledged", "total", "totals", "classic", "bonus", "plus", "result", "results",
                     "score", "reporting", "editing", "follow", "contact", "phone", "web", "website", "tags",
                     "topics", "filed", "location", "date", "time", "price", "cost", "title", "headline",
                     # interjections, imperatives and teaser words that open a kicker, not a speaker
                     "look", "remember", "so", "boom", "bam", "bombshell", "busted", "shocker", "alert", "yes",
                     "no", "ok", "okay", "well", "now", "just", "name", "notice", "leaked", "spotted",
                     # the fields of a fact-check ('Claim: ...', 'Rating: False', 'Verdict: ...')
                     "claim", "claims", "rating", "ratings", "verdict", "ruling", "conclusion", "summary", "evidence",
                     "facts", "clarification", "status", "takeaway", "checked", "sourcing",
                     # a story's form named in its kicker ('Q&A: What the new labels mean')
                     "q&a", "faq", "explainer", "factbox", "recap", "timeline", "interview"}


def looks_like_headline(toks: list[Tok]) -> bool:
    words = [t for t in toks if t.low[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.75 * len(words)


# The party letter that opens a legislator's tag ('(D-Maine)', '(R-Ohio)', '(I-Vt.)').
PARTY_TAGS = {"D-", "R-", "I-"}


def speaker_label(toks: list[Tok]) -> Found | None:
    """'WALLACE: ...' or 'Jane Roe: ...' at the start of a sentence (interviews, transcripts)."""
    j = 0
    while j < len(toks) and (toks[j].low in QUOTE_TOGGLE or toks[j].low in QUOTES_OPEN):  # (no set union per sentence)
        j += 1
    k = j
    while k < len(toks) and k - j < 4 and (toks[k].cap or toks[k].low == ".") and toks[k].low != ":":
        k += 1
    name_end = k
    if k > j and k + 3 < len(toks) and toks[k].low == "(" and toks[k + 1].text[:2] in PARTY_TAGS \
            and toks[k + 2].low == ")" and toks[k + 3].low == ":":
        k += 3  # 'Rep. Jane Roe (D-Maine): ...': a hearing transcript tags the speaker with party and state
    if k == j or k >= len(toks) - 1 or toks[k].low != ":" or toks[j].low in COLON_NOT_SPEAKER:
        return None
    words = [toks[x] for x in range(j, name_end) if toks[x].low[:1].isalpha()]
    if not words or any(w.low in COLON_NOT_SPEAKER or w.low in DETERMINERS or w.low in AUX for w in words):
        return None  # 'FIX IS IN:': a kicker with a verb, not a speaker
    caps = all(w.text.isupper() and len(w.text) > 1 for w in words)
    if not caps and len(words) > 3:
        return None
    said = [t for t in toks[k + 1:] if t.low[:1].isalpha()]
    if not caps and len(said) < 4:
        return None  # 'Sanders: 1,547.', 'Bush: Survive to S.C.': a tally or a headline, not a transcript
    if len(words) == 1 and (VERB_FORMS.get(words[0].low, ("", ""))[1] in {"past", "pp"}
                            or gazetteer.is_place(words[0].text)):
        return None  # 'Revealed: ...', 'Ohio: Jane Roe, Jon Doe': a kicker or a list heading, not a speaker
    if k - j >= 2 and gazetteer.is_place(" ".join(toks[x].text for x in range(j, k))):
        return None  # 'New Mexico: ...'
    verb = VERB_FORMS.get(toks[j].low)
    if verb and verb[0] in INVERTIBLE and k - j >= 2 and toks[j + 1].cap:
        return Found((j, j + 1), (j + 1, k), "SPEAKER-LABEL: verb + name + colon", 0.7)  # 'Said Jane Roe: ...'
    return Found((k, k + 1), (j, k), "SPEAKER-LABEL: name + colon", 0.75 if caps else 0.6)


# Lower-case words that end the speaker of a headline label ('Ruiz to council: ...', 'Ruiz on the
# levy: ...'): what follows names the audience or the topic, not the speaker.
HEADLINE_LABEL_CUT = {"to", "on", "about", "over", "vs", "vs.", "after", "before"}


# Lower-case heads that name who speaks in a headline label ('Union leader: ...', 'Officials: ...').
SPEAKER_HEADS = PERSON_NOUNS | OFFICIAL_WORDS | GOVERNMENT_WORDS | SPOKES_WORDS | DOCUMENT_HEADS | {
    "people", "experts", "critics", "residents", "workers", "leader", "leaders", "chief", "source", "sources",
    "camp", "editorial"}  # ('Acme camp: ...', 'IG report: ...', 'Gazette editorial: ...')


def headline_label(toks: list[Tok]) -> Found | None:
    """A headline of the form 'Speaker: what they said' ('Mayor Ruiz: Bridge will reopen in May',
    'Ruiz to council: Budget is short'). Only for a document's first line; the words before the
    colon must be a short name or noun phrase, with no verb, and a claim must follow."""
    k = next((x for x in range(min(len(toks), 10)) if toks[x].low == ":"), None)
    if k is None or k == 0 or not toks[0].cap or toks[0].quoted:
        return None
    if sum(1 for t in toks[k + 1:] if t.low[:1].isalpha()) < 4 or (k + 1 < len(toks) and toks[k + 1].low in {
            "what", "how", "why", "who", "when", "where", "which"}):
        return None  # 'Hale: Survive to Ohio', 'Budget vote: what you need to know': a tease, not a claim
    end = k
    for x in range(1, k):
        if toks[x].low in HEADLINE_LABEL_CUT and (not toks[x].cap or toks[x - 1].cap):
            end = x  # ('Roe To Tenants: ...': Title Case capitalises the preposition too)
            break
    for x in range(0, end):
        t = toks[x]
        if t.quoted or t.low in VERB_FORMS or t.low in AUX or t.low in COLON_NOT_SPEAKER or t.low in DETERMINERS \
                or not (t.low[:1].isalnum() or t.low in {".", "-", "’s", "'s"}):
            return None
    if end - 0 > 6:
        return None
    head = toks[end - 1]
    if not head.cap and head.low.isalpha() and not agent_noun(head.low) and head.low not in SPEAKER_HEADS:
        return None  # 'Granite Mills layoffs: 300 jobs to go', 'Budget vote: ...': a topic, not who speaks
    return Found((k, k + 1), (0, end), "SPEAKER-LABEL: headline speaker + colon", 0.6)


def dash_credit(toks: list[Tok]) -> Found | None:
    """'― Jane Roe' after a quotation: a dash and a name closing the quote."""
    if len(toks) < 2 or toks[0].low not in {"―", "—", "–", "-", "--"}:
        return None
    e = 1
    while e < len(toks) and e < 8 and (toks[e].cap or toks[e].low == "."):
        e += 1
    if e == 1 or (e < len(toks) and toks[e].low not in {",", "."}):
        return None
    return Found((0, 1), (1, e), "DASH-CREDIT: quotation signed with a name", 0.7)


def dash_label(toks: list[Tok], i: int) -> Found | None:
    """'Turnout rose - Jane Roe: "..."', 'Polls agree - More from Roe: "..."': in a digest, a dash closes
    the item's heading and a short capitalised name with a colon introduces the quotation that follows.
    The colon is the cue, the name the source."""
    n = len(toks)
    k = i + 1
    if k + 1 < n and toks[k].low == "more" and toks[k + 1].low == "from":
        k += 2  # 'More from Roe:': a second quotation from the same speaker
    s = k
    while k < n and k - s < 6 and not toks[k].quoted and (toks[k].cap or toks[k].low in {".", "and"}):
        k += 1
    if k == s or k + 1 >= n or toks[k].low != ":" or not toks[s].cap or toks[k - 1].low == "and" \
            or toks[k + 1].low not in QUOTES_OPEN and toks[k + 1].low not in QUOTE_TOGGLE:
        return None
    if any(toks[x].low in COLON_NOT_SPEAKER or toks[x].low in DETERMINERS for x in range(s, k)):
        return None
    return Found((k, k + 1), (s, k), "SPEAKER-LABEL: dash + name + colon before a quotation", 0.6)


# Openings that hand the quotation after a colon to the speaker named next ('More from Roe:',
# 'From the report:', "Here's Roe:").
INTRO_HANDOFF = {("more", "from"), ("from",), ("here's",), ("here’s",), ("here", "is")}
INTRO_FIRST = frozenset(words[0] for words in INTRO_HANDOFF)


def intro_label(toks: list[Tok], s: int) -> Found | None:
    """'More from Roe: "..."', 'From the report: "..."', "Here's Roe in 2019: "..."": a short opening
    that names a speaker, then a colon and a quotation. The colon is the cue; the speaker is the
    noun phrase after the opening, up to a preposition ('Roe in 2019' is Roe)."""
    n = len(toks)
    if s >= n or toks[s].low not in INTRO_FIRST:
        return None  # (most sentences: one set lookup instead of trying every opening)
    for words in INTRO_HANDOFF:
        if s + len(words) < n and all(toks[s + x].low == w for x, w in enumerate(words)):
            a = s + len(words)
            break
    else:
        return None
    k = a
    while k < n and k - a < 6 and toks[k].low != ":":
        t = toks[k]
        if t.quoted or t.low in VERB_FORMS or t.low in AUX or not (t.low[:1].isalnum() or t.low in {".", "’s", "'s"}):
            return None
        k += 1
    if k + 1 >= n or k == a or toks[k].low != ":" or (toks[k + 1].low not in QUOTES_OPEN
                                                       and toks[k + 1].low not in QUOTE_TOGGLE):
        return None
    end = next((x for x in range(a + 1, k) if toks[x].low in NP_PREPOSITIONS and toks[x].low != "of"), k)
    if not toks[a].cap and toks[a].low not in DETERMINERS:
        return None
    return Found((k, k + 1), (a, end), "SPEAKER-LABEL: opening + speaker + colon before a quotation", 0.6)


def quote_signature(toks: list[Tok]) -> Found | None:
    """'... we urge you to act.\nJane Roe, Acme Institute."': a quoted letter or statement closes with
    its signer's name and affiliation. The closing quotation mark is the cue, the signature the source."""
    n = len(toks)
    if n < 5 or n > 16 or toks[-1].low not in QUOTE_TOGGLE and toks[-1].low not in QUOTES_CLOSE \
            or toks[-2].low != "." or not toks[0].quoted or not toks[0].cap:
        return None
    k = 0
    while k < 4 and toks[k].cap:
        k += 1
    if k < 2 or toks[k].low != ",":
        return None  # a signer's full name, then a comma before the affiliation
    for t in toks[k + 1:n - 2]:
        if not t.quoted or t.low in VERB_FORMS or t.low in AUX or not (t.cap or t.low in SIGNATURE_GLUE):
            return None
    return Found((n - 1, n), (0, n - 2), "SIGNATURE: signer closing a quotation", 0.55)


# Lower-case words inside an affiliation ('Center for Tax Policy', 'deputy of the Acme Institute').
SIGNATURE_GLUE = {"for", "of", "and", "the", "on", "&", "at", "in"}


POLL_HEADS = {"poll", "polls", "survey", "surveys", "polling"}


def in_poll(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """'(leads) in a poll released Monday', 'in one of the first surveys': the poll is the source."""
    for x in range(i + 1, min(len(toks), i + 13)):  # ('in the latest Acme News/Harbor Gazette poll')
        if toks[x].low in POLL_HEADS:
            break
    else:
        return None  # cheap test first: 'in' is frequent, polls are not
    by = _poll_by(toks, i + 1)
    if by is not None:
        return by
    src = right_np(toks, i + 1)
    if src is None:
        return None
    for x in range(src[0], src[1]):
        low = toks[x].low
        if low in POLL_HEADS:
            break
        if (low in NP_PREPOSITIONS and low != "of") or (low.endswith("ed") and x > src[0]):
            return None
    else:
        return None
    if toks[src[0]].low in {"the"} and src[1] - src[0] == 2:
        return None  # 'in the polls': the race in general, no particular poll
    # One named poll ('in a Quinnipiac University poll', 'in the latest Marist survey'), not polling
    # in general ('in national polls', 'in a similar survey').
    head = next(x for x in range(src[0], src[1]) if toks[x].low in POLL_HEADS)
    named = any(toks[x].cap for x in range(src[0] + 1, head)) or any(
        toks[x].low.endswith("ed") or toks[x].low in IRREGULAR_PP for x in range(head + 1, src[1]))
    if toks[head].low not in {"poll", "survey"} or toks[src[0]].low not in {"a", "an", "the", "this", "that"} \
            or not named:
        return None
    return _with_fieldwork_aside(toks, src)


POLL_FIELDWORK = {"conducted", "taken", "released", "published", "carried"}


def _poll_by(toks: list[Tok], s: int) -> tuple[int, int] | None:
    """'In a poll conducted by Acme and the Gazette, ...': a poll named by who took it, up to the comma
    that closes the opening phrase (the general reader stops at the participle)."""
    n = len(toks)
    if s + 4 >= n or toks[s].low not in {"a", "an", "the"}:
        return None
    head = s + 1
    while head < n and head - s <= 3 and toks[head].low not in {"poll", "survey"}:
        if toks[head].quoted or not toks[head].low[:1].isalnum():
            return None
        head += 1
    if head + 3 >= n or toks[head].low not in {"poll", "survey"} or toks[head + 1].low not in POLL_FIELDWORK \
            or toks[head + 2].low != "by":
        return None
    for x in range(head + 3, min(n, head + 14)):
        if toks[x].low == ",":
            return (s, x) if x > head + 3 else None
        if toks[x].quoted or toks[x].low in {".", ";", ":", "that", "which", "who"}:
            return None
    return None


def _with_fieldwork_aside(toks: list[Tok], src: tuple[int, int]) -> tuple[int, int]:
    """'the spring Acme poll, conducted in early May, ...': the aside that says when or by whom the poll
    was taken belongs to the poll's name."""
    e = src[1]
    if e + 2 >= len(toks) or toks[e].low != "," or toks[e + 1].low not in POLL_FIELDWORK:
        return src
    for x in range(e + 2, min(len(toks), e + 12)):
        if toks[x].low == ",":
            return src[0], x
        if toks[x].quoted or toks[x].low in {".", ";", ":", "and", "but", "that", "which", "who"}:
            break
    return src


def perspective_to(toks: list[Tok]) -> Found | None:
    """'To Jane Roe, the plan is a gift to landlords.': a sentence that opens with 'To' and a named
    person reports how that person sees it; 'To' is the cue and the name the source. Only a
    capitalised name counts ('To date, ...', 'To a person, ...', 'To the shock of ...' are no view)."""
    if len(toks) < 5 or toks[0].low != "to" or not toks[0].cap or not toks[1].cap or toks[1].quoted \
            or toks[1].low in AUX or toks[1].low in VERB_FORMS or looks_like_headline(toks):
        return None  # 'To Be Sure, ...', 'To Protect Tenants, Council Passes Levy': a purpose, not a person
    src = right_np(toks, 1, tail="closed")
    if src is None or src[1] + 1 >= len(toks) or toks[src[1]].low != ",":
        return None
    head_end = next((x for x in range(src[0], src[1]) if toks[x].low == ","), src[1])
    if not name_like(toks, 1, head_end) and not name_like(toks, head_end - 1, head_end):
        return None
    nxt = toks[src[1] + 1]
    if nxt.quoted or nxt.low in {"and", "or", "but"}:
        return None  # the view must be a clause of its own
    return Found((0, 1), src, "PERSPECTIVE: to + named person", 0.55)


def nominal_cue(toks: list[Tok], i: int) -> Found | None:
    """A speech-act noun owned by its speaker, followed by what was said: "the mayor's claim that
    ...", "his comments about ...", "her calls for ...". Cue is the noun, source the owner."""
    low = toks[i].low
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if nxt is None:
        return None
    cue_end = i + 1
    if low in {"call", "calls"}:
        after = toks[i + 2] if i + 2 < n else None
        if nxt.low == "to" and after is not None and after.low.isalpha() and not after.cap and not after.quoted \
                and after.low not in DETERMINERS:
            pass  # 'his call to scrap the levy': the infinitive is what was called for ('a call to the mayor' is by phone)
        elif nxt.low != "for":
            return None
        else:
            cue_end = i + 2
    elif not (nxt.low in NOMINAL_COMPLEMENT or (nxt.quoted and toks[i].low not in {"charge", "charges"})):
        return None
    # Up to two adjectives between owner and noun: 'his repeated calls for', "Roe's latest claim that".
    j = i - 1
    while j >= 0 and i - j <= 2 and (toks[j].low in NOMINAL_MODIFIERS
                                     or (toks[j].low.endswith(("ed", "est")) and toks[j].low not in VERB_FORMS)):
        j -= 1
    if j < 0:
        return None
    owner = toks[j]
    if owner.quoted:
        return None
    if owner.low in POSSESSIVE_PRONOUNS:
        return Found((i, cue_end), (j, j + 1), "NOMINAL: possessive + speech-act noun", 0.6)
    if owner.cap and owner.low.endswith(("'s", "’s")):
        s = j
        while s > 0 and (toks[s - 1].cap or toks[s - 1].low in {".", "-"}) and not toks[s - 1].quoted \
                and j - s < 5 and toks[s - 1].low not in INTRO_WORDS:
            s -= 1
        if s > 0 and toks[s - 1].low in {"the", "a", "an"}:
            return None  # "the Times's report": an outlet's article, a different construction
        while s < j and toks[s].low in {".", "-"}:
            s += 1
        return Found((i, cue_end), (s, j + 1), "NOMINAL: owner's speech-act noun", 0.65)
    if owner.low.endswith(("'s", "’s")) and j > 0 and toks[j - 1].low in {"the", "this", "that"}:
        return Found((i, cue_end), (j - 1, j + 1), "NOMINAL: owner's speech-act noun", 0.6)  # "the mayor's claim"
    return None


# Documents a source issues, and the verbs for issuing them ('released a report stating that ...').
CHANNEL_NOUNS = {"statement", "release", "report", "study", "letter", "email", "e-mail", "memo", "video", "ad",
                 "post", "tweet", "note", "filing", "cover", "message", "notice", "analysis", "survey", "paper",
                 "op-ed", "editorial", "column", "blog", "advertisement", "commercial", "transcript", "brief",
                 "complaint", "lawsuit", "motion", "ruling", "order", "document", "documents", "reports", "letters",
                 "emails", "statements", "tweets", "posts", "messages", "data", "figures", "records"}
ISSUING_VERBS = {"issue", "release", "put", "send", "publish", "post", "file", "write", "tweet", "run", "air",
                 "distribute", "circulate", "unveil", "produce", "present", "submit", "share", "launch", "do", "make"}
CHANNEL_CUE_WORDS = {"saying", "stating", "claiming", "arguing", "warning", "noting", "calling", "asserting",
                     "alleging", "accusing", "declaring", "announcing", "explaining", "urging", "suggesting",
                     "showing", "concluding", "finding", "that", "which",
                     # what the document does with its words ('a memo titled ...', 'a report detailing ...')
                     "titled", "entitled", "detailing", "highlighting", "outlining", "describing",
                     "criticizing", "criticising", "attacking", "praising", "questioning", "defending", "touting",
                     "blasting", "slamming", "blaming", "demanding", "denouncing", "condemning", "mocking"}


def issued_document(toks: list[Tok], i: int) -> tuple[int, int, int] | None:
    """'issued a statement saying', 'released a report stating that', 'put out a video that said':
    (verb index, channel noun index, end of cue) when toks[i] is the participle or relative that
    introduces what the document says; the subject of the verb is the source."""
    n = len(toks)
    low = toks[i].low
    end = i + 1
    if low in {"that", "which"}:
        if i + 1 >= n or toks[i + 1].low not in {"said", "says", "stated", "states", "read", "reads", "claimed",
                                                 "warned", "argued", "called", "showed", "shows", "found"}:
            return None
        end = i + 2
    elif low not in CHANNEL_CUE_WORDS:
        return None
    k = i - 1
    while k > 0 and toks[k].low in {",", "thursday", "friday", "monday", "tuesday", "wednesday", "saturday",
                                     "sunday", "today", "yesterday", "late", "earlier", "later", "on", "last",
                                     "week", "night", "morning", "afternoon", "evening"}:
        k -= 1
    if k <= 0 or toks[k].low not in CHANNEL_NOUNS:
        return None
    noun = k
    j = k - 1
    while j > 0 and noun - j <= 5 and toks[j].low not in ISSUING_FORMS and not toks[j].quoted:
        if toks[j].low in {",", ".", ";", "and", "but", "that", "which", "who"}:
            return None
        j -= 1
    if j <= 0 or toks[j].low not in ISSUING_FORMS:
        return None
    verb = j
    if toks[verb].low in {"put", "puts", "putting", "send", "sent", "sends", "sending"} and toks[verb + 1].low != "out":
        if toks[verb].low.startswith("put"):
            return None
    return verb, noun, end


def _issuing_forms() -> frozenset[str]:
    out: set[str] = set()
    for lemma in ISSUING_VERBS:
        out.update((lemma, *inflections(lemma)))
    out.update({"issued", "released", "sent", "put", "wrote", "ran", "did", "made", "written", "done"})
    return frozenset(out)


ISSUING_FORMS = _issuing_forms()


# Light verbs with a speech-act noun: 'made clear', 'made the case', 'raised concerns', 'voiced
# support', 'offered praise', 'took aim at'. The noun carries the speech act.
LIGHT_VERBS = {"make", "raise", "issue", "voice", "offer", "give", "deliver", "lodge", "level", "pose", "sound",
               "take", "file", "register", "air", "renew", "extend", "trade"}
# What two sides trade in words ('traded accusations', 'trade blame'): 'trade' takes only these.
TRADE_NOUNS = {"blame", "accusations", "barbs", "insults", "jabs", "charges", "threats", "words", "criticism"}
SPEECH_NOUNS = {"case", "point", "argument", "arguments", "claim", "claims", "comment", "comments", "remark",
                "remarks", "statement", "statements", "speech", "address", "warning", "warnings", "plea", "pitch",
                "promise", "promises", "pledge", "vow", "threat", "threats", "concern", "concerns", "question",
                "questions", "objection", "objections", "complaint", "complaints", "criticism", "criticisms",
                "praise", "support", "opposition", "accusation", "accusations", "allegation", "allegations",
                "call", "appeal", "request", "demand", "demands", "prediction", "assessment", "suggestion",
                "announcement", "apology", "condolences", "congratulations", "endorsement", "defense", "defence",
                "rebuke", "denial", "doubts", "doubt", "alarm", "aim", "issue", "credit", "shots", "swipe",
                "swipes", "jab", "jabs", "note", "interview", "interviews", "testimony", "assurance", "assurances"}
NO_NOUN_LIGHT = {"clear", "plain", "known", "public"}  # 'made clear', 'made it clear', 'made known'
ARTICLE_OR_MODIFIER = {"a", "an", "the", "his", "her", "their", "its", "no", "it", "some", "several", "new",
                       "renewed", "similar", "strong", "sharp", "serious", "passionate", "impassioned",
                       "forceful", "fresh", "public", "rare", "full-throated", "vigorous", "emotional", "lengthy",
                       "brief", "formal", "firm", "repeated", "many", "further", "more", "also", "same"}


def _light_forms() -> dict[str, str]:
    out = {}
    for lemma in LIGHT_VERBS:
        for form in (lemma, *inflections(lemma)):
            out[form] = lemma
    out.update({"made": "make", "gave": "give", "given": "give", "took": "take", "taken": "take"})
    return out


LIGHT_FORMS = _light_forms()


def light_verb_cue(toks: list[Tok], i: int) -> int | None:
    """End of a light-verb cue starting at toks[i] ('made the case', 'raised concerns about', 'made
    it clear that', 'took aim at'); None when no speech-act noun follows within a few words."""
    n = len(toks)
    lemma = LIGHT_FORMS.get(toks[i].low)
    if lemma is None:
        return None
    j = i + 1
    while j < n and j - i <= 4 and (toks[j].low in ARTICLE_OR_MODIFIER or toks[j].low.endswith("ly")):
        if lemma == "make" and toks[j].low == "it" and j + 1 < n and toks[j + 1].low in NO_NOUN_LIGHT:
            return j + 2
        j += 1
    if j >= n:
        return None
    low = toks[j].low
    if lemma == "make" and low in NO_NOUN_LIGHT:
        return j + 1
    if lemma == "make" and low == "secret" and toks[j - 1].low == "no" and j + 1 < n and toks[j + 1].low == "of":
        return j + 2  # 'made no secret of his doubts': openly stated them
    if lemma == "trade" and (low not in TRADE_NOUNS or j != i + 1):
        return None  # ('traded goods', 'trade the stock')
    if lemma != "trade" and (low not in SPEECH_NOUNS or (
            low in {"aim", "issue", "credit", "shots", "swipe", "swipes", "jab", "jabs"} and lemma != "take")):
        return None
    if lemma == "take" and low not in {"aim", "issue", "credit", "shots", "swipe", "swipes", "jab", "jabs"}:
        return None
    end = j + 1
    if lemma in {"make", "give", "deliver"} and low in EVENT_NOUNS and not (
            end < n and (toks[end].low in {"about", "that", ":", "on", "of", "to", "against", "regarding"}
                         or toks[end].quoted or VERB_FORMS.get(toks[end].low, ("", ""))[1] == "ger"
                         or (end + 1 < n and toks[end + 1].low == "of"))) \
            and not any(toks[x].low in {"similar", "same"} for x in range(i + 1, j)):
        return None  # 'made his remarks during a breakfast', 'gave a speech in Ames': the event, not a claim
    if end < n and toks[end].low in {"about", "of", "for", "at", "on", "with", "over", "against", "that"} \
            and not (end + 1 < n and toks[end + 1].low in WEEKDAYS):
        end += 1  # ('made the case to voters': 'to' names the audience; 'on Monday' dates it)
    return end


# Speech-act nouns that also name the occasion ('made his remarks at a breakfast'): a cue only
# when what was said or its topic follows.
EVENT_NOUNS = {"remarks", "remark", "comments", "comment", "statement", "speech", "address", "interview",
               "interviews", "testimony", "announcement"}
