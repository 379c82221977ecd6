"""Attribution tagging engine: who says so, for every sentence of a news article.

Pure Python and free of Django, so it can run anywhere. The Django side uses only
``tag(text, model=None).to_dict()``, ``ENGINE_VERSION`` and ``load_model`` (a desk's learned
model, see provenance.engine.learned; the rules themselves need only the standard library).

One module per rule family (each module's docstring says what it covers):

    segment        sentences, and whether each is a claim, a note or boilerplate
    furniture      page furniture: datelines, bylines, credits and captions, navigation, prompts
    notes          newsroom notes and the claims a verification note covers
    tokens         tokenisation and quotation state
    cue_lexicon    reporting verbs, hedges, speech-act nouns (general English)
    lexicon        shared word classes (determiners, titles, source-type nouns, common verbs)
    noun_phrases   noun-phrase chunking; sources after 'according to', 'by' and inverted 'said'
    subjects       the subject of a cue: appositives, relative clauses, insertions, lists
    rules          find(): attribution proposals of one sentence, verb-centred
    constructions  speaker labels, polls, speech-act nouns, issued documents, light verbs
    source_types   classify(): the type of a source phrase
    resolution     Resolver: pronouns, definite descriptions, short names; bare-name typing
    quotes         quote continuation across sentences and paragraphs
    interview      Q&A articles: 'A:' answers are the interviewee's
    gazetteer      outlets, agencies and places (gazetteer.json, places.json)
    core           tag(): the pipeline

The same source also runs compiled: ``make engine`` builds C extensions of these modules with mypyc
(compile.py; about twice as fast, the same output), and ``BUILD`` says which build an import
loaded. A source edited since the last build is never shadowed by it (_build.py).

Entry points for layers built on top (a learned model's features, say):
``rules.find(tokens.tokenize(...)[0])`` gives the rule proposals (``proposal.Found``: cue and
source token spans, rule name, confidence); ``cue_lexicon.verb_form(word)`` and
``cue_lexicon.is_hedge(word)`` the cue lexicon; ``gazetteer.lookup(text)``,
``gazetteer.find_inside(words)`` and ``gazetteer.is_place(text)`` the gazetteer hits;
``source_types.classify(text)`` a span's type.
"""

from ._build import select as _select

# "compiled" (the mypyc build, see compile.py) or "pure", and why: decided before any other engine
# module is imported, so a build older than its source is never loaded.
BUILD, BUILD_REASON = _select(__name__)

from .core import ENGINE_VERSION, tag  # noqa: E402
from .learned import LearnedModel, ModelError, load_model  # noqa: E402
from .model import Attribution, CueSpan, Document, Segment, SourceSpan  # noqa: E402

__all__ = ["BUILD", "BUILD_REASON", "ENGINE_VERSION", "Attribution", "CueSpan", "Document", "LearnedModel", "ModelError", "Segment",
           "SourceSpan", "load_model", "tag"]
