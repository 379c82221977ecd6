"""Matching claims across articles, through the real pipeline: ingest, the engine, the match task.

Stories are the project's own, fictional. Tasks run eagerly; on-commit callbacks run as a real
commit would run them (the tagging run sends match_article after its transaction commits).
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

from claims.models import Claim, ClaimStatus, ReviewAction, ReviewEvent
from claims.services import ConflictError, WorkflowError, change_claim_status
from provenance import selectors
from provenance.models import ClaimMatch, MatchSignature, MatchState
from provenance.services import edit_article, ingest_article, matching

pytestmark = pytest.mark.django_db

SCOOP = (
    "Tillbury will close about 650 beds at its public hospitals by August, Mayor Ines Okonjo told the Tillbury "
    "Gazette on Monday.\n\n"
    "Saint Brigid's Hospital would lose its entire burns unit under the plan."
)
RELAY = (
    "Tillbury plans to cut roughly six hundred and fifty hospital beds by August, the Tillbury Gazette reported, "
    "citing Mayor Ines Okonjo.\n\n"
    "Okonjo also said the town would open a new dental clinic in Northgate next spring."
)
PARAPHRASE = "Mayor Ines Okonjo wants to shut 650 beds in the town's public hospitals before August."
DENIAL = "Mayor Ines Okonjo denied on Thursday that Tillbury would close any hospital beds this year."
OTHER_NUMBER = "Tillbury will close about 450 beds at its public hospitals by August, a council aide said."
OTHER_TOWN = "Greyhaven will close about 650 beds at its public hospitals by August, its health director said."


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Ingest an article and run what its commit sends: the tagging run, then matching."""
    counter = iter(range(1, 1000))

    def run(body: str, *, outlet: str = "Tillbury Gazette", day: int = 1, url: str | None = None):
        n = next(counter)
        with django_capture_on_commit_callbacks(execute=True):
            return ingest_article(
                body=body, title=f"story {n}", url=url or f"https://news.example.org/{n}", publisher=outlet,
                published_at=f"2026-04-{day:02d}T09:00:00+00:00",
            ).article

    return run


def claim_of(article, fragment: str) -> Claim:
    return Claim.objects.get(article=article, text__contains=fragment)


def matched_ids(claim: Claim, *, states=(MatchState.SUGGESTED, MatchState.CONFIRMED)) -> set[int]:
    return set(ClaimMatch.objects.filter(claim=claim, state__in=states).values_list("other_id", flat=True))


def test_paraphrase_and_relay_are_matched_after_tagging(publish):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    paraphrase = publish(PARAPHRASE, outlet="Harbor Post", day=3)
    first = claim_of(scoop, "650 beds")
    assert matched_ids(first) == {claim_of(relay, "six hundred").pk, claim_of(paraphrase, "shut 650").pk}
    # The relay's other sentence (same mayor, another fact) matches nothing.
    assert matched_ids(claim_of(relay, "dental clinic")) == set()


def test_denial_different_number_and_different_town_are_not_matched(publish):
    scoop = publish(SCOOP)
    for n, body in enumerate([DENIAL, OTHER_NUMBER, OTHER_TOWN], start=2):
        publish(body, outlet="Valley Courier", day=n)
    assert matched_ids(claim_of(scoop, "650 beds")) == set()
    assert ClaimMatch.objects.count() == 0


def test_matches_are_stored_both_ways_with_the_same_score(publish):
    publish(SCOOP)
    publish(RELAY, outlet="Coast Wire", day=2)
    publish(PARAPHRASE, outlet="Harbor Post", day=3)
    rows = {(m.claim_id, m.other_id): (m.score, m.state) for m in ClaimMatch.objects.all()}
    assert len(rows) == 6  # three pairs
    for (a, b), value in rows.items():
        assert rows[(b, a)] == value


def test_claims_of_the_same_article_are_never_matched(publish):
    article = publish(SCOOP + "\n\n" + PARAPHRASE)
    assert Claim.objects.filter(article=article).count() == 3
    assert ClaimMatch.objects.count() == 0


def test_rejected_match_is_never_suggested_again(publish, fact_checker):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    match = ClaimMatch.objects.get(claim=claim_of(scoop, "650 beds"))
    matching.reject_match(match_id=match.pk, actor=fact_checker, note="different plan")
    for article in (scoop, relay):
        matching.match_article(article_id=article.pk)
    call_command("match_claims", "--all", "--no-progress", stdout=StringIO())
    assert set(ClaimMatch.objects.values_list("state", flat=True)) == {MatchState.REJECTED}
    assert ClaimMatch.objects.count() == 2


