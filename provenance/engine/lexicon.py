"""General English word classes the rules share (written for the project, not corpus-derived).

Determiners, pronouns, clause words, titles, abbreviations, time words, and the nouns that
decide a source's type (outlet, organisation, government, document, vague collective).
"""

from __future__ import annotations

from .cue_lexicon import AUX, inflections

POSSESSIVE = {"'s", "’s", "'", "’"}

RELATIVE = {"who", "which"}

RELATIVE_ADVERBS = {"where", "when", "while", "whereas", "as", "because", "since", "although", "though", "if"}

ING_NOUNS = {"morning", "evening", "thing", "things", "king", "spring", "building", "meeting", "ring", "wing",
             "string", "funding", "spending", "training", "nothing", "something", "anything", "everything",
             "ruling", "briefing", "hearing", "polling", "housing", "offering", "clothing", "ceiling", "sibling",
             "darling", "viking", "pudding", "wedding", "bring", "sterling", "lightning", "ting", "sing", "ming"}

TIME_NOUNS = {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "day", "time",
              "spring", "summer", "fall", "autumn", "winter", "january", "february", "march", "april", "may", "june",
              "july", "august", "september", "october", "november", "december"}

PRENOMINAL = {"former", "first", "second", "third", "last", "next", "only", "longtime", "early", "late", "then",
              "earlier", "later"}

STRIPPABLE = {"but", "and", "so", "yet", "however", "meanwhile", "still", "now", "then", "also", "instead",
              "thus", "hence", "indeed", "moreover", "nonetheless", "nevertheless", "finally", "separately",
              "yesterday", "today", "or", "nor", "plus", "later", "earlier", "first", "second", "third"}

AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "man", "woman", "person", "ee", "ive", "ary", "ard")

QUANTIFIERS = {"one", "two", "three", "some", "many", "several", "most", "all", "each", "none", "few", "both",
               "any", "either", "neither"}

OBJECT_RELATIVES = {"which", "whom"}

POSSESSIVE_PRONOUNS = {"his", "her", "their", "its"}

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

TIME_AFTER_CUE = WEEKDAYS | {"yesterday", "today", "tonight", "earlier", "later", "overnight"}

DAY_PARTS = {"morning", "afternoon", "evening"}

DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "most", "few", "other", "another", "both", "all", "each",
    "every", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "dozens", "hundreds", "thousands", "more", "fewer", "any", "such", "certain", "various",
}

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which"}

PERSONAL_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

# Words that end a subject noun phrase when scanning left from a cue.
CLAUSE_WORDS = {
    "that", "but", "as", "because", "when", "while", "if", "although", "though", "since", "so",
    "whether", "where", "after", "before", "until", "than", "once", "unless", "whereas", "and",
    "or", "nor", "yet", "then", "what", "how", "why", "whom", "whose", "to", "not",
}

# Words that cannot occur inside a subject noun phrase (verbs, auxiliaries, clause words).
NON_NP = AUX | CLAUSE_WORDS | {
    "said", "says", "say", "told", "there", "here", "very", "also", "would", "been", "being",
    "if", "only", "just", "even", "too", "because", "into", "out", "up", "down", "over", "about",
    "get", "got", "make", "made", "take", "took", "go", "went", "come", "came", "like",
}

# Prepositions allowed inside a noun phrase ("a spokesman for the agency").
NP_PREPOSITIONS = {"of", "for", "at", "from", "in", "with", "on", "close", "familiar", "by", "de", "van", "von", "al"}

# First words that mark an introductory phrase rather than a subject.
INTRO_WORDS = {
    "in", "at", "on", "after", "before", "during", "while", "when", "since", "for", "from", "with",
    "without", "under", "over", "by", "speaking", "asked", "however", "meanwhile", "still", "yet",
    "instead", "earlier", "later", "last", "this", "next", "separately", "also", "but", "and", "so",
    "then", "now", "today", "yesterday", "if", "although", "though", "because", "as", "according",
    "despite", "amid", "among", "through", "throughout", "following", "unlike", "like", "about",
    "regarding", "of", "to", "into", "upon", "within", "once", "indeed", "moreover", "furthermore",
    "nonetheless", "nevertheless", "finally", "first", "second", "third",
} | WEEKDAYS

TITLES = {
    "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "prof.", "rev.", "sgt.",
    "capt.", "maj.", "adm.", "cmdr.", "president", "senator", "governor", "secretary", "minister",
    "mayor", "judge", "justice", "ambassador", "chancellor", "speaker", "representative", "chairman",
    "chairwoman", "chair", "ceo", "director", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "professor", "economist", "attorney", "lawyer", "sheriff", "chief", "del.", "warden",
}

