"""tag(text) -> Document: the pipeline that runs every rule family over an article.

Segmentation (``segment``), attribution proposals (``rules``), typing (``source_types``),
resolution (``resolution``), quote continuation (``quotes``), Q&A answers (``interview``), note scope
(``notes``), and the segment's status.
"""

from __future__ import annotations

from typing import Protocol

from . import gazetteer
from .cue_lexicon import VERB_FORMS
from .interview import answer_attribution, interviewee, is_answer
from .lexicon import CLAUSE_WORDS, DETERMINERS, NP_PREPOSITIONS, ORG_NAME_WORDS, VERB_ONLY_FORMS
from .model import Attribution, CueSpan, Document, Segment, SourceSpan
from .notes import apply_note_flags
from .noun_phrases import antecedent
from .quotes import carry_over, continued_from, has_quote, opens_quote, quote_only
from .resolution import Resolver
from .rules import Found, find
from .segment import segment
from .source_types import classify
from .tokens import Tok, tokenize

ENGINE_VERSION = "2026.15"

SPECIFIC = {"news_outlet", "anonymous", "official", "government", "person", "document", "social_media"}


def _span_text(text: str, toks: list[Tok], span: tuple[int, int]) -> tuple[int, int, str]:
    s, e = toks[span[0]].start, toks[span[1] - 1].end
    return s, e, text[s:e]


class Refiner(Protocol):
    """A learned model (provenance.engine.learned.LearnedModel) as tag() sees it."""

    def refine(self, text: str, document: Document) -> Document: ...


def tag(text: str, model: Refiner | None = None) -> Document:
    """Tag one article. Offsets are indices into ``text``; no state is kept between calls.

    With a model (``provenance.engine.learned.load_model``), the model refines the rules' output.
    """
    if not isinstance(text, str):
        raise TypeError("tag() expects str")
    resolver = Resolver(text)
    segments: list[Segment] = []
    quoted = False
    paragraph = -1
    last_quote_attr: tuple[int, list[Attribution]] | None = None  # (paragraph, attributions)
    pending_quotes: list[Segment] = []  # quote-only segments waiting for an attribution later in the quote
    # A paragraph of nothing but quotation right after a paragraph that quoted someone continues
    # that quote (news style: the speaker is named once, the quote runs on over paragraphs).
    carry: list[Attribution] = []  # the previous paragraph's quote attributions
    cross: list[Segment] = []  # this paragraph's quote-only segments, so far unattributed
    own = False  # this paragraph attributes something itself
    raw = segment(text)
    qa = interviewee(text)  # a Q&A article's interviewee (None for almost every article)
    answering: tuple[int, Attribution] | None = None  # (paragraph, the answer label's attribution)
    first_line = True  # the first line that is not page furniture: a headline, perhaps
    for rs in raw:
        if rs.paragraph != paragraph:
            _left_pending(pending_quotes, paragraph, last_quote_attr)
            last_quote_attr = carry_over(cross, own, carry, paragraph, last_quote_attr)
            carry = last_quote_attr[1] if last_quote_attr and last_quote_attr[0] == paragraph else []
            cross, own = [], False
            paragraph = rs.paragraph
            quoted = False
            pending_quotes = []
        seg = Segment(rs.start, rs.end, rs.kind)
        segments.append(seg)
        if rs.kind == "boilerplate":
            continue
        started_quoted = quoted
        toks, quoted = tokenize(text, rs.start, rs.end, quoted)
        # No token is inside a quotation unless the sentence starts inside one or has a quotation mark:
        # a few substring tests on the text spare a pass over its tokens (most sentences quote nobody).
        quoting = started_quoted or _has_quote_mark(text[rs.start:rs.end])
        found = find(toks, first_line=first_line and _whole_line(text, rs.start, rs.end))
        if found and found[0].rule.startswith("DASH-CREDIT") and not _after_quotation(text, rs.start):
            # '- Jane Roe.' signs a quotation only right after one; after plain prose it is the
            # writer's own byline under an item, not a speaker.
            found = found[1:]
        first_line = False
        if len(found) > 1 and any(f.role == "relay" for f in found):
            # The outlet that passed a claim on is recorded before its source, so a later 'they' or 'she'
            # finds the speaker ('Roe told the Ledger ... She said'), not the newsroom.
            found = sorted(found, key=lambda f: f.role != "relay")
        for f in found:
            _verb_before_cue_noun(toks, f)
            seg.attributions.append(_build(text, toks, f, resolver))
        if qa is not None:
            if is_answer(text, rs.start):
                answer = answer_attribution(text, rs.start, qa)
                seg.attributions.insert(0, answer)
                answering = (paragraph, answer)
            elif answering is not None and answering[0] == paragraph and not seg.attributions \
                    and rs.kind == "claim":
                seg.attributions = [continued_from(answering[1])]  # the answer goes on in its paragraph
        if seg.attributions and (seg.attributions[0].role == "source"  # (the usual first: no generator then)
                                 or any(a.role == "source" for a in seg.attributions)):
            own = True
            if quoting and has_quote(toks):
                last_quote_attr = (paragraph, seg.attributions)
                for waiting in pending_quotes:
                    waiting.attributions = [continued_from(a) for a in seg.attributions if a.role == "source"]
                pending_quotes = []
            else:
                pending_quotes = []
        elif quoting and quote_only(toks) and rs.kind == "claim":
            if carry and not own and (cross or opens_quote(toks)):
                cross.append(seg)
            if started_quoted and last_quote_attr and last_quote_attr[0] == paragraph:
                seg.attributions = [continued_from(a) for a in last_quote_attr[1] if a.role == "source"]
            elif quoted or started_quoted:
                pending_quotes.append(seg)
            elif last_quote_attr and last_quote_attr[0] == paragraph:
                seg.attributions = [continued_from(a) for a in last_quote_attr[1] if a.role == "source"]
        # Innermost first: sources before the relays that passed them on.
        if len(seg.attributions) > 1:
            seg.attributions.sort(key=lambda a: a.role == "relay")
    _left_pending(pending_quotes, paragraph, last_quote_attr)
    carry_over(cross, own, carry, paragraph, last_quote_attr)
    apply_note_flags(text, segments)
    for seg in segments:
        seg.status = _status(seg)
    document = Document(ENGINE_VERSION, segments)
    return model.refine(text, document) if model is not None else document


