"""The same claim across articles: what a claim asserts, and how alike two claims are.

Pure Python, no Django (tested with `-p no:django`), like the engine it sits beside:
- features: a claim's content with its attribution (who says so, the reporting verb) cut out,
  reduced to search terms, numbers (digits and words: "about 700" == "roughly seven hundred"),
  named entities, negation, and the sources it cites;
- scorer: the score of two claims' features, with vetoes for a denial, a different figure or a
  different named party (those are not the same claim, however alike the words).

The database side (signatures, candidate search with PostgreSQL full-text search, the stored
ClaimMatch rows) is provenance.services.matching; the reads are in provenance.selectors.
"""

from .features import Features, claim_features
from .scorer import THRESHOLD, Score, score

__all__ = ["THRESHOLD", "Features", "Score", "claim_features", "score"]
