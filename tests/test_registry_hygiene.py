"""Registry hygiene: head-phrase names, anonymous and vague sources scoped to their article (both
tagging write paths, the editors' path, the split of old shared rows), "change source" honouring
the chosen type."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import PermissionDenied

from claims.models import Article, Claim, ClaimStatus, ReviewAction, ReviewEvent, SourcingStrength
from claims.services import WorkflowError
from provenance.models import Attribution, AttributionReview, Source, SourceAlias, SourceType
from provenance.names import split_name
from provenance.services import (
    add_attribution,
    batch,
    edit_attribution_source,
    get_or_create_source,
    ingest_article,
    merge_sources,
    review_attribution,
    runs,
)
from provenance.services.sources import create_source, update_source

# Our own sentences: two stories from different towns, each with its own "one source" and critics.
HARBOUR = (
    "One source said the harbour bridge would close in March. "
    "Critics say the plan is rushed. "
    "The Wall Street Journal reported that the council had approved the budget. "
    "Two senior city officials, who spoke on condition of anonymity because they were not authorised "
    "to talk, said the mayor knew."
)
VALLEY = (
    "One source said the valley school would merge with its neighbour. "
    "Critics say the merger saves nothing. "
    "The Wall Street Journal reported that the district had run out of funds."
)


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        ("Jane Roe, a scholar at the Harbour Institute", "Jane Roe", "a scholar at the Harbour Institute"),
        ("Two senior city officials, who spoke on condition of anonymity because they were not authorised",
         "Two senior city officials", "who spoke on condition of anonymity because they were not authorised"),
        ("three officials who requested anonymity", "three officials", "who requested anonymity"),
        ("a port worker speaking on condition of anonymity", "a port worker", "speaking on condition of anonymity"),
        ("aides not authorized to discuss the talks", "aides", "not authorized to discuss the talks"),
        ("a report that circulated on Friday", "a report", "that circulated on Friday"),
        ("Mara Quill — the harbour master", "Mara Quill", "the harbour master"),
        ("the Harbour Safety Board (HSB)", "the Harbour Safety Board", "HSB"),
        ("Tom Brack, Jr., a ferry captain", "Tom Brack, Jr.", "a ferry captain"),
        ("Brackwater Shipping, Inc.", "Brackwater Shipping, Inc.", ""),
        ("The Evening Post, London", "The Evening Post, London", ""),
        ("people familiar with the matter", "people familiar with the matter", ""),
        ("a post shared 40,000 times on the Harbour forum", "a post shared 40,000 times on the Harbour forum", ""),
        ("Whitfield Thatcher", "Whitfield Thatcher", ""),
        ("who said so", "who said so", ""),
        ("  Dana   Whitfield ,  ", "Dana Whitfield", ""),
    ],
)
def test_split_name_keeps_the_head_phrase_and_the_description_apart(text, name, description):
    assert split_name(text) == (name, description)


# --- scoping: both tagging write paths ------------------------------------------------------------


def _sources_of(article: Article, name: str) -> set[int]:
    return set(
        Attribution.objects.filter(claim__article=article, source__canonical_name=name).values_list(
            "source_id", flat=True
        )
    )


def _tag_one_by_one(body: str, django_capture_on_commit_callbacks) -> Article:
    with django_capture_on_commit_callbacks(execute=False):
        article = ingest_article(body=body).article
    assert runs.run_tagging(article_id=article.pk).result == "done"
    return article


def _check_scoped(first: Article, second: Article) -> None:
    for name, type_ in (("One source", SourceType.ANONYMOUS), ("Critics", SourceType.UNSPECIFIED)):
        mine, theirs = _sources_of(first, name), _sources_of(second, name)
        assert len(mine) == len(theirs) == 1 and mine != theirs, name
        for source in Source.objects.filter(pk__in=mine | theirs):
            assert source.type == type_  # the figures still see their type
            assert not source.aliases.exists()  # and they claim no global alias
        assert {s.article_id for s in Source.objects.filter(pk__in=mine | theirs)} == {first.pk, second.pk}
    # A named outlet is one registry source for both stories.
    wsj = _sources_of(first, "The Wall Street Journal")
    assert len(wsj) == 1 and wsj == _sources_of(second, "The Wall Street Journal")
    assert Source.objects.get(pk=next(iter(wsj))).article_id is None


@pytest.mark.django_db
def test_one_by_one_tagging_scopes_anonymous_and_vague_sources_to_their_article(django_capture_on_commit_callbacks):
    first = _tag_one_by_one(HARBOUR, django_capture_on_commit_callbacks)
    second = _tag_one_by_one(VALLEY, django_capture_on_commit_callbacks)
    _check_scoped(first, second)
    # A re-tag finds the article's own sources again: nothing new in the registry.
    before = Source.objects.count()
    assert runs.run_tagging(article_id=first.pk).result in ("done", "skipped")
    assert Source.objects.count() == before


@pytest.mark.django_db
def test_batch_tagging_scopes_them_the_same_way(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        ids = [ingest_article(body=b).article.pk for b in (HARBOUR, VALLEY)]
    assert batch.run_tagging_batch(article_ids=ids) == {"done": 2}
    first, second = Article.objects.get(pk=ids[0]), Article.objects.get(pk=ids[1])
    _check_scoped(first, second)


@pytest.mark.django_db
def test_clause_names_are_filed_under_their_head_phrase(django_capture_on_commit_callbacks):
    article = _tag_one_by_one(HARBOUR, django_capture_on_commit_callbacks)
    officials = Attribution.objects.get(claim__article=article, source_text__startswith="Two senior city officials")
    assert officials.source.canonical_name == "Two senior city officials"
    assert officials.source.description.startswith("who spoke on condition of anonymity")
    assert officials.source_text.endswith("not authorised to talk")  # the words as written stay on the attribution
    assert officials.source.article_id == article.pk


# --- the editors' path ------------------------------------------------------------------------


def _claim(body: str = "The ferry will stop running, a source said.") -> Claim:
    article = Article.objects.create(title="t", body=body, body_sha256=str(Article.objects.count()).zfill(64))
    return Claim.objects.create(article=article, ordinal=0, start=0, end=len(body), text=body, text_hash="h")


@pytest.mark.django_db
def test_a_reviewer_adding_an_anonymous_source_gets_one_scoped_to_the_claims_article(fact_checker):
    first, second = _claim(), _claim()
    a = add_attribution(claim_id=first.pk, actor=fact_checker, source_name="a source", source_type=SourceType.ANONYMOUS)
    b = add_attribution(claim_id=second.pk, actor=fact_checker, source_name="a source", source_type=SourceType.ANONYMOUS)
    assert a.source_id != b.source_id
    assert (a.source.article_id, b.source.article_id) == (first.article_id, second.article_id)
    # Named again in the same article (without a type), it is the same source.
    again = add_attribution(claim_id=first.pk, actor=fact_checker, source_name="A source.")
    assert again.source_id == a.source_id
    # A source scoped to another article cannot be picked by id.
    with pytest.raises(WorkflowError, match="another article"):
        add_attribution(claim_id=second.pk, actor=fact_checker, source_id=a.source_id)


@pytest.mark.django_db
def test_scoped_sources_take_no_alias_and_merge_only_within_their_article(editor):
    first, second = _claim(), _claim()
    mine = get_or_create_source(name="one source", type=SourceType.ANONYMOUS, article_id=first.article_id)
    theirs = get_or_create_source(name="one source", type=SourceType.ANONYMOUS, article_id=second.article_id)
    outlet = get_or_create_source(name="The Harbour Gazette")
    with pytest.raises(WorkflowError, match="no aliases"):
        update_source(source_id=mine.pk, actor=editor, aliases=["one source"])
    with pytest.raises(WorkflowError, match="one article only"):
        merge_sources(keep_id=mine.pk, merge_id=theirs.pk, actor=editor)
    with pytest.raises(WorkflowError, match="one article only"):
        merge_sources(keep_id=mine.pk, merge_id=outlet.pk, actor=editor)
    # Folding a scoped source into a registry source (it was the Gazette all along) is fine.
    merge_sources(keep_id=outlet.pk, merge_id=mine.pk, actor=editor)
    assert not Source.objects.filter(pk=mine.pk).exists()
    assert not SourceAlias.objects.filter(normalised="one source").exists()


# --- old shared rows split by migration 0011 --------------------------------------------------------


@pytest.mark.django_db
def test_migration_splits_a_shared_anonymous_source_per_article_keeping_every_decision(fact_checker):
    split = importlib.import_module("provenance.migrations.0011_split_shared_scoped_sources").split
    first, second = _claim(), _claim()
    shared = Source.objects.create(canonical_name="a source", type=SourceType.ANONYMOUS)
    SourceAlias.objects.create(source=shared, alias="a source", normalised="a source")
    outlet = get_or_create_source(name="The Harbour Gazette")
    rows = [
        Attribution.objects.create(claim=c, source=s, source_text=s.canonical_name, source_type=s.type)
        for c in (first, second) for s in (shared, outlet)
    ]
    review_attribution(attribution_id=rows[0].pk, actor=fact_checker, decision=AttributionReview.CONFIRMED)
    events = list(ReviewEvent.objects.values_list("pk", "attribution_id"))

    split(apps, None)

    assert not Source.objects.filter(pk=shared.pk).exists()
    assert not SourceAlias.objects.filter(normalised="a source").exists()
    moved = {a.pk: a for a in Attribution.objects.filter(pk__in=[r.pk for r in rows]).select_related("source")}
    assert len(moved) == 4  # nothing lost
    for row in rows:
        now = moved[row.pk]
        if row.source_id == outlet.pk:
            assert now.source_id == outlet.pk
        else:
            assert (now.source.canonical_name, now.source.type) == ("a source", SourceType.ANONYMOUS)
            assert now.source.article_id == row.claim.article_id
    assert moved[rows[0].pk].review == AttributionReview.CONFIRMED
    assert moved[rows[0].pk].source_id != moved[rows[2].pk].source_id
    assert list(ReviewEvent.objects.values_list("pk", "attribution_id")) == events
    split(apps, None)  # a second run finds nothing shared
    assert Source.objects.filter(canonical_name="a source").count() == 2


@pytest.mark.django_db
def test_migration_keeps_a_shared_source_something_else_still_needs():
    split = importlib.import_module("provenance.migrations.0011_split_shared_scoped_sources").split
    claim = _claim()
    shared = Source.objects.create(canonical_name="critics", type=SourceType.UNSPECIFIED)
    child = Source.objects.create(canonical_name="critics of the port", type=SourceType.UNSPECIFIED, parent=shared)
    Attribution.objects.create(claim=claim, source=shared, source_text="critics", source_type=shared.type)
    split(apps, None)
    assert Source.objects.filter(pk=shared.pk).exists()
    assert Attribution.objects.get(claim=claim).source.article_id == claim.article_id
    assert Source.objects.get(pk=child.pk).parent_id == shared.pk


# --- "change source" honours the chosen type ----------------------------------------------------


@pytest.mark.django_db
def test_change_source_to_an_existing_source_honours_the_type_an_editor_chose(editor):
    claim = _claim()
    council = create_source(actor=editor, canonical_name="Harbour Council", type=SourceType.OFFICIAL)
    other = _claim()
    elsewhere = add_attribution(claim_id=other.pk, actor=editor, source_id=council.pk)
    a = add_attribution(claim_id=claim.pk, actor=editor, source_name="a source", source_type=SourceType.ANONYMOUS)
    assert Claim.objects.get(pk=claim.pk).sourcing_strength == SourcingStrength.ANONYMOUS_ONLY

    edited = edit_attribution_source(attribution_id=a.pk, actor=editor, source_name="Harbour Council",
                                     source_type=SourceType.GOVERNMENT, note="it is the city's council")

    council.refresh_from_db()
    assert (edited.source_id, edited.source_type, council.type) == (council.pk, SourceType.GOVERNMENT,
                                                                     SourceType.GOVERNMENT)
    # The registry's type is carried to its other attributions, as an edit of the source does.
    assert Attribution.objects.get(pk=elsewhere.pk).source_type == SourceType.GOVERNMENT
    assert Claim.objects.get(pk=claim.pk).sourcing_strength == SourcingStrength.ON_RECORD
    event = ReviewEvent.objects.filter(action=ReviewAction.ATTRIBUTION_EDITED).get()
    assert "anonymous" in event.from_value and "government" in event.to_value
    assert ReviewEvent.objects.filter(action=ReviewAction.SOURCE_EDITED, to_value__contains="government").exists()


@pytest.mark.django_db
def test_change_source_without_a_type_keeps_the_registered_one(editor):
    claim = _claim()
    council = create_source(actor=editor, canonical_name="Harbour Council", type=SourceType.OFFICIAL)
    a = add_attribution(claim_id=claim.pk, actor=editor, source_name="a source", source_type=SourceType.ANONYMOUS)
    edited = edit_attribution_source(attribution_id=a.pk, actor=editor, source_name="harbour council")
    council.refresh_from_db()
    assert (edited.source_type, council.type) == (SourceType.OFFICIAL, SourceType.OFFICIAL)


@pytest.mark.django_db
def test_a_fact_checker_may_not_retype_a_registry_source_and_nothing_changes(fact_checker, editor):
    claim = _claim()
    council = create_source(actor=editor, canonical_name="Harbour Council", type=SourceType.OFFICIAL)
    a = add_attribution(claim_id=claim.pk, actor=fact_checker, source_name="a source",
                        source_type=SourceType.ANONYMOUS)
    with pytest.raises(PermissionDenied, match="Editor's right"):
        edit_attribution_source(attribution_id=a.pk, actor=fact_checker, source_id=council.pk,
                                source_type=SourceType.GOVERNMENT)
    council.refresh_from_db()
    a.refresh_from_db()
    assert (council.type, a.source.canonical_name, a.source_type) == (SourceType.OFFICIAL, "a source",
                                                                       SourceType.ANONYMOUS)


@pytest.mark.django_db
def test_a_fact_checker_may_retype_a_source_scoped_to_the_article_under_review(fact_checker):
    claim = _claim()
    a = add_attribution(claim_id=claim.pk, actor=fact_checker, source_name="a source",
                        source_type=SourceType.ANONYMOUS)
    edited = edit_attribution_source(attribution_id=a.pk, actor=fact_checker, source_name="a source",
                                     source_type=SourceType.OFFICIAL)
    assert (edited.source_id, edited.source.type, edited.source_type) == (a.source_id, SourceType.OFFICIAL,
                                                                          SourceType.OFFICIAL)
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.UNVERIFIED
    assert Claim.objects.get(pk=claim.pk).sourcing_strength == SourcingStrength.ON_RECORD


@pytest.mark.django_db
def test_deleting_an_untouched_article_takes_its_scoped_sources_with_it(django_capture_on_commit_callbacks):
    article = _tag_one_by_one(HARBOUR, django_capture_on_commit_callbacks)
    scoped = list(Source.objects.filter(article=article).values_list("pk", flat=True))
    assert scoped
    article.delete()
    assert not Source.objects.filter(pk__in=scoped).exists()
    assert Source.objects.filter(canonical_name="The Wall Street Journal").exists()


# --- alias search in every claim and source search ------------------------------------------------


@pytest.fixture
def tagged(django_capture_on_commit_callbacks):
    harbour = _tag_one_by_one(HARBOUR, django_capture_on_commit_callbacks)
    _tag_one_by_one("The mayor said the ferry would run on Sundays.", django_capture_on_commit_callbacks)
    wsj = Source.objects.get(canonical_name="The Wall Street Journal")
    # Tagging filed it under its own name only: "WSJ" is no alias in the registry.
    assert not SourceAlias.objects.filter(normalised="wsj").exists()
    journal_claim = Attribution.objects.get(claim__article=harbour, source=wsj).claim
    return wsj, journal_claim


@pytest.mark.django_db
@pytest.mark.parametrize("term", ["WSJ", "wsj", "the Journal"])
def test_claim_search_finds_claims_by_any_spelling_of_their_source(client, viewer, tagged, term):
    wsj, journal_claim = tagged
    client.force_login(viewer)
    shown = client.get("/admin/claims/claim/", {"q": term}).context["cl"].result_list
    assert [c.pk for c in shown] == [journal_claim.pk]
    client.force_login(viewer)
    api = client.get("/api/v1/claims/", {"q": term}).json()["results"]
    assert [c["id"] for c in api] == [journal_claim.pk]


@pytest.mark.django_db
def test_source_searches_find_a_source_by_a_spelling_it_has_no_alias_for(client, viewer, tagged):
    wsj, _ = tagged
    client.force_login(viewer)
    admin_rows = client.get("/admin/provenance/source/", {"q": "WSJ"}).context["cl"].result_list
    assert [s.pk for s in admin_rows] == [wsj.pk]
    api = client.get("/api/v1/sources/", {"q": "WSJ"}).json()["results"]
    assert [s["id"] for s in api] == [wsj.pk]
    # A word that is no spelling of it finds nothing of it.
    assert wsj.pk not in [s["id"] for s in client.get("/api/v1/sources/", {"q": "Gazette"}).json()["results"]]


# --- the clean-up view ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_clean_up_lists_clause_names_and_person_typed_organisations_with_ways_to_fix_them(client, editor):
    roe = create_source(actor=editor, canonical_name="Jane Roe", type=SourceType.PERSON)
    clause = create_source(actor=editor, canonical_name="Jane Roe, a scholar at the Harbour Institute",
                           type=SourceType.PERSON)
    long_one = create_source(actor=editor, canonical_name="a person with knowledge of the plans for the ferry port",
                             type=SourceType.ANONYMOUS)
    reuters_as_person = create_source(actor=editor, canonical_name="Reuters", type=SourceType.PERSON)
    fine = [
        create_source(actor=editor, canonical_name="Brackwater Shipping, Inc.", type=SourceType.OFFICIAL),
        create_source(actor=editor, canonical_name="people familiar with the matter", type=SourceType.ANONYMOUS),
        create_source(actor=editor, canonical_name="The Associated Press", type=SourceType.NEWS_OUTLET),
    ]
    client.force_login(editor)
    listing = client.get("/admin/provenance/source/")
    assert 'href="/admin/provenance/source/clean-up/"' in listing.content.decode()
    response = client.get("/admin/provenance/source/clean-up/")
    assert response.status_code == 200
    suspects = {s.source.pk: s for s in response.context["suspects"]}
    assert set(suspects) == {clause.pk, long_one.pk, reuters_as_person.pk}
    assert not set(suspects) & {roe.pk, *(s.pk for s in fine)}
    assert (suspects[clause.pk].suggested_name, suspects[clause.pk].merge_into) == ("Jane Roe", roe)
    assert "news outlet" in suspects[reuters_as_person.pk].reasons[0]
    page = response.content.decode()
    assert f'href="/admin/provenance/source/{clause.pk}/change/"' in page
    assert "Merge with Jane Roe" in page
    # The merge button opens the registry's merge form with both sources.
    merge = client.post("/admin/provenance/source/", {"action": "merge_selected",
                                                      "_selected_action": [clause.pk, roe.pk]})
    assert merge.status_code == 200 and {s.pk for s in merge.context["sources"]} == {clause.pk, roe.pk}


@pytest.mark.django_db
def test_clean_up_is_for_editors_only(client, fact_checker):
    client.force_login(fact_checker)
    assert client.get("/admin/provenance/source/clean-up/").status_code == 403
    assert "clean-up/" not in client.get("/admin/provenance/source/").content.decode()


# --- the dashboard's figures ------------------------------------------------------------------------


@pytest.mark.django_db
def test_most_cited_sources_no_longer_pool_unnamed_sources_across_stories(client, editor,
                                                                          django_capture_on_commit_callbacks):
    from claims.selectors import audit_summary

    for n in range(3):
        body = (f"One source said the pier {n} would close. One source said the toll {n} would rise. "
                f"The Wall Street Journal reported that the ferry {n} was late.")
        _tag_one_by_one(body, django_capture_on_commit_callbacks)
    summary = audit_summary()
    cited = {row["name"]: row["attributions"] for row in summary["most_cited_sources"]}
    assert cited == {"The Wall Street Journal": 3}
    assert summary["unnamed_sources"] == [{"type": "anonymous", "sources": 3, "articles": 3}]
    client.force_login(editor)
    page = client.get("/admin/claims/claim/audit/").content.decode()
    assert "3 <span class=\"src t-anonymous\">anonymous</span> in 3 articles" in page


@pytest.mark.django_db
def test_the_name_picker_offers_the_registry_and_this_articles_unnamed_sources_only():
    from provenance.selectors import source_names_for_picker

    first, second = _claim(), _claim()
    get_or_create_source(name="The Harbour Gazette")
    get_or_create_source(name="a dock worker", type=SourceType.ANONYMOUS, article_id=first.article_id)
    get_or_create_source(name="a ferry pilot", type=SourceType.ANONYMOUS, article_id=second.article_id)
    assert set(source_names_for_picker(article_id=first.article_id)) == {"The Harbour Gazette", "a dock worker"}
    assert source_names_for_picker() == ["The Harbour Gazette"]


@pytest.mark.django_db
def test_source_list_filters_by_scope(client, editor):
    claim = _claim()
    outlet = get_or_create_source(name="The Harbour Gazette")
    scoped = get_or_create_source(name="a dock worker", type=SourceType.ANONYMOUS, article_id=claim.article_id)
    client.force_login(editor)
    for scope, expected in (("registry", [outlet.pk]), ("article", [scoped.pk])):
        rows = client.get("/admin/provenance/source/", {"scope": scope}).context["cl"].result_list
        assert [s.pk for s in rows] == expected


@pytest.mark.django_db
def test_a_resolved_name_keeps_the_description_its_words_as_written_add(django_capture_on_commit_callbacks):
    article = _tag_one_by_one("Jane Roe, a scholar at the Harbour Institute, said the tolls would double.",
                              django_capture_on_commit_callbacks)
    roe = Attribution.objects.get(claim__article=article).source
    assert (roe.canonical_name, roe.description, roe.article_id) == ("Jane Roe", "a scholar at the Harbour Institute",
                                                                     None)
