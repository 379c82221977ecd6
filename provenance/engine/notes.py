"""Newsroom notes ("declined to comment", "could not independently verify") and their scope.

``NOTE`` recognises a note sentence; ``apply_note_flags`` marks the claims a verification
note covers with ``not_independently_verified``.
"""

from __future__ import annotations

import re

from .model import Segment

_WORD = re.compile(r"[^\W\d_]+")

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


REPORT_OBJECTS = {"report", "reports", "reporting", "story", "stories", "article", "articles"}
MEDIA_OBJECTS = {"video", "videos", "footage", "photo", "photos", "photograph", "photographs", "images", "image",
                 "recording", "recordings", "post", "posts", "clip", "clips"}


def _object_kind(note: str) -> str | None:
    """What the note says could not be verified: 'report' ('the report', 'the reports'), 'media'
    ('the video', 'the footage') or None."""
    m = VERIFY_NOTE.search(note)
    tail = note[m.end():].lower() if m else ""
    ws = _WORD.findall(tail)[:8]
    if any(w in MEDIA_OBJECTS for w in ws):
        return "media"
    if any(w in REPORT_OBJECTS for w in ws):
        return "report"
    return None


def _rests_on(seg: Segment, kind: str) -> bool:
    """The claim rests on a report (an outlet's or a report's, relayed or hedged 'reportedly')
    or on a video or post."""
    for a in seg.attributions:
        words = (a.cue.text + " " + (a.source.text if a.source else "")).lower()
        if kind == "report" and ((a.source is not None and a.source.type == "news_outlet") or "report" in words
                                 or a.role == "relay"):
            return True
        if kind == "media" and ((a.source is not None and a.source.type == "social_media")
                                or any(w in MEDIA_OBJECTS for w in _WORD.findall(words))):
            return True
    return False


def apply_note_flags(text: str, segments: list[Segment]) -> None:
    """Flag the claims a verification note covers with ``not_independently_verified``.

    'Roe could not independently verify the report' covers every claim before it in the story
    that rests on a report (an outlet reported it, a report says it, 'reportedly', relayed
    claims); a note about a video covers the claims resting on a video or post. A note that
    names a source ('the account of the former engineer') covers that source's claims; failing
    all that, the claim just before it."""
    for idx, seg in enumerate(segments):
        if seg.kind != "note":
            continue
        note = text[seg.start:seg.end]
        if not VERIFY_NOTE.search(note):
            continue
        covered: list[Segment] = []
        kind = _object_kind(note)
        if kind is not None:
            covered = [prev for prev in segments[:idx] if prev.kind == "claim" and _rests_on(prev, kind)]
        wanted = _object_words(note)
        if not covered and wanted:
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


NOTE = re.compile(
    # Every alternative starts with one of these letters: the lookahead turns most positions away
    # with one test instead of trying each alternative there (twice as fast; a test keeps the set complete).
    r"(?=[cdehmnrw])(?:"
    r"declined (?:to|a request to) (?:comment|respond|discuss|elaborate|be interviewed)|declined comment"
    r"|(?:did not|didn't|didn’t) (?:immediately )?(?:respond|return|reply|answer)"
    r"|(?:could not|couldn't|couldn’t) be (?:immediately )?reached"
    r"|not (?:immediately )?(?:available|reachable) for comment|(?:requests?|emails?|messages?|calls?) (?:for|seeking) comment"
    r"|(?:could not|cannot|couldn't|couldn’t|can't|can’t|was unable to|were unable to|has not|have not|hasn't|hasn’t)"
    r" (?:been |be independently )?(?:independently )?(?:verif|confirm)|(?:has|have) not been independently verified"
    r"|no immediate comment|did not comment|(?:has|have) not (?:yet )?(?:publicly )?commented|refused to comment|without comment|reached for comment"
    r"|(?:would not|wouldn't|wouldn’t) (?:immediately )?(?:comment|discuss|elaborate|respond)"
    r"|nor [^.;]{1,60}(?:returned|responded to|answered) (?:phone |telephone )?(?:calls|messages|emails|e-mails|requests)"
    r"|referred (?:questions|inquiries|enquiries|requests for comment|reporters|calls) to"
    r")",
    re.IGNORECASE,
)

# A note about verification says what could not be verified; 'the mayor confirmed that talks were under
# way but declined to discuss terms' is a note (declined) with a confirmation in it, and covers nothing.
VERIFY_NOTE = re.compile(
    r"(?:not|n't|n’t|cannot|unable to) (?:be |been |yet )?(?:independently )?(?:verif|confirm)", re.IGNORECASE)