ABBREV_NO_BREAK = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "prof", "rev", "sgt",
    "capt", "maj", "adm", "cmdr", "jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    "no", "nos", "vs", "v", "fig", "mt", "ft", "gens", "reps", "sens", "supt", "det", "insp", "hon",
    "messrs", "mmes", "e.g", "i.e", "cf", "approx", "est", "ave", "blvd",
}

ABBREV_MAYBE_BREAK = {"del", "inc", "corp", "co", "ltd", "jr", "sr", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "etc", "llc", "plc"}

SENTENCE_STARTERS = {
    "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that",
    "there", "his", "her", "its", "their", "on", "at", "as", "for", "if", "when", "while", "after",
    "before", "mr", "ms", "mrs", "dr", "some", "many", "according", "still", "yet", "however", "so",
    "what", "those", "these", "our", "one", "last", "by", "since", "both", "now",
}

# Source-type vocabulary.
ANONYMITY_MARKERS = (
    "familiar with", "condition of anonymity", "anonymity", "not authorized to", "not authorised to",
    "asked not to be named", "asked not to be identified", "declined to be named", "declined to be identified",
    "requested anonymity", "not be named", "not be identified", "close to the", "close to him", "close to her",
    "close to them", "briefed on", "with knowledge of",
    "insider", "a source", "one source", "sources", "a person", "people who", "unnamed", "anonymous",
)

VAGUE_HEADS = {
    "critics", "experts", "analysts", "observers", "reports", "some", "many", "others", "people",
    "supporters", "opponents", "skeptics", "sceptics", "commentators", "pundits", "scientists",
    "researchers", "economists", "rumors", "rumours", "media", "residents", "witnesses", "users",
    "activists", "advocates", "lawmakers", "politicians", "insiders", "sources",
}

VAGUE_DETERMINERS = {"some", "many", "several", "most", "few", "various", "certain", "other"}

DOCUMENT_HEADS = {
    "filing", "filings", "study", "studies", "data", "records", "record", "documents", "document",
    "poll", "polls", "survey", "surveys", "report", "memo", "memorandum", "letter", "notice",
    "complaint", "lawsuit", "suit", "indictment", "transcript", "analysis", "audit", "email", "emails",
    "paper", "review", "figures", "statistics", "census", "recording", "video", "footage", "database",
    "release", "affidavit", "ruling", "order", "motion", "brief", "budget", "forecast", "forecasts", "projections",
    "estimates", "estimate", "research", "investigation", "assessment", "guidance", "ad",
    "advertisement", "book", "memoir", "article", "story", "column", "editorial", "website", "page", "bulletin",
    "bulletins", "advisory", "advisories", "proposal", "proposals",
    "findings", "results", "numbers", "chart", "map", "registry", "warrant", "testimony", "statement",
    "presentation", "presentations", "slides", "deck", "minutes", "memos", "letters", "notes", "files",
    "spreadsheet", "contract", "contracts", "invoices", "receipts", "logs", "messages", "correspondence",
    "cables", "papers", "returns", "disclosure", "disclosures", "prospectus", "manual", "textbook", "texts",
    "flyer", "flyers", "leaflet", "leaflets", "pamphlet", "pamphlets", "brochure", "handout", "newsletter",
    # what a court or the parties put in writing ('the petition says', 'the judgment said')
    "decree", "subpoena", "subpoenas", "petition", "pleading", "pleadings", "judgment",
}

SOCIAL_WORDS = {
    "tweet", "tweets", "tweeted", "twitter", "facebook", "instagram", "tiktok", "youtube", "reddit",
    "post", "posts", "posted", "threads", "bluesky", "telegram", "linkedin", "snapchat", "account",
}

OFFICIAL_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "company",
    "campaign",
    "firm", "corporation", "inc.", "corp.", "inc", "corp", "llc", "ltd", "co.", "group", "organization",
    "organisation", "foundation", "association", "institute", "center", "centre", "council", "union",
    "party", "committee", "university", "bank", "airline", "automaker", "manufacturer", "retailer",
    "statement", "press", "team", "board", "staff", "aide", "aides", "lab", "labs", "network",
}

