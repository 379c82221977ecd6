"""Attribution tagging engine: who says so, for every sentence of a news article.

Pure Python and free of Django, so it can run anywhere. The Django side uses only
``tag(text, model=None).to_dict()``, ``ENGINE_VERSION`` and ``load_model`` (a desk's learned
model, see provenance.engine.learned).
"""

from .core import ENGINE_VERSION, tag
from .learned import LearnedModel, ModelError, load_model
from .model import Attribution, CueSpan, Document, Segment, SourceSpan

__all__ = ["ENGINE_VERSION", "Attribution", "CueSpan", "Document", "LearnedModel", "ModelError", "Segment",
           "SourceSpan", "load_model", "tag"]
