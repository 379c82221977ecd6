"""The learned layer: a model trained on a desk's own decisions re-ranks, re-bounds and adds
attribution spans on top of the rules (``provenance.engine.tag(text, model=...)``).

No Django here either. Loading a model file reads JSON and runs no code (modelfile); tagging
needs only this package; training (train) needs scikit-learn.
"""

from .modelfile import FORMAT_VERSION, ModelError
from .tagger import LearnedModel, load_model

__all__ = ["FORMAT_VERSION", "LearnedModel", "ModelError", "load_model"]
