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

Entry points for layers built on top (a learned model's features, say):
``rules.find(tokens.tokenize(...)[0])`` gives the rule proposals (``proposal.Found``: cue and
source token spans, rule name, confidence); ``cue_lexicon.verb_form(word)`` and
``cue_lexicon.is_hedge(word)`` the cue lexicon; ``gazetteer.lookup(text)``,
``gazetteer.find_inside(words)`` and ``gazetteer.is_place(text)`` the gazetteer hits;
``source_types.classify(text)`` a span's type.
"""

from .core import ENGINE_VERSION, tag
from .learned import LearnedModel, ModelError, load_model
from .model import Attribution, CueSpan, Document, Segment, SourceSpan

__all__ = ["ENGINE_VERSION", "Attribution", "CueSpan", "Document", "LearnedModel", "ModelError", "Segment",
           "SourceSpan", "load_model", "tag"]