def test_confirm_writes_both_rows_and_an_event_on_each_claim(publish, fact_checker):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    a, b = claim_of(scoop, "650 beds"), claim_of(relay, "six hundred")
    version = a.version
    match = ClaimMatch.objects.get(claim=a, other=b)
    matching.confirm_match(match_id=match.pk, actor=fact_checker, note="same plan")
    pair = ClaimMatch.objects.filter(claim__in=[a, b])
    assert {(m.state, m.decided_by_id) for m in pair} == {(MatchState.CONFIRMED, fact_checker.pk)}
    events = ReviewEvent.objects.filter(action=ReviewAction.MATCH_CONFIRMED)
    assert sorted(events.values_list("claim_id", flat=True)) == sorted([a.pk, b.pk])
    assert set(events.values_list("note", flat=True)) == {"same plan"}
    a.refresh_from_db()
    assert a.version == version  # nothing on the claim itself changed
    # Confirming again changes nothing and writes nothing.
    matching.confirm_match(match_id=match.pk, actor=fact_checker)
    assert events.count() == 2


def test_viewer_may_not_decide_a_match(publish, viewer):
    publish(SCOOP)
    publish(RELAY, outlet="Coast Wire", day=2)
    match = ClaimMatch.objects.first()
    with pytest.raises(PermissionDenied):
        matching.confirm_match(match_id=match.pk, actor=viewer)
    assert set(ClaimMatch.objects.values_list("state", flat=True)) == {MatchState.SUGGESTED}
    assert not ReviewEvent.objects.exists()


def test_retag_keeps_confirmed_matches_and_drops_suggestions_that_no_longer_hold(publish, editor, fact_checker,
                                                                               django_capture_on_commit_callbacks):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    paraphrase = publish(PARAPHRASE, outlet="Harbor Post", day=3)
    a = claim_of(scoop, "650 beds")
    confirmed = ClaimMatch.objects.get(claim=a, other=claim_of(relay, "six hundred"))
    matching.confirm_match(match_id=confirmed.pk, actor=fact_checker)
    # The scoop is corrected: the figure changes. The confirmed pair is the editor's and stays;
    # the paraphrase (650) no longer matches the corrected sentence (550).
    with django_capture_on_commit_callbacks(execute=True):
        edit_article(article_id=scoop.pk, actor=editor, title="story", body=SCOOP.replace("about 650", "about 550"),
                     url=scoop.url)
    a.refresh_from_db()
    assert "550" in a.text
    assert matched_ids(a, states=[MatchState.CONFIRMED]) == {confirmed.other_id}
    assert claim_of(paraphrase, "shut 650").pk not in matched_ids(a)


def test_first_appearance_is_the_earliest_article_of_the_group(publish):
    relay = publish(RELAY, outlet="Coast Wire", day=5)
    scoop = publish(SCOOP, day=2)  # ingested later, published earlier
    paraphrase = publish(PARAPHRASE, outlet="Harbor Post", day=7)
    first = claim_of(scoop, "650 beds")
    for article, fragment in ((relay, "six hundred"), (paraphrase, "shut 650"), (scoop, "650 beds")):
        found = selectors.first_appearance(claim_id=claim_of(article, fragment).pk)
        assert (found.claim_id, found.article_url) == (first.pk, scoop.url)
    lonely = claim_of(relay, "dental clinic")
    assert selectors.first_appearance(claim_id=lonely.pk).claim_id == lonely.pk


def test_confirmed_matches_decide_the_group_over_suggestions(publish, fact_checker):
    scoop = publish(SCOOP, day=2)
    relay = publish(RELAY, outlet="Coast Wire", day=5)
    paraphrase = publish(PARAPHRASE, outlet="Harbor Post", day=7)
    b, c = claim_of(relay, "six hundred"), claim_of(paraphrase, "shut 650")
    matching.confirm_match(match_id=ClaimMatch.objects.get(claim=b, other=c).pk, actor=fact_checker)
    # b's group is what editors confirmed: b and c; the scoop, only suggested, is not in it.
    assert selectors.match_groups([b.pk])[b.pk] == {b.pk, c.pk}
    assert selectors.first_appearance(claim_id=c.pk).claim_id == b.pk
    # The scoop has no confirmed match: its suggestions link it to both.
    a = claim_of(scoop, "650 beds")
    assert selectors.match_groups([a.pk])[a.pk] == {a.pk, b.pk, c.pk}