def _has_quote_mark(span: str) -> bool:
    """Does the span hold a character or pair that tokenize() reads as a quotation mark (QUOTE_KIND)?"""
    return '"' in span or "“" in span or "”" in span or "''" in span or "``" in span or "«" in span or "»" in span


def _left_pending(pending: list[Segment], paragraph: int,
                  last_quote_attr: tuple[int, list[Attribution]] | None) -> None:
    """Quote-only sentences still waiting when their paragraph ends: no attribution came later in the
    quotation, so the speaker quoted earlier in the same paragraph goes on ('"...," said Roe. "If the
    ferry goes, the school goes.' with the quotation running on into the next paragraph)."""
    if pending and last_quote_attr and last_quote_attr[0] == paragraph:
        for waiting in pending:
            if not waiting.attributions:
                waiting.attributions = [continued_from(a) for a in last_quote_attr[1] if a.role == "source"]


def _whole_line(text: str, start: int, end: int) -> bool:
    """The segment is a line of its own with the story after it, as a headline is."""
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return after >= 0 and not text[before + 1:start].strip() and not text[end:after].strip() \
        and bool(text[after:].strip())


# Words before a restrictive 'who' that stand for no one in particular ('those who say', 'anyone who
# believes'): the relative pronoun keeps its own text as its name.
_NO_ANTECEDENT = frozenset({"those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "one",
                            "ones", "people", "all", "many", "some", "few", "others", "whoever", "them", "us",
                            "you", "he", "she", "they", "we", "it", "and", "or", "but", "than", "of"})


def _noun_modifiers_before(toks: list[Tok], s: int) -> int:
    """Start of the noun phrase whose head is toks[s], taking up to two plain lower-case modifiers and an
    article before them ('a lawsuit by warehouse workers who' -> 'warehouse workers'); a verb, a
    preposition or a clause word ends it ('sided with tenants who' -> 'tenants')."""
    j = s
    while j > 0 and s - j < 2:
        t = toks[j - 1]
        low = t.low
        if t.cap or t.quoted or not low.isalpha() or low in DETERMINERS or low in NP_PREPOSITIONS \
                or low in CLAUSE_WORDS or low in VERB_ONLY_FORMS or low in VERB_FORMS or low.endswith(("ed", "ing", "ly")):
            break
        j -= 1
    if j > 0 and toks[j - 1].low in {"the", "a", "an"}:
        j -= 1
    return j