GOVERNMENT_WORDS = {
    "department", "ministry", "agency", "administration", "commission", "bureau", "police", "congress",
    "senate", "parliament", "court", "pentagon", "kremlin", "government", "officials", "official",
    "authorities", "prosecutors", "prosecutor", "investigators", "regulators", "regulator", "cabinet",
    "president", "senator", "sen.", "rep.", "gov.", "governor", "secretary", "minister", "mayor",
    "ambassador", "chancellor", "speaker", "congressman", "congresswoman", "lawmaker", "legislature",
    "state", "city", "county",
    # smaller local governments, as 'city' and 'county' ('the town clerk', 'Town Supervisor Bill Grant',
    # 'the village's public works director')
    "town", "village", "township", "borough",
    "military", "army", "navy", "sheriff", "judge", "justice", "fbi", "cia",
    "nsa", "irs", "sec", "fda", "cdc", "epa", "ftc", "fcc", "dhs", "doj", "nhtsa", "faa", "attorney",
    "municipal", "councilman", "councilwoman", "councilor", "councillor", "alderman", "alderwoman",
    "assemblyman", "assemblywoman", "legislator", "legislators", "councilmember", "councilmembers",
    "secretary-general", "diplomat", "diplomats", "warden",
    # a state abroad and its people: 'the embassy said', 'the envoy said', 'foreign ministers said' (not
    # 'premier', which also names firms: 'Premier Foods said')
    "embassy", "embassies", "consulate", "envoy", "envoys", "ministers", "ministries", "governments", "presidency",
    # police and courts below the chief: they speak for the force or the office
    "detective", "detectives", "trooper", "troopers", "deputies", "marshals", "coroner",
    # inspectors in numbers are a public body's (health, safety, weapons inspectors); one may be a private
    # home inspector, and 'superintendent' also names a building's caretaker
    "inspectors",
}

PERSON_NOUNS = {
    "man", "woman", "wife", "husband", "mother", "father", "son", "daughter", "brother", "sister",
    "resident", "witness", "lawyer", "attorney", "doctor", "nurse", "teacher", "student", "worker",
    "employee", "engineer", "owner", "driver", "victim", "friend", "neighbor", "neighbour", "candidate",
    "nominee", "voter", "voters", "protesters", "demonstrators", "family", "relatives", "parents",
    "businessman", "businesswoman", "veteran", "official", "analyst", "professor", "economist", "coach",
}

# Capitalised words that end or mark a company or organisation name ('Kestrel Motors', 'Acme Group').
ORG_NAME_WORDS = {
    "motors", "motor", "inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd", "ltd.", "plc", "ag", "sa", "gmbh",
    "group", "bank", "holdings", "industries", "technologies", "technology", "systems", "partners", "capital",
    "airlines", "airways", "energy", "pharmaceuticals", "pharma", "labs", "laboratories", "enterprises", "foods",
    "media", "communications", "networks", "brands", "ventures", "insurance", "financial", "securities",
    "resources", "petroleum", "oil", "steel", "electric", "logistics", "therapeutics", "company", "corporation",
    "association", "foundation", "institute", "university", "college", "hospital", "church", "union", "council",
    "committee", "society", "alliance", "coalition", "federation", "trust", "fund", "league", "club", "party",
    "campaign", "center", "centre", "clinic", "bancorp", "entertainment", "studios", "automotive", "mining",
    "chemicals", "semiconductor", "software", "solutions", "services", "airline", "railway", "railroad", "utility",
    "utilities", "works", "manufacturing", "retail", "stores", "markets",
    # trades that name a business after what it runs or makes ('Acme Ferries', 'Bay Breweries')
    "ferries", "shipping", "cruises", "bakeries", "breweries", "farms", "hotels", "resorts", "transit",
    "telecom", "robotics", "aerospace", "construction", "builders", "properties", "investments", "realty",
    "pharmacy", "apparel", "textiles", "dynamics", "analytics", "semiconductors", "biotech", "studio", "motorworks",
}

# Common nouns for organisations that speak for themselves ('the utility said').
ORG_NOUNS = {
    "company", "companies", "firm", "firms", "startup", "start-up", "utility", "insurer", "lender", "carmaker",
    "automaker", "manufacturer", "retailer", "chain", "operator", "supplier", "producer", "distributor",
    "employer", "nonprofit", "non-profit", "charity", "hospital", "school", "district", "club", "league",
    "corporation", "business", "conglomerate", "bank", "airline", "railroad", "brand", "developer", "contractor",
    "organization", "organisation", "group", "association", "foundation", "institute", "union", "campaign",
    "maker", "airport", "clinic", "museum", "college",
}

