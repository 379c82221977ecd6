"""A small, fictional desk's worth of articles with the attributions its editors stand by.

Written for the project (every name and event is invented). The desk's house style uses cue
verbs the rules do not know ("groused", "fumed", "bragged"...) next to ones they do ("said"), so
a model trained on it has something to learn that the rules miss. Offsets are computed while
the text is built, so the expected spans are not copied from any engine output.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

NAMES = ["Dana Whitfield", "Omar Haddad", "Mei Tan", "Jonas Berg", "Aisha Bello", "Tom Reyes", "Carla Nunez",
         "Ray Holt", "Paul Mensah", "Laura Pinsky", "Ines Moreau", "Felix Arndt", "Nadia Sousa", "Kofi Owusu"]
TITLES = ["Mayor", "Councilwoman", "Councilman", "Commissioner", "Treasurer", "Alderman"]
HOUSE_CUES = ["groused", "fumed", "bragged", "griped", "scoffed", "crowed"]
KNOWN_CUES = ["said", "told reporters", "argued"]
CLAIMS = ["the harbor budget was late", "the ferry contract was rigged", "the new library would open in May",
          "the bus fares were too high", "the bridge repairs were finished early", "the audit found no fraud",
          "the school board ignored the parents", "the stadium deal would cost taxpayers millions"]
FILLER = ["The council meets again on Thursday.", "The harbor has 40 berths.", "Rain delayed the vote twice.",
          "The library was built in 1961.", "Tickets for the ferry cost four dollars.",
          "The stadium seats 12,000 people."]


@dataclass
class Article:
    text: str
    # (source span, cue span) as character offsets into text, one per attribution.
    attributions: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def _attributed(rng: random.Random, cues: list[str], parts: list[str], at: int, out: Article) -> int:
    name = f"{rng.choice(TITLES)} {rng.choice(NAMES)}"
    cue = rng.choice(cues)
    claim = rng.choice(CLAIMS)
    if rng.random() < 0.5:
        sentence = f"{name} {cue} that {claim}."
        src = (at, at + len(name))
        cue_span = (src[1] + 1, src[1] + 1 + len(cue))
    else:
        lead = f"{name}, a {rng.choice(['Democrat', 'Republican', 'former teacher', 'local grocer'])}, "
        sentence = f"{lead}{cue} {claim}."
        src = (at, at + len(lead) - 2)  # the appositive belongs to the source: "Name, a Democrat"
        cue_span = (at + len(lead), at + len(lead) + len(cue))
    parts.append(sentence)
    out.attributions.append((src, cue_span))
    return at + len(sentence)


def desk_articles(n: int = 36, seed: int = 5) -> list[Article]:
    """n short articles: attributed sentences (house and known cues) among plain ones."""
    rng = random.Random(seed)
    articles = []
    for _ in range(n):
        art = Article("")
        parts: list[str] = []
        at = 0
        for k in range(rng.randint(4, 7)):
            if k:
                parts.append(" ")
                at += 1
            roll = rng.random()
            if roll < 0.45:
                at = _attributed(rng, HOUSE_CUES, parts, at, art)
            elif roll < 0.65:
                at = _attributed(rng, KNOWN_CUES, parts, at, art)
            else:
                filler = rng.choice(FILLER)
                parts.append(filler)
                at += len(filler)
        art.text = "".join(parts)
        articles.append(art)
    return articles


# Held out: a name and a sentence the training articles never contain, with a house cue.
HELD_OUT = "Harbor commissioner Lena Quist groused that the ferry schedule was a mess."
HELD_OUT_SOURCE = "Harbor commissioner Lena Quist"
HELD_OUT_CUE = "groused"
