"""Page furniture: text that is part of the page, not the story (becomes ``boilerplate``).

Datelines ("ELMWOOD, Ore. —") and date-only lines ("Thursday, June 20, 2026"), bylines, photo
credits and the caption a credit line follows, navigation labels ("Must read", "Latest
article"), "Read more" and "Read the full report from X", "Watch:", "Advertisement", share,
follow and subscribe prompts, a transcript's "This interview has been edited for length", and an
"Editor's note:" paragraph (the publication speaking about its own story: a disclosure, a correction,
an excerpt's provenance), and the writer's contact line ("Jane Roe can be reached at ...").
``is_furniture(line)`` is the entry point; ``CREDIT`` finds a credit line.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"[A-Z][A-Z.'’ ]{1,40}(?:,\s?[A-Z][A-Za-z.'’]{1,20}(?:\s[A-Z][A-Za-z.'’]{1,20}){0,2}){0,2}"
    r"(?:,\s?[A-Z][a-z]{2,8}\.?\s\d{1,2})?"  # 'PARIS, Aug 31 (Reuters) -'
    r"\s?(?:\([A-Za-z.& ]{1,30}\)\s?)?(?:—|–|--|-)\s+(?=\S)"
)

BOILERPLATE = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|read more\b.*|related(?: coverage| articles?| stories"
    r"| content| links)?\s*:?.*|see also:?.*|sign up\b.*|subscribe\b.*|share (?:this|on)\b.*|click here\b.*"
    r"|(?:get|join)\b.{0,40}\bnewsletters?\b.*|follow (?:us|@).*|more from\b.*|watch:.*|listen:.*|photo(?:graph)?s?\s*(?::|by)\s.*|image:.*"
    r"|credit:.*|getty images|©.*|\(c\)\s.*|copyright\b.*|.*all rights reserved.*|(?:updated|published|posted)\b.{0,60}\d.*"
    r"|read (?:the |our )?(?:full|entire|complete|original|latest)\b.{0,80}|continue reading\b.*|read next\b.*"
    r"|click (?:to|here)\b.*|.*\(opens in (?:a )?new (?:window|tab)\)|story continues below.*|skip to\b.*"
    r"|by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){0,4}"
    r"(?:\s*[|,]\s*[\w .&]{1,40})?|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\.?)",
    re.IGNORECASE,
)

CREDIT = re.compile(
    r"\|\s*(?:getty images|reuters|ap|afp|shutterstock|bloomberg|epa|via\b)|(?:getty images|ap photo|afp photo"
    r"|reuters photo|shutterstock)\s*\.?\s*$"
    r"|\((?:ap|afp|reuters|getty images|epa)(?: photo)?\s*/[^)]{1,60}\)\s*\.?\s*$",
    re.IGNORECASE,
)
# "Editor’s note:" opening a line: the publication's own note on the story, not the story.
EDITOR_NOTE = re.compile(r"editors?['’]?s?['’]?\s+note\s*:", re.IGNORECASE)

# A line that is only a date, perhaps with a weekday and a time ('Thursday, June 20, 2026').
DATE_ONLY = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?\s*\.?",
    re.IGNORECASE,
)
# Navigation labels a page puts between paragraphs.
NAV_LABEL = re.compile(
    r"(?:must[- ]reads?|latest(?: articles?| news| stories| updates| headlines)?|most (?:popular|read|viewed|shared)"
    r"|top stories|recommended(?: for you| stories)?|more (?:stories|news|on this story|coverage)|editor'?s'? picks?"
    r"|trending(?: now| stories)?|breaking(?: news)?|live updates?|up next|in case you missed it|don't miss"
    r"|what to read next|you might also like|we recommend|popular now|featured|newsletter|video|photos?|gallery"
    r"|listen to this (?:article|story)|share(?: this)?(?: story| article)?|print|email|comments?)\s*:?",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                        r"|nov|dec)[a-z]*\.?|\d)", re.IGNORECASE)

# The transcript's own note: 'This interview has been condensed and edited.'
EDITED_NOTE = re.compile(
    r"(?:\(?\s*)?(?:this|the)\s+(?:interview|conversation|transcript|q\s?&\s?a|exchange|discussion)"
    r"(?:\s+\w+){0,2}\s+(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed)"
    r"(?:\s+(?:and|,)\s*(?:lightly\s+)?(?:edited|condensed))?(?:\s+for\s+[\w ,]{1,40})?\s*\.?\s*\)?",
    re.IGNORECASE,
)

# The writer's contact line closing a story: 'Jane Roe can be reached at jroe@example.com.', 'Contact the
# reporter at 555-0100.', 'Reach Jane Roe on X @jroe.' (an address, a handle or a number must follow).
CONTACT_LINE = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:[Hh]e|[Ss]he|[Tt]hey)\s+)(?:can|may)\s+be\s+(?:reached|contacted|emailed)"
    r"\s+(?:at|on|by|via)\s+.{0,80}?(?:@|\d{3}).{0,80}"
    r"|(?:[Cc]ontact|[Ee]mail|[Rr]each|[Ww]rite\s+to)\s+(?:the\s+(?:writer|author|reporter)|(?:[A-Z][\w.'’-]*\s+){1,4})"
    r"\s*(?:at|on|via|:)\s+.{0,80}?(?:@|\d{3}).{0,80}"
)

BOILER_STARTS = {"advertisement", "advertising", "sponsored", "read", "related", "see", "sign", "subscribe",
                 "share", "click", "follow", "more", "watch", "watch:", "listen", "photo", "photos", "photograph",
                 "photographs", "photo:", "image", "image:", "credit", "credit:", "getty", "(c)", "copyright",
                 "updated", "published", "posted", "by", "photos:", "listen:", "related:", "get", "join"}


def is_furniture(span: str) -> bool:
    """A whole line (or sentence) of page furniture. Cheap tests first: most lines are prose."""
    line = span.strip()
    if len(line) >= 300 or not line:
        return False
    return furniture_line(line, line.lower())


def furniture_line(line: str, low: str) -> bool:
    """is_furniture() of a line already stripped, not empty and shorter than 300 characters, given its
    lower-case form (segmentation lower-cases each sentence once, for this and for the note test)."""
    first = low[:14].split(" ", 1)[0].rstrip(":")
    if len(line) <= 60:
        if DATE_WORDS.match(line) and DATE_ONLY.fullmatch(line):
            return True
        if len(line) <= 40 and NAV_LABEL.fullmatch(line):
            return True
    maybe = first in BOILER_STARTS or first[:1].isdigit() or "©" in line or "rights reserved" in low \
        or "window)" in low or "tab)" in low or first in {"continue", "story", "skip"}
    if maybe and BOILERPLATE.fullmatch(line):
        return True
    if "edited" in low and EDITED_NOTE.fullmatch(line):
        return True
    if ("reach" in low or "contact" in low or "email" in low or "write to" in low) and CONTACT_LINE.fullmatch(line):
        return True
    # A credit line has one of these; four substring tests cost a third of one regex search.
    credit_hint = "|" in low or "image" in low or "photo" in low or "shutterstock" in low
    return credit_hint and bool(CREDIT.search(line))