# 'the company', 'the drugmaker': heads that only a business answers to (not 'the hospital', 'the party').
BUSINESS_HEADS = {"company", "firm", "automaker", "carmaker", "drugmaker", "chipmaker", "steelmaker", "retailer",
                  "bank", "airline", "carrier", "insurer", "lender", "utility", "startup", "manufacturer",
                  "conglomerate", "supplier", "operator", "publisher", "distributor", "contractor"}

# Capitalised words that mark a news organisation in a name ('the Riverton Gazette').
OUTLET_HEADS = {
    "gazette", "times", "post", "journal", "herald", "tribune", "news", "courier", "review", "chronicle",
    "inquirer", "observer", "telegraph", "register", "ledger", "dispatch", "bulletin", "examiner", "sentinel",
    "mercury", "gazeta", "newspaper", "magazine", "monthly", "weekly", "daily", "newswire", "wire", "reporter",
    "record", "star-ledger", "enquirer", "independent", "globe", "guardian", "mail", "press", "radio",
    "television", "tv", "broadcasting", "newsroom",
}

# Past participles that are not '-ed' forms ('a study written by', 'data kept by').
IRREGULAR_PP = {
    "shown", "written", "given", "taken", "known", "seen", "held", "made", "sent", "led", "paid", "told", "built",
    "brought", "drawn", "chosen", "done", "spent", "won", "run", "read", "set", "put", "begun", "kept", "left",
    "found", "heard", "met",
}

# What may follow a participle that post-modifies a noun: a preposition, a number or a time word.
AFTER_PARTICIPLE = {
    "by", "in", "on", "at", "to", "for", "with", "from", "last", "this", "earlier", "over", "during", "since",
    "after", "before", "under", "online", "overnight", "through", "via", "aloud",
}

SPOKES_WORDS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}

# Words that make a quantity approximate ('about 4 in 10', 'nearly half', 'more than a third').
APPROXIMATORS = {"about", "nearly", "almost", "roughly", "around", "over", "under", "just", "only", "some",
                 "more", "fewer", "less", "at", "approximately", "fully", "barely", "exactly", "well", "up"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half",
                "a", "a third", "third", "thirds", "quarter", "quarters", "dozen", "dozens", "majority", "fifth",
                "two-thirds", "three-quarters", "one-third", "one-quarter", "one-fifth", "all", "most", "many"}
# Participles and -ly words that work as plain adjectives before a noun ('retired general', 'elected
# officials'): general English, listed because spelling alone cannot tell them from verbs.
PARTICIPLE_ADJECTIVES = {
    "retired", "elected", "registered", "unnamed", "unidentified", "armed", "concerned", "undecided", "committed",
    "embattled", "disgraced", "respected", "renowned", "noted", "celebrated", "acclaimed", "distinguished",
    "licensed", "certified", "qualified", "trained", "experienced", "skilled", "appointed", "designated",
    "detained", "jailed", "imprisoned", "accused", "convicted", "indicted", "wounded", "injured", "displaced",
    "affected", "interested", "involved", "unaffiliated", "self-described", "self-proclaimed", "so-called",
    "leading", "ranking", "ruling", "governing", "opposing", "competing", "visiting", "outgoing", "incoming", "founding",
    "managing", "presiding", "sitting", "serving", "acting", "consulting", "practicing", "working", "voting",
    "polling", "leaked", "published", "released", "signed", "sealed", "redacted", "classified", "unpublished",
    "unreleased", "disputed", "contested", "frustrated", "disappointed", "worried", "alarmed", "outraged",
    "enraged", "excited", "satisfied", "dissatisfied", "unemployed", "employed", "married", "divorced",
    "widowed", "retiring", "dedicated", "devoted", "talented", "veteran", "longtime", "seasoned",
    # job titles: "chief operating officer", "chief nursing officer", "the organizing director"
    "operating", "nursing", "marketing", "engineering", "organizing", "fundraising", "coordinating", "accounting",
    "advertising", "banking", "lending", "planning", "teaching",
}

