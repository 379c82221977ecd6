"""Page furniture: text that is part of the page, not the story (becomes ``boilerplate``).

Datelines, bylines, photo credits, "Read more", "Advertisement", share and subscribe prompts.
"""

from __future__ import annotations

import re

DATELINE = re.compile(
    r"[A-Z][A-Z.'’ ]{1,40}(?:,\s?[A-Z][A-Za-z.'’]{1,20}(?:\s[A-Z][A-Za-z.'’]{1,20}){0,2}){0,2}"
    r"\s?(?:\([A-Za-z.& ]{1,30}\)\s?)?(?:—|–|--|-)\s+(?=\S)"
)

BOILERPLATE = re.compile(
    r"(?:advertisement|advertising|sponsored(?: content)?|read more\b.*|related(?: coverage| articles?| stories"
    r"| content| links)?\s*:?.*|see also:?.*|sign up\b.*|subscribe\b.*|share (?:this|on)\b.*|click here\b.*"
    r"|follow (?:us|@).*|more from\b.*|watch:.*|listen:.*|photo(?:graph)?s?\s*(?::|by)\s.*|image:.*"
    r"|credit:.*|getty images|©.*|\(c\)\s.*|copyright\b.*|.*all rights reserved.*|(?:updated|published|posted)\b.{0,60}\d.*"
    r"|by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){0,4}"
    r"(?:\s*[|,]\s*[\w .&]{1,40})?|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\.?)",
    re.IGNORECASE,
)

CREDIT = re.compile(
    r"\|\s*(?:getty images|reuters|ap|afp|shutterstock|bloomberg|epa|via\b)|(?:getty images|ap photo|afp photo"
    r"|reuters photo|shutterstock)\s*\.?\s*$|\bnewsletter\b",
    re.IGNORECASE,
)

BOILER_STARTS = {"advertisement", "advertising", "sponsored", "read", "related", "see", "sign", "subscribe",
                 "share", "click", "follow", "more", "watch", "watch:", "listen", "photo", "photos", "photograph",
                 "photographs", "photo:", "image", "image:", "credit", "credit:", "getty", "(c)", "copyright",
                 "updated", "published", "posted", "by", "photos:", "listen:", "related:"}

CREDIT_HINTS = re.compile(r"\||image|photo|shutterstock|newsletter")