def _build(text: str, toks: list[Tok], f: Found, resolver: Resolver) -> Attribution:
    cs, ce, ctext = _span_text(text, toks, f.cue)
    cue = CueSpan(cs, ce, ctext)
    if f.source is None:
        return Attribution(None, cue, f.role, f.confidence, f.rule)
    ss, se, stext = _span_text(text, toks, f.source)
    typ = classify(stext)
    low = stext.lower()
    if low in {"who", "which"}:
        # A relative pronoun refers to the noun phrase before its comma.
        k = f.source[0]
        if k > 0 and toks[k - 1].low == ",":
            ante = antecedent(toks, k - 1)
            if ante:
                _, _, atext = _span_text(text, toks, ante)
                last = resolver.history[-1] if resolver.history else None
                if last is not None and (last.surface == atext or last.surface.endswith(", " + atext)):
                    # 'said Ravi Menon, an analyst at Harlow Securities, who estimated': the appositive
                    # is the source just named, so 'who' is Menon, not the analyst's firm (and 'reported
                    # by TechLedger, which said' is the outlet as it was just typed).
                    canonical, typ = last.canonical, last.type
                else:
                    canonical, typ = resolver.resolve(atext, classify(atext))
                return Attribution(SourceSpan(ss, se, stext, typ, canonical), cue, f.role, f.confidence,
                                   f.rule + "; relative pronoun resolved")
        if low == "who" and k > 0 and toks[k - 1].low.isalpha() and not toks[k - 1].quoted \
                and toks[k - 1].low not in _NO_ANTECEDENT:
            # A restrictive 'who' has no comma: 'a lawsuit by warehouse workers who say they were not paid'
            # names the workers as the ones who say so ('those who say', 'anyone who says' name no one).
            ante = antecedent(toks, k)
            if ante and ante[1] - ante[0] == 1 and not toks[ante[0]].cap:
                ante = (_noun_modifiers_before(toks, ante[0]), ante[1])  # 'warehouse workers who say'
            if ante:
                _, _, atext = _span_text(text, toks, ante)
                canonical, typ = resolver.resolve(atext, classify(atext))
                return Attribution(SourceSpan(ss, se, stext, typ, canonical), cue, f.role, f.confidence,
                                   f.rule + "; relative pronoun resolved")
    e = f.source[1]
    if typ != "anonymous" and (_described_anonymous(toks, e) or (
            f.cue[0] == e and _described_anonymous(toks, f.cue[1]))):  # ('..., a police spokesman said, speaking ...')
        typ = "anonymous"
    elif typ in {"official", "person"} and _broke_the_story(toks, f.cue, f.source) and not gazetteer.lookup(stext) \
            and not any(toks[x].text in resolver.people for x in range(*f.source)):
        typ = "news_outlet"  # 'first reported by TechLedger': breaking a story is what news outlets do
    if typ == "person" and e + 1 < len(toks) and toks[e].low == "," and toks[e + 1].low == "which":
        typ = "official"  # "Germany's Thyssen, which sells steel in Brazil, said": 'which', not 'who'
    if typ == "unspecified" and (_statement_channel(toks, f.cue[1]) or _cue_names_statement(toks, f.cue)):
        typ = "official"  # 'the utility said in a press release': an organisation speaking for itself
    # (Whether the cue replies matters only to 'he' and 'she'; the cue is read for those alone.)
    canonical, typ = resolver.resolve(stext, typ, ss, reply=low.strip() in {"he", "she"} and _replies(toks, f.cue))
    if f.channel is not None:
        typ = _channel_type(f.channel, typ)
    return Attribution(SourceSpan(ss, se, stext, typ, canonical), cue, f.role, f.confidence, f.rule)


# Verbs of answering: who replies is not who spoke just before ('X accused Y ... She countered').
REPLY_LEMMAS = {"counter", "reply", "respond", "retort", "rebut"}


def _replies(toks: list[Tok], cue: tuple[int, int]) -> bool:
    form = VERB_FORMS.get(toks[cue[0]].low)
    return (form is not None and form[0] in REPLY_LEMMAS) or (
        cue[1] - cue[0] == 2 and toks[cue[0] + 1].low == "back")  # 'fired back', 'hit back', 'shot back'


