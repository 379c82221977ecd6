import pytest

from provenance.engine import tag

from .helpers import attributions, segments


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Wall Street Journal reported that the deal was close.", "news_outlet"),
        ("People familiar with the matter said the deal was close.", "anonymous"),
        ("Two senior officials who spoke on condition of anonymity said the deal was close.", "anonymous"),
        ("A former engineer who requested anonymity said the deal was close.", "anonymous"),
        ("A Microsoft spokesperson said the deal was close.", "official"),
        ("The Commerce Department said the deal was close.", "government"),
        ("Commerce Secretary Laura Pinsky said the deal was close.", "government"),
        ("Jane Doe said the deal was close.", "person"),
        ("A filing with the SEC shows the deal was close.", "document"),
        ("Critics say the deal was rushed.", "unspecified"),
        ("Some analysts say the deal was rushed.", "unspecified"),
    ],
)
def test_source_types(sentence, expected):
    [att] = attributions(sentence)
    assert att["source"]["type"] == expected


def test_gazetteer_short_forms_resolve_to_canonical():
    text = "WSJ reported the layoffs on Monday. The Journal said the cuts would reach 900 jobs."
    atts = attributions(text)
    assert [a["source"]["canonical"] for a in atts] == ["The Wall Street Journal", "The Wall Street Journal"]
    assert {a["source"]["type"] for a in atts} == {"news_outlet"}


def test_pronoun_and_surname_resolution():
    text = ("Energy Minister Carla Nunez said the grid was stable. She added that prices would fall. "
            "Nunez also said imports were rising.")
    atts = attributions(text)
    assert [a["source"]["text"] for a in atts] == ["Energy Minister Carla Nunez", "She", "Nunez"]
    assert {a["source"]["canonical"] for a in atts} == {"Energy Minister Carla Nunez"}


def test_definite_description_resolution():
    text = "Acme Corp. said profits rose. The company said margins would widen."
    atts = attributions(text)
    assert atts[1]["source"]["canonical"] == atts[0]["source"]["canonical"]


def test_relative_pronoun_resolves_to_its_antecedent():
    text = "The plan was backed by Senator Ray Holt, who said it would pass."
    [att] = attributions(text)
    assert att["source"]["text"] == "who"
    assert att["source"]["canonical"] == "Senator Ray Holt"


def test_status_per_segment():
    text = ("The mayor said taxes would rise. Critics say the plan is unfair. The river flooded on Monday. "
            "The minister allegedly took bribes.")
    assert [s["status"] for s in segments(text)] == ["attributed", "hedged", "unattributed", "hedged"]


def test_not_independently_verified_flag_covers_the_claim_before_the_note():
    text = ("The rebels said they had taken the airport. The Daily Ledger could not independently verify "
            "the claim. Fighting continued on Sunday.")
    segs = segments(text)
    assert segs[0]["flags"] == ["not_independently_verified"]
    assert segs[1]["kind"] == "note"
    assert segs[2]["flags"] == []


def test_document_to_dict_shape():
    doc = tag("Reuters reported that the talks collapsed.").to_dict()
    assert set(doc) == {"engine_version", "segments"}
    [seg] = doc["segments"]
    assert set(seg) == {"start", "end", "kind", "status", "attributions", "flags"}
    [att] = seg["attributions"]
    assert set(att) == {"source", "cue", "role", "confidence", "reason"}
    assert set(att["source"]) == {"start", "end", "text", "type", "canonical"}
    assert set(att["cue"]) == {"start", "end", "text"}