# Irregular English verbs: base, past, past participle (general English grammar).
IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bet bet bet; bid bid bid; bind bound bound; bite bit bitten; bleed bled bled;
blow blew blown; break broke broken; breed bred bred; bring brought brought; build built built; burn burnt burnt;
buy bought bought; catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done; draw drew drawn; drink drank drunk;
drive drove driven; eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought;
find found found; flee fled fled; fling flung flung; fly flew flown; forbid forbade forbidden; forget forgot forgotten;
forgive forgave forgiven; freeze froze frozen; get got gotten; give gave given; go went gone; grind ground ground;
grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit; hold held held;
hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known; lay laid laid; lead led led; leave left left;
lend lent lent; let let let; lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant;
meet met met; overcome overcame overcome; overtake overtook overtaken; pay paid paid; prove proved proven;
quit quit quit; read read read; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said;
see saw seen; seek sought sought; sell sold sold; send sent sent; set set set; shake shook shaken; shed shed shed;
shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung;
sink sank sunk; sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken; spend spent spent;
spin spun spun; split split split; spread spread spread; stand stood stood; steal stole stolen; stick stuck stuck;
sting stung stung; strike struck struck; strive strove striven; swear swore sworn; sweep swept swept;
swim swam swum; swing swung swung; take took taken; teach taught taught; tear tore torn; tell told told;
think thought thought; throw threw thrown; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; uphold upheld upheld; upset upset upset; wake woke woken; wear wore worn;
win won won; withdraw withdrew withdrawn; withhold withheld withheld; withstand withstood withstood;
write wrote written; oversee oversaw overseen; mislead misled misled; rebuild rebuilt rebuilt; rewrite rewrote rewritten
"""
# Common verbs that are seldom nouns: their finite forms end a noun phrase ('Murphy sent his family
# home', 'the group appears to'). Nouns-and-verbs ('plan', 'support', 'vote') are left out on purpose.
VERBS_NOT_NOUNS = """
accept achieve acquire adapt adopt affect afford agree allow alter amend appear apply appoint approve arrange
arrive assemble assess assign assist assume attain attend attract avoid await become begin behave belong
bother bring broaden build capture carry cease celebrate choose collect combine come compete comply
concentrate conduct confront connect consider consist construct consult contain contemplate contribute
convince cooperate cope create deliver depend deploy deserve destroy develop devote differ disappear discover
discuss dislike dissolve distribute donate dominate earn eliminate emerge employ enable encourage endure
enforce engage enhance enjoy ensure enter establish evaluate evolve examine exceed exclude execute exist
expand explore expose extend fail forget gather generate get give govern grow guarantee happen hesitate
identify ignore illustrate imagine implement impose improve include influence inherit initiate install intend
interfere introduce invade invest investigate involve join justify lend listen locate lose maintain manage
marry mobilize negotiate obtain occupy occur operate organize organise oversee participate perform persuade
possess postpone prepare pretend prevent proceed prohibit promote protect provide publish pursue qualify react
realize realise receive recognize recognise recommend recover reduce reflect regain regulate reinforce relate
rely remove render replace represent require resign resist restore restrict retain retire seek seem sell send
serve settle solve strengthen submit succeed sue suffer surround survive suspend sustain tend threaten tolerate
transform undermine understand undertake unite unveil vanish withdraw
"""


def _verb_only_forms() -> frozenset[str]:
    """Finite forms of verbs that are seldom nouns: irregular pasts and participles ('sent', 'took'),
    and base, 3sg and past forms of VERBS_NOT_NOUNS ('appears', 'organized')."""
    out: set[str] = set()
    ambiguous = {"left", "lay", "ground", "rose", "saw", "felt", "shot", "bound", "lit", "set", "cut", "hit", "read",
                 "cost", "bet", "bid", "quit", "let", "put", "spread", "split", "shed", "hurt", "upset", "given",
                 "become", "come", "run", "been", "had", "was", "known", "found", "beat", "led", "won", "fell",
                 "drawn", "spoken", "written", "born", "borne", "lain", "light", "shown", "said", "told"}
    for row in IRREGULAR_VERBS.replace("\n", " ").split(";"):
        if row.strip():
            _base, past, pp = row.split()
            out.update(w for w in (past, pp) if w not in ambiguous)
    for lemma in VERBS_NOT_NOUNS.split():
        s3, past = inflections(lemma)[:2]
        out.update((lemma, s3))
        if len(past) < 5:
            # A past of four letters ('sued') is too short for the '-ed' test that finds the longer ones
            # ('The parents sued the maker, alleging ...'), so it is listed here.
            out.add(past)
    return frozenset(out)


VERB_ONLY_FORMS = _verb_only_forms()


# Particles of a phrasal participle ('handing out', 'cleaning up', 'turning away'): read by the subject
# scan (subjects) and by typing's head finder (source_types).
ING_PARTICLES = frozenset({"out", "up", "off", "down", "away", "back"})
