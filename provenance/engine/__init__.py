"""Attribution tagging engine: who says so, for every sentence of a news article.

Pure Python (standard library only) and free of Django, so it can run anywhere. The Django
side uses only ``tag(text).to_dict()`` and ``ENGINE_VERSION``.
"""

from .core import ENGINE_VERSION, tag
from .model import Attribution, CueSpan, Document, Segment, SourceSpan

__all__ = ["ENGINE_VERSION", "Attribution", "CueSpan", "Document", "Segment", "SourceSpan", "tag"]
