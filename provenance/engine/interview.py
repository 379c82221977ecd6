"""Question-and-answer articles: the answers are the interviewee's.

A Q&A story introduces the person it questions ('We asked Dr. Marion Holt, a nutrition scientist,
what shoppers should know'), then runs lines labelled 'Q:' and 'A:'. Each answer, and the sentences of
its paragraph after the label, are attributed to that person; the label 'A' is the source span, the
colon the cue, and the canonical name is the interviewee's. Questions stay unattributed (they are the
publication's own words).
"""

from __future__ import annotations

import re

from .model import Attribution, CueSpan, SourceSpan
from .source_types import classify

# The verb that introduces whom the publication questioned, then the name (a title may open it).
_INTRODUCED = re.compile(
    r"\b(?:asked|interviewed|spoke with|spoke to|talked with|talked to|caught up with|sat down with|put questions to)"
    r"\s+((?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Rev)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
# A line opening with the label ('Q:' or 'A:' at the start of the text or of a line).
_QUESTION_LINE = re.compile(r"(?:^|\n)[ \t]*Q[ \t]*:")  # (no \s: a run of blank lines stays linear)
_ANSWER_LINE = re.compile(r"(?:^|\n)[ \t]*A[ \t]*:")

ANSWER_RULE = "SPEAKER-LABEL: answer in a Q&A"


def interviewee(text: str) -> tuple[str, str] | None:
    """(name, type) of the person a Q&A article questions, or None when the text is no Q&A (it has
    no 'Q:' line and 'A:' line) or names nobody before its first question."""
    if "A:" not in text or "Q:" not in text:
        return None  # (almost every article: two substring tests)
    first_q = _QUESTION_LINE.search(text)
    if first_q is None or not _ANSWER_LINE.search(text, first_q.end()):
        return None
    named = None
    for m in _INTRODUCED.finditer(text, 0, first_q.start()):
        name = m.group(1).rstrip(".")
        after = text[m.end(1):m.end(1) + 40].lower()
        if classify(name) == "news_outlet" or after.lstrip().startswith(_INTERVIEWER_WORDS):
            continue  # 'he spoke with POLITICO senior writer ...': the newsroom asked, the subject answers
        named = name
    if named is None:
        return None
    typ = classify(named)
    return named, typ if typ in {"person", "government", "official"} else "person"


# Words after a name that make it the interviewer's ('Ledger senior writer', 'reporter').
_INTERVIEWER_WORDS = ("senior", "writer", "reporter", "correspondent", "editor", "columnist", "host", "anchor",
                      "staff")


def is_answer(text: str, start: int) -> bool:
    """Does the segment at ``start`` open with the answer label 'A:'?"""
    return text.startswith("A:", start) or text.startswith("A :", start)


def answer_attribution(text: str, start: int, who: tuple[str, str]) -> Attribution:
    """The attribution of an answer line to the interviewee: source 'A', cue ':'."""
    colon = text.index(":", start)
    return Attribution(SourceSpan(start, start + 1, "A", who[1], who[0]), CueSpan(colon, colon + 1, ":"),
                       "source", 0.6, ANSWER_RULE)