def test_verdict_travels_as_a_suggestion_and_is_applied_by_an_editor(publish, fact_checker):
    scoop = publish(SCOOP, day=2)
    relay = publish(RELAY, outlet="Coast Wire", day=5)
    a, b = claim_of(scoop, "650 beds"), claim_of(relay, "six hundred")
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.FALSE,
                        evidence_url="https://evidence.example.org/budget")
    b.refresh_from_db()
    assert b.status == ClaimStatus.UNVERIFIED  # never automatic
    [verdict] = selectors.matching_verdicts(claim_id=b.pk)
    assert verdict.claim_id == a.pk
    assert verdict.sentence.startswith("a matching claim was rated false on ") and verdict.sentence.endswith(" by fc")
    with pytest.raises(ConflictError):
        matching.apply_matching_verdict(claim_id=b.pk, from_claim_id=a.pk, actor=fact_checker,
                                        expected_version=b.version + 5)
    matching.apply_matching_verdict(claim_id=b.pk, from_claim_id=a.pk, actor=fact_checker, expected_version=b.version)
    b.refresh_from_db()
    assert b.status == ClaimStatus.FALSE
    steps = list(ReviewEvent.objects.filter(claim=b).order_by("id").values_list("to_value", "note", "evidence_url"))
    assert [s[0] for s in steps] == [ClaimStatus.IN_REVIEW, ClaimStatus.FALSE]
    assert f"matching claim {a.pk}" in steps[1][1] and steps[1][2] == "https://evidence.example.org/budget"
    # A decided claim is not overwritten by a second click.
    with pytest.raises(WorkflowError):
        matching.apply_matching_verdict(claim_id=b.pk, from_claim_id=a.pk, actor=fact_checker)


def test_a_verdict_cannot_come_from_an_unmatched_claim(publish, fact_checker):
    scoop = publish(SCOOP)
    other = publish(OTHER_TOWN, outlet="Valley Courier", day=3)
    a, z = claim_of(scoop, "650 beds"), claim_of(other, "Greyhaven")
    change_claim_status(claim_id=z.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=z.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED,
                        evidence_url="https://evidence.example.org/check")
    with pytest.raises(WorkflowError):
        matching.apply_matching_verdict(claim_id=a.pk, from_claim_id=z.pk, actor=fact_checker)
    a.refresh_from_db()
    assert a.status == ClaimStatus.UNVERIFIED


def test_a_rejected_pair_carries_no_verdict(publish, fact_checker):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    a, b = claim_of(scoop, "650 beds"), claim_of(relay, "six hundred")
    matching.reject_match(match_id=ClaimMatch.objects.get(claim=a, other=b).pk, actor=fact_checker)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.FALSE,
                        evidence_url="https://evidence.example.org/check")
    assert selectors.matching_verdicts(claim_id=b.pk) == []


def test_relay_graph_from_attributions_and_matches(publish):
    publish(SCOOP, day=2)
    publish(RELAY, outlet="Coast Wire", day=5)
    gazette = selectors.relay_graph(source_id=Claim.objects.first().article.publisher_id)
    wire_links = {link.name: link for link in gazette["relayed_by"]}
    assert "Coast Wire" in wire_links
    # The wire cites the Gazette by name and repeats its claim.
    assert wire_links["Coast Wire"].by_attribution >= 1 and wire_links["Coast Wire"].by_match == 1
    wire_id = ClaimMatch.objects.first().other.article.publisher_id
    wire = selectors.relay_graph(source_id=wire_id)
    assert "Tillbury Gazette" in {link.name for link in wire["relays"]}


def test_signatures_follow_the_claims(publish, editor, django_capture_on_commit_callbacks):
    article = publish(SCOOP)
    ids = set(Claim.objects.filter(article=article).values_list("id", flat=True))
    assert set(MatchSignature.objects.values_list("claim_id", flat=True)) == ids
    with django_capture_on_commit_callbacks(execute=True):
        edit_article(article_id=article.pk, actor=editor, title="t", body=PARAPHRASE, url=article.url)
    now = set(Claim.objects.filter(article=article, ordinal__isnull=False).values_list("id", flat=True))
    assert set(MatchSignature.objects.values_list("claim_id", flat=True)) == now


def test_match_task_for_a_deleted_article_is_quiet(publish):
    article = publish(SCOOP)
    pk = article.pk
    Claim.objects.filter(article=article).delete()
    article.delete()
    assert matching.match_article(article_id=pk).result == "gone"


def test_match_claims_command(publish):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    ClaimMatch.objects.all().delete()
    MatchSignature.objects.all().delete()
    out = StringIO()
    call_command("match_claims", "--article", str(scoop.pk), "--no-progress", stdout=out)
    # Only the scoop has a signature again, and the relay has none yet: nothing to match.
    assert ClaimMatch.objects.count() == 0
    call_command("match_claims", "--all", "--no-progress", stdout=out)
    assert ClaimMatch.objects.count() == 2
    assert "2 articles" in out.getvalue()
    with pytest.raises(CommandError) as exc:
        call_command("match_claims", "--article", str(relay.pk), "999999", "--no-progress", stdout=out)
    assert exc.value.returncode == 1


