"""The cue lexicon: words that signal an attribution (general English, written for the project).

Reporting verbs ("say", "tell", "warn"), verbs of finding and believing, evaluative speech
acts ("praise", "accuse"), hedges ("reportedly"), speech-act nouns ("his claim that") and the
auxiliaries and adverbs that belong to a cue ("has also said"). Verbs are listed by lemma;
every inflection is generated, so a new verb needs one line.

For other layers (e.g. a learned model's features) the entry points are ``verb_form(word)``
and ``is_hedge(word)``.
"""

from __future__ import annotations

# Irregular or spelling-changing forms: lemma -> (3sg, past, past participle, gerund).
IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "find": ("finds", "found", "found", "finding"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "show": ("shows", "showed", "shown", "showing"),
    "know": ("knows", "knew", "known", "knowing"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "rebut": ("rebuts", "rebutted", "rebutted", "rebutting"),
    "quip": ("quips", "quipped", "quipped", "quipping"),
    "testify": ("testifies", "testified", "testified", "testifying"),
    "deny": ("denies", "denied", "denied", "denying"),
    "reply": ("replies", "replied", "replied", "replying"),
    "signal": ("signals", "signaled", "signaled", "signaling"),
    "predict": ("predicts", "predicted", "predicted", "predicting"),
    "put": ("puts", "put", "put", "putting"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "see": ("sees", "saw", "seen", "seeing"),
    "retweet": ("retweets", "retweeted", "retweeted", "retweeting"),
    "foresee": ("foresees", "foresaw", "foreseen", "foreseeing"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "lay": ("lays", "laid", "laid", "laying"),
    "shrug": ("shrugs", "shrugged", "shrugged", "shrugging"),
    # A stressed final syllable doubles its consonant ('referred', 'slammed').
    "refer": ("refers", "referred", "referred", "referring"),
    "prefer": ("prefers", "preferred", "preferred", "preferring"),
    "dub": ("dubs", "dubbed", "dubbed", "dubbing"),
    "slam": ("slams", "slammed", "slammed", "slamming"),
    "brag": ("brags", "bragged", "bragged", "bragging"),
    "rip": ("rips", "ripped", "ripped", "ripping"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "spar": ("spars", "sparred", "sparred", "sparring"),
    "jab": ("jabs", "jabbed", "jabbed", "jabbing"),
}

# Verbs that report speech or writing: strong cues.
SPEECH = """
say tell add note claim state declare announce report write tweet post explain argue insist
warn acknowledge admit confirm deny allege assert contend maintain suggest stress emphasize
emphasise reiterate recall remark reply respond reveal disclose testify comment complain concede
caution predict promise pledge vow urge ask question estimate conclude observe mention indicate
cite charge accuse criticize criticise blast slam demand propose recommend advise agree disagree
counter retort quip joke boast lament affirm assure inform hint imply recount describe detail
forecast speculate retweet continue announce contend opine wonder dispute reject rebut
proclaim shout yell chant plead tout praise decry denounce condemn dismiss defend call echo identify
decline want attack endorse rule hail applaud commend thank blame fault scold rebuke lambast lambaste
express voice highlight repeat recite remind unveil outline portray characterize characterise dub mock
assail chide disavow congratulate bemoan apologize apologise brag discuss point refer talk speak rail lash
support oppose prefer see regard consider view refuse offer answer
reference invoke quote remember recognize
threaten envision deem eviscerate articulate encourage knock
liken clarify reaffirm interject satirize foresee realize downplay trumpet interpret
like credit seek challenge lay shrug
promote mull posit ponder surmise
favor favour
deride excoriate castigate chastise berate belittle laud disparage taunt heckle reassure debunk ridicule insult
trash bash rip
fire weigh sound double swipe hit
scoff fume concur muse marvel implore confide exclaim gush exhort gloat reckon balk vent
open spar jab needle squabble bicker distance
""".split()

# Verbs that report speech only with their particle ('pointed out', 'referring to', 'talked about');
# the particle belongs to the cue.
PHRASAL = {"point": {"out", "to"}, "refer": {"to"}, "talk": {"about", "of", "to", "with"}, "speak": {"about", "of", "out"},
           "rail": {"against"}, "lash": {"out"}, "lay": {"out"}, "shrug": {"off"},
           "rip": {"into"},
           # Phrasal verbs of retort and stance: 'fired back', 'hit back', 'weighed in', 'sounded off',
           # 'doubled down', 'swiped at'; without the particle they fire guns and hit balls.
           "fire": {"back"}, "hit": {"back"}, "weigh": {"in"}, "sound": {"off"}, "double": {"down"}, "swipe": {"at"},
           "open": {"up"}, "jab": {"at", "back"},
           # 'distanced himself from the remarks': a public disavowal, only with the reflexive
           "distance": {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}}
# Of those, verbs that headline English also uses bare for 'criticise' ('Mayor rips levy plan'): in
# body text 'ripped the poster away' is no speech, so the bare form counts only in a headline.
HEADLINE_BARE = {"rip"}

# Verbs of finding, showing and believing: cues when a clause or object follows.
COGNITION = """
find show think believe feel fear worry hope expect know doubt suspect estimate project
calculate determine conclude indicate suggest demonstrate reveal learn understand assume wish imagine
""".split()

# Words between subject and verb that belong to the cue ("has also said").
AUX = {
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may",
    "might", "must", "can", "did", "does", "do", "'s", "’s", "been", "be", "not", "n't", "n’t",
    "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "isn't",
    "wasn't", "don’t", "doesn’t", "didn’t", "won’t", "wouldn’t", "can’t", "couldn’t", "hasn’t", "haven’t",
    "isn’t", "wasn’t", "'d", "’d", "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'m", "’m",
}

CUE_ADVERBS = {
    "then", "also", "later", "now", "repeatedly", "again", "previously", "recently", "publicly", "privately",
    "often", "never", "still", "already", "just", "first", "even", "further", "separately", "finally",
    "initially", "originally", "frequently", "once", "long", "since", "earlier", "subsequently",
    "explicitly", "flatly", "openly", "falsely", "wrongly", "correctly", "bluntly", "simply",
    "reportedly", "allegedly", "ultimately", "quickly", "immediately", "specifically",
    # Frequency and contrast adverbs inside the verb group ("has always denied", "has twice complained",
    # "had instead argued").
    "always", "twice", "ever", "sometimes", "instead", "seldom",
}

# Lemmas whose base and -s forms are usually nouns ("the report", "questions"): those forms need
# a clear verb context.
NOUN_LIKE = {"answer", "voice", "point", "talk", "outline", "dub", "rebuke", "support", "state", "question", "report", "comment", "call", "claim", "demand", "note", "show", "post",
             "charge", "estimate", "project", "forecast", "promise", "pledge", "vow", "praise", "joke", "boast",
             "counter", "detail", "continue", "know", "think", "feel", "hope", "fear", "worry", "doubt", "expect",
             "reply", "respond", "cite", "find", "suspect", "dispute", "defend", "plead", "retweet",
             "tweet", "echo", "ask", "urge", "stress", "remark", "lament", "quip", "reject", "dismiss",
             "reference", "quote", "knock", "trumpet", "promote", "view", "wish", "favor", "favour",
             "insult", "taunt", "ridicule", "bash", "vent", "jab", "needle",
             "squabble"}


def inflections(lemma: str) -> tuple[str, str, str, str]:
    """(3sg, past, past participle, gerund) of a verb, by English spelling rules."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("ee"):
        return lemma + "s", lemma + "d", lemma + "d", lemma + "ing"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es", lemma + "ed", lemma + "ed", lemma + "ing"
    return lemma + "s", lemma + "ed", lemma + "ed", lemma + "ing"


def _forms(lemmas: list[str]) -> dict[str, tuple[str, str]]:
    """Surface form -> (lemma, form) where form is base, 3sg, past, pp or ger."""
    out: dict[str, tuple[str, str]] = {}
    for lemma in lemmas:
        s3, past, pp, ger = inflections(lemma)
        for form, name in ((lemma, "base"), (s3, "3sg"), (pp, "pp"), (past, "past"), (ger, "ger")):
            out.setdefault(form, (lemma, name))
    return out


VERB_FORMS = _forms(SPEECH)

# Forms that are nouns far more often than verbs in news copy.
for _noun in ("demands", "states", "state", "comments", "comment", "wanted"):
    VERB_FORMS.pop(_noun, None)
# 'like' is a preposition far more often than a verb: only 'likes' and 'liked' report a liking. Of
# 'credit' only the participle (', crediting the volunteers with ...') is reliably a speech act; 'credited'
# is mostly a bank or a byline, 'credit' and 'credits' nouns.
# Of 'challenge' only 'challenged' ('challenged the figures as inflated'); the rest are nouns or adjectives.
for _form in ("like", "liking", "credit", "credits", "credited", "challenge", "challenges", "challenging"):
    VERB_FORMS.pop(_form, None)
# Of those nouns, the one a headline uses as its present verb right after a name ('Roe demands recount').
HEADLINE_VERB_FORMS = {"demands": ("demand", "3sg")}

# Verbs of portraying and naming: cues only with an object and 'as' after it ('cast herself as the outsider',
# 'painted the levy as a giveaway', 'named the toll as the main worry'); without 'as' they cast votes, paint
# walls and name boats (``rules.AS_LEMMAS``).
PORTRAYAL = "cast paint frame pitch bill label brand depict style name".split()
IRREGULAR["cast"] = ("casts", "cast", "cast", "casting")

for _form, _info in _forms(PORTRAYAL).items():
    VERB_FORMS.setdefault(_form, _info)
# Their base and -s forms are nouns as often ('the bill', 'cast members', 'positions', 'the brand').
NOUN_LIKE |= set(PORTRAYAL) - {"depict"}

for _form, _info in _forms(COGNITION).items():
    # ('assuming' is mostly the conjunction 'if': '..., assuming no further delay'.)
    if _form not in ("state", "states", "comments", "comment", "demands", "assuming"):
        VERB_FORMS.setdefault(_form, _info)

# Verbs of aiming that PolNeAR-style attribution counts as a stance of the subject, but only with an
# infinitive ('the mayor sought to reopen the ferry line'); 'sought the nomination' reports an act.
INTENT_FORMS = {"sought": ("seek", "past"), "seeks": ("seek", "3sg"), "plans": ("plan", "3sg")}
INTENT_LEMMAS = {lemma for lemma, _ in INTENT_FORMS.values()}
# 'seek' is also in SPEECH, so 'seek' and 'seeking' (', seeking to ...') take the same frame. 'threaten' likewise: 'threatened to sue' voices a stance, 'the storm threatened the harvest'
# is no speech.
INTENT_LEMMAS.add("threaten")
# Acts by which a person or a body takes a side ('voted against the levy', 'pushed for a recount',
# 'campaigned against the toll', 'decided against a merger'):
# PolNeAR-style attribution counts them as the actor's stance, but only in the frame that makes the
# side explicit (``rules._act_frame``); 'voted on Tuesday', 'pushed the cart' state no position.
# Only forms that are verbs more often than nouns ('vote', 'votes' are mostly nouns); the bare 'push' only
# after a modal or 'to', and the gerunds only with an auxiliary (``rules._act_frame``).
ACT_FORMS = {"voted": ("vote", "past"), "pushed": ("push", "past"), "pushing": ("push", "ger"),
             "pushes": ("push", "3sg"), "push": ("push", "base"),
             "backed": ("back", "past"), "backs": ("back", "3sg"), "backing": ("back", "ger"),
             "signed": ("sign", "past"), "sided": ("side", "past"), "siding": ("side", "ger"),
             "campaigned": ("campaign", "past"), "campaigning": ("campaign", "ger"),
             "decided": ("decide", "past"), "opted": ("opt", "past"), "turned": ("turn", "past")}
ACT_LEMMAS = {lemma for lemma, _ in ACT_FORMS.values()}
# Verbs of hitting that report a retort only with 'back' ('fired back', 'shot back at her critics', 'hit
# back'): looked up only before 'back' (``rules.find``), since alone they are no speech ('fired the pilot').
RETORT_FORMS = {"fired": ("fire", "past"), "fires": ("fire", "3sg"), "shot": ("shoot", "past"),
                "shoots": ("shoot", "3sg"), "hit": ("hit", "past"), "hits": ("hit", "3sg"),
                "jabbed": ("jab", "past"), "jabs": ("jab", "3sg"), "struck": ("strike", "past"),
                "strikes": ("strike", "3sg"), "punched": ("punch", "past")}
# 'walked back his remarks': taking words back is a speech act too, but only with words as the object
# (``rules.find`` checks that; 'walked back to the car' is no speech).
RETRACT_FORMS = {"walked": ("walk", "past"), "walks": ("walk", "3sg"), "walk": ("walk", "base"),
                 "walking": ("walk", "ger")}
for _lemma in {lemma for lemma, _ in RETORT_FORMS.values()} | {"walk"}:
    PHRASAL[_lemma] = PHRASAL.get(_lemma, set()) | {"back"}  # ('jab' also takes 'at': 'jabbed at the council')

# Verbs of writing whose other forms are mostly nouns ('an email', 'texts'): only the past reports words.
PAST_ONLY_FORMS = {"emailed": ("email", "past"), "e-mailed": ("email", "past"), "texted": ("text", "past")}
for _form, _info in PAST_ONLY_FORMS.items():
    VERB_FORMS.setdefault(_form, _info)
for _form, _info in INTENT_FORMS.items():
    VERB_FORMS.setdefault(_form, _info)
for _form, _info in ACT_FORMS.items():
    VERB_FORMS.setdefault(_form, _info)

STRONG_LEMMAS = {"say", "tell", "add", "write", "tweet", "report", "announce", "claim", "note", "explain",
                 "argue", "insist", "warn", "acknowledge", "admit", "confirm", "deny", "state", "declare"}

# Evaluative speech acts ('praised the volunteers', 'attacked the plan'): they attribute a claim only when
# a proposition follows the object ('for cutting costs', 'as reckless', 'of lying', a quotation, 'that ...').
# Not 'defend', 'blast', 'slam', 'accuse', 'blame': with a bare object they still report a stated stance
# ('defended the plan', 'blasted the ruling', 'blamed the operator'); 'thanked the crew and left' does not.
# 'reject' and 'dismiss' take a bare object that is words or a proposal (``rules._stated_object``).
# 'quote' too: 'quoted the charter: "..."' reports words, 'quoted a price of ten dollars' does not;
# 'knock': 'knocked the plan as a giveaway' judges it, 'knocked on doors' does not; and 'promote':
# 'promoted the fair as a boon' argues, 'promoted Roe to manager' does not.
STANCE_LEMMAS = {"attack", "hail", "thank", "fault", "dismiss", "reject", "charge", "quote", "knock",
                 "promote"}
# Evaluative verbs that are speech acts whatever follows ('criticized the plan', 'endorsed Roe').

# What introduces that proposition after the object.
STANCE_COMPLEMENT = {"for", "as", "of", "over", "that", ":", "“", '"', "``", "''", "«"}

# Lemmas that also work inverted: '"...," said the mayor.'
INVERTIBLE = {"say", "add", "write", "ask", "report", "explain", "continue", "note", "tell", "reply", "respond",
              "argue", "insist", "warn", "declare", "announce", "tweet", "recall", "quip", "joke", "answer"}

# Participles that attach to the main clause subject: "..., saying that ...".
PARTICIPLE_LEMMAS = set(SPEECH) | {"call"}

HEDGE_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}

COMPLEMENT_START = {"that", ",", ":", "“", '"', "''", "``", "he", "she", "they", "it", "we", "i", "you", "the", "a",
                    "an", "his", "her", "their", "its", "this", "these", "those", "there", "what", "how", "why",
                    "whether", "if", "to", "about", "on", "in", "for"}

HEDGE_PASSIVE = {"believed", "said", "reported", "alleged", "thought", "understood", "rumored", "rumoured",
                 "claimed", "expected"}

LEADING_NOT_CUE = {"since", "long", "once", "first", "just"}

NOMINAL_CUES = {
    "claim", "claims", "comments", "comment", "remarks", "remark", "statement", "statements", "assertion",
    "allegation", "allegations", "accusation", "accusations", "call", "calls", "warning", "warnings", "promise",
    "promises", "pledge", "insistence", "argument", "contention", "suggestion", "denial", "admission",
    "prediction", "predictions", "testimony", "tweet", "tweets", "criticism", "description", "assessment",
    "complaint", "complaints", "charge", "charges", "boast", "vow", "threat", "demand", "demands",
}

NOMINAL_MODIFIERS = {"recent", "new", "latest", "earlier", "previous", "repeated", "public", "private", "false",
                     "controversial", "initial", "original", "own", "frequent", "many", "several", "first", "last",
                     "angry", "baseless", "dubious", "bold", "sweeping", "stark", "blunt", "explicit", "renewed"}

NOMINAL_COMPLEMENT = {"that", "about", ":", "“", '"', "``"}

CATENATIVES = {"continue", "continues", "continued", "continuing", "began", "begin", "begins", "begun", "start",
               "started", "starts", "repeatedly", "went", "go", "goes"}


def verb_form(word: str) -> tuple[str, str] | None:
    """(lemma, form) when a lower-case word is an inflection of a cue verb, else None.

    form is one of base, 3sg, past, pp, ger ('warned' -> ('warn', 'past'))."""
    return VERB_FORMS.get(word)


def is_hedge(word: str) -> bool:
    """A hedge adverb that attributes on its own ('reportedly', 'allegedly')."""
    return word in HEDGE_ADVERBS
