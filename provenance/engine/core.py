"""tag(text) -> Document: segmentation, attribution, quote continuation, resolution, status."""

from __future__ import annotations

import re
from typing import Protocol

from .attribution import Found, Tok, find, tokenize
from .model import Attribution, CueSpan, Document, Segment, SourceSpan
from .segment import VERIFY_NOTE, segment
from .sources import Resolver, classify

ENGINE_VERSION = "2026.3"
_WORD = re.compile(r"[^\W\d_]+")
SPECIFIC = {"news_outlet", "anonymous", "official", "government", "person", "document", "social_media"}


def _span_text(text: str, toks: list[Tok], span: tuple[int, int]) -> tuple[int, int, str]:
    s, e = toks[span[0]].start, toks[span[1] - 1].end
    return s, e, text[s:e]


def _quote_only(toks: list[Tok]) -> bool:
    """The sentence is (almost) entirely quoted speech: a candidate for quote continuation."""
    words = [t for t in toks if t.low[:1].isalnum()]
    return bool(words) and sum(t.quoted for t in words) >= 0.8 * len(words)


class Refiner(Protocol):
    """A learned model (provenance.engine.learned.LearnedModel) as tag() sees it."""

    def refine(self, text: str, document: Document) -> Document: ...


def tag(text: str, model: Refiner | None = None) -> Document:
    """Tag one article. Offsets are indices into ``text``; no state is kept between calls.

    With a model (``provenance.engine.learned.load_model``), the model refines the rules' output.
    """
    if not isinstance(text, str):
        raise TypeError("tag() expects str")
    resolver = Resolver()
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
    for rs in raw:
        if rs.paragraph != paragraph:
            last_quote_attr = _carry_over(cross, own, carry, paragraph, last_quote_attr)
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
        found = find(toks)
        for f in found:
            seg.attributions.append(_build(text, toks, f, resolver))
        if seg.attributions and any(a.role == "source" for a in seg.attributions):
            own = True
            if _has_quote(toks):
                last_quote_attr = (paragraph, seg.attributions)
                for waiting in pending_quotes:
                    waiting.attributions = [_continued(a) for a in seg.attributions if a.role == "source"]
                pending_quotes = []
            else:
                pending_quotes = []
        elif _quote_only(toks) and rs.kind == "claim":
            if carry and not own and (cross or _opens_quote(toks)):
                cross.append(seg)
            if started_quoted and last_quote_attr and last_quote_attr[0] == paragraph:
                seg.attributions = [_continued(a) for a in last_quote_attr[1] if a.role == "source"]
            elif quoted or started_quoted:
                pending_quotes.append(seg)
            elif last_quote_attr and last_quote_attr[0] == paragraph:
                seg.attributions = [_continued(a) for a in last_quote_attr[1] if a.role == "source"]
        # Innermost first: sources before the relays that passed them on.
        seg.attributions.sort(key=lambda a: a.role == "relay")
    _carry_over(cross, own, carry, paragraph, last_quote_attr)
    _notes_and_flags(text, segments)
    for seg in segments:
        seg.status = _status(seg)
    document = Document(ENGINE_VERSION, segments)
    return model.refine(text, document) if model is not None else document


def _opens_quote(toks: list[Tok]) -> bool:
    return bool(toks) and toks[0].low in {"“", '"', "``", "«"}


def _carry_over(cross: list[Segment], own: bool, carry: list[Attribution], paragraph: int,
                last: tuple[int, list[Attribution]] | None) -> tuple[int, list[Attribution]] | None:
    """Attribute a finished paragraph's quote-only segments to the previous paragraph's speaker."""
    if own or not cross or not carry:
        return last
    continued = [_continued(a) for a in carry if a.role == "source"]
    for seg in cross:
        if not seg.attributions:
            seg.attributions = [Attribution(a.source, a.cue, a.role, a.confidence, a.reason) for a in continued]
    return (paragraph, carry)


def _has_quote(toks: list[Tok]) -> bool:
    return any(t.quoted for t in toks)


def _continued(a: Attribution) -> Attribution:
    return Attribution(a.source, a.cue, a.role, round(a.confidence * 0.85, 2),
                       "QUOTE-CONTINUATION: " + a.reason.split(":")[0])


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
            ante = _antecedent(toks, k - 1)
            if ante:
                _, _, atext = _span_text(text, toks, ante)
                canonical, typ = resolver.resolve(atext, classify(atext))
                return Attribution(SourceSpan(ss, se, stext, typ, canonical), cue, f.role, f.confidence,
                                   f.rule + "; relative pronoun resolved")
    if typ == "unspecified" and _statement_channel(toks, f.cue[1]):
        typ = "official"  # 'the utility said in a press release': an organisation speaking for itself
    canonical, typ = resolver.resolve(stext, typ)
    return Attribution(SourceSpan(ss, se, stext, typ, canonical), cue, f.role, f.confidence, f.rule)


def _statement_channel(toks: list[Tok], k: int) -> bool:
    """'in a (written) statement', 'in a press release' right after the cue."""
    if k + 2 >= len(toks) or toks[k].low != "in":
        return False
    for x in range(k + 1, min(len(toks), k + 5)):
        if toks[x].low in {"statement", "release", "announcement", "filing"}:
            return True
    return False


def _antecedent(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The name or short noun phrase ending right before token k (for 'X, who said')."""
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
    return (j, k) if j < k else None


VERIFY_OBJECT_SKIP = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "of",
                      "account", "accounts", "claim", "claims", "report", "reports", "figures", "details",
                      "statement", "statements", "allegation", "allegations", "information", "video", "footage",
                      "authenticity", "independently", "verify", "confirm", "could", "not", "cannot", "we",
                      "former", "current", "by", "from", "about", "made", "given", "said", "immediately"}


def _object_words(note: str) -> set[str]:
    """Content words after 'verify'/'confirm' in a note ('the account of the former engineer' -> engineer)."""
    m = VERIFY_NOTE.search(note)
    tail = note[m.end():] if m else ""
    out = set()
    for w in _WORD.findall(tail.lower()):
        if w in VERIFY_OBJECT_SKIP or len(w) < 3:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def _notes_and_flags(text: str, segments: list[Segment]) -> None:
    for idx, seg in enumerate(segments):
        if seg.kind != "note" or not VERIFY_NOTE.search(text[seg.start:seg.end]):
            continue
        # A verification note covers the claims whose source it names ('the account of the
        # former engineer'); failing that, the claim just before it.
        wanted = _object_words(text[seg.start:seg.end])
        covered = []
        if wanted:
            for prev in segments[:idx]:
                if prev.kind != "claim":
                    continue
                for a in prev.attributions:
                    if a.source is None:
                        continue
                    names = {w[:-1] if w.endswith("s") and len(w) > 4 else w
                             for w in _WORD.findall((a.source.text + " " + a.source.canonical).lower())}
                    if wanted & names:
                        covered.append(prev)
                        break
        if not covered:
            covered = [prev for prev in segments[max(0, idx - 3):idx] if prev.kind == "claim"][-1:]
        for prev in covered:
            if "not_independently_verified" not in prev.flags:
                prev.flags.append("not_independently_verified")


def _status(seg: Segment) -> str:
    sources = [a for a in seg.attributions if a.role == "source"]
    if any(a.source is not None and a.source.type in SPECIFIC for a in sources):
        return "attributed"
    if seg.attributions:
        return "hedged"
    return "unattributed"