def test_matching_again_changes_nothing(publish):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    before = sorted(ClaimMatch.objects.values_list("claim_id", "other_id", "score", "state"))
    for article in (relay, scoop, relay):
        outcome = matching.match_article(article_id=article.pk)
        assert (outcome.suggested, outcome.updated, outcome.removed) == (0, 0, 0)
    assert sorted(ClaimMatch.objects.values_list("claim_id", "other_id", "score", "state")) == before


@pytest.mark.parametrize("state", [MatchState.SUGGESTED, MatchState.REJECTED])
def test_a_pair_missing_one_row_is_repaired_with_the_same_state(publish, fact_checker, state):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    a, b = claim_of(scoop, "650 beds"), claim_of(relay, "six hundred")
    if state == MatchState.REJECTED:
        matching.reject_match(match_id=ClaimMatch.objects.get(claim=a, other=b).pk, actor=fact_checker)
    ClaimMatch.objects.filter(claim=a, other=b).delete()  # one half lost (deleted by hand)
    for article in (relay, scoop):
        matching.match_article(article_id=article.pk)
    assert sorted(ClaimMatch.objects.values_list("claim_id", "other_id", "state")) == sorted(
        [(a.pk, b.pk, state), (b.pk, a.pk, state)])


def test_bad_decisions_are_refused_and_nothing_changes(publish, fact_checker):
    scoop = publish(SCOOP)
    relay = publish(RELAY, outlet="Coast Wire", day=2)
    a, b = claim_of(scoop, "650 beds"), claim_of(relay, "six hundred")
    match = ClaimMatch.objects.get(claim=a, other=b)
    with pytest.raises(WorkflowError):
        matching.decide_match(match_id=match.pk, actor=fact_checker, decision="suggested")
    with pytest.raises(WorkflowError):
        matching.decide_match(match_id=987654, actor=fact_checker, decision=MatchState.CONFIRMED)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.IN_REVIEW)
    change_claim_status(claim_id=a.pk, actor=fact_checker, to_status=ClaimStatus.VERIFIED,
                        evidence_url="https://evidence.example.org/check")
    with pytest.raises(WorkflowError):  # a claim is not its own match
        matching.apply_matching_verdict(claim_id=a.pk, from_claim_id=a.pk, actor=fact_checker)
    assert set(ClaimMatch.objects.values_list("state", flat=True)) == {MatchState.SUGGESTED}
    assert not ReviewEvent.objects.filter(action__in=[ReviewAction.MATCH_CONFIRMED, ReviewAction.MATCH_REJECTED])


def test_an_absurdly_long_word_does_not_break_matching(publish):
    body = "Tillbury will close about 650 beds, " + "z" * 5000 + " said the mayor of Tillbury."
    article = publish(body)
    publish(SCOOP, day=2)
    signature = MatchSignature.objects.get(claim__article=article)
    assert max(len(t) for t in signature.terms.split()) <= 40
    assert matching.match_article(article_id=article.pk).result == "done"


def test_search_terms_prefer_the_rarest_and_leave_out_the_commonest():
    from provenance.matching import claim_features

    f = claim_features("Tillbury will close about 650 beds at its public hospitals by August.")
    plain = matching.query_terms(f)
    assert plain[:2] == ["n650", "tillburi"]  # figures, then names, without statistics
    counts = {"n650": 40.0, "tillburi": 5000.0, "hospit": 3000.0, "public": 900.0}
    ranked = matching.query_terms(f, frequencies=counts)
    # Unlisted terms are rarer than any listed one; over COMMON_TERM signatures a term is left out.
    assert ranked[-2:] == ["n650", "public"] and "tillburi" not in ranked and "hospit" not in ranked
    every = dict.fromkeys(f.terms, 10_000.0)
    assert len(matching.query_terms(f, frequencies=every)) == 2  # never fewer than a pair


@pytest.mark.postgres
def test_term_frequencies_come_from_postgresql_statistics(publish):
    from django.db import connection

    publish(SCOOP)
    publish(RELAY, outlet="Coast Wire", day=2)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE provenance_matchsignature")
    matching._term_stats["at"] = -matching.TERM_STATS_MAX_AGE * 2  # forget the cached figures
    frequencies = matching.term_frequencies()
    assert frequencies.get("tillburi", 0) > 0