def _verb_before_cue_noun(toks: list[Tok], f: Found) -> None:
    """'experts urge caution', 'critics voice concern': when the word ending the subject is itself a
    reporting verb and the cue right after it is a bare noun that is also a verb ('caution',
    'blame'), the verb is the cue's head and the subject stops before it. (Not an -s form: 'the
    reports show' is a plural subject and its verb.)"""
    s, e = f.source if f.source is not None else (0, 0)
    if e != f.cue[0] or e - s < 2 or f.cue[1] - f.cue[0] != 1:
        return
    verb, noun = VERB_FORMS.get(toks[e - 1].low), VERB_FORMS.get(toks[f.cue[0]].low)
    if verb is not None and noun is not None and verb[1] in {"base", "pp"} and noun[1] == "base" \
            and not toks[e - 1].cap and not toks[e - 1].quoted:
        f.cue, f.source = (e - 1, f.cue[1]), (s, e - 1)


def _broke_the_story(toks: list[Tok], cue: tuple[int, int], source: tuple[int, int]) -> bool:
    """'TechLedger first reported the deal', 'the findings were first reported by TechLedger'."""
    if cue[1] - cue[0] < 2:
        return False  # ('said', most cues: one word cannot hold both)
    words = [toks[x].low for x in range(cue[0], cue[1])]
    if "reported" not in words or "first" not in words:
        return False
    return all((toks[x].cap and toks[x].low.rstrip(".") not in ORG_NAME_WORDS) or toks[x].low == "the"
               for x in range(source[0], source[1]))  # (not 'Acme Corp. first reported a loss')


def _described_anonymous(toks: list[Tok], e: int) -> bool:
    """The description after the source's comma says it is unnamed: 'Two council members, speaking
    on condition of anonymity because ..., said'. The span stops at the head, as editors mark it,
    so the type has to come from the words it leaves out."""
    if e >= len(toks) or toks[e].low != ",":
        return False
    for x in range(e + 1, min(len(toks), e + 12)):
        low = toks[x].low
        if low in {"anonymity", "anonymously"} or (low in {"named", "identified"} and toks[x - 1].low == "be"
                                                   and toks[x - 2].low == "not"):
            return True  # ('speaking on the condition that he not be named')
        if low in {".", ";", "said", "says", "told"}:
            return False
    return False


STATEMENT_CHANNELS = {"statement", "statements", "release", "post", "posts", "tweet", "tweets", "message", "messages",
                      "email", "e-mail", "emails", "letter", "letters", "video", "ad", "advertisement", "commercial"}


def _channel_type(channel: str, typ: str) -> str:
    """Type of a source that spoke through a document: 'Acme released a report stating ...' rests
    on a document; 'the company issued a statement saying ...' is an organisation speaking for
    itself; a person or an official keeps their own type."""
    if channel in STATEMENT_CHANNELS:
        return "official" if typ == "unspecified" else typ
    if typ in {"official", "unspecified"}:
        return "document"
    return typ


def _cue_names_statement(toks: list[Tok], cue: tuple[int, int]) -> bool:
    """The cue took the channel in ('said in a statement', 'said in a press release')."""
    return any(toks[x].low in {"statement", "release"} for x in range(cue[0] + 1, cue[1]))


def _statement_channel(toks: list[Tok], k: int) -> bool:
    """'in a (written) statement', 'in a press release' right after the cue."""
    if k + 2 >= len(toks) or toks[k].low != "in":
        return False
    for x in range(k + 1, min(len(toks), k + 5)):
        if toks[x].low in {"statement", "release", "announcement", "filing"}:
            return True
    return False


def _status(seg: Segment) -> str:
    if not seg.attributions:
        return "unattributed"  # most segments: no need to look further
    for a in seg.attributions:
        if a.role == "source" and a.source is not None and a.source.type in SPECIFIC:
            return "attributed"
    return "hedged"


def _after_quotation(text: str, start: int) -> bool:
    """Does the text before ``start`` end with a closing quotation mark (spaces aside)?"""
    before = text[max(0, start - 40):start].rstrip()
    return before.endswith(('"', "”", "»", "'", "’"))
