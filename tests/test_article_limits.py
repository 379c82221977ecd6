"""What one article can cost: ARTICLE_MAX_BYTES, claims per article (TAGGING_MAX_CLAIMS, recorded
on the run, never silently), and the API's article detail answering one page of claims."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from test_api_support import client_for

from claims.models import Article, Claim
from provenance.engine import tag
from provenance.models import TaggingRun, TaggingState
from provenance.services import ingest_article

pytestmark = pytest.mark.django_db
API = "/api/v1"

SENTENCES = [f"The council approved budget line {n} on Monday, the clerk said." for n in range(1, 13)]
BODY = " ".join(SENTENCES)


def claims_in(text: str) -> int:
    return sum(1 for s in tag(text).to_dict()["segments"] if s["kind"] == "claim")


def test_claims_over_the_cap_are_left_out_and_counted_on_the_run(settings, django_capture_on_commit_callbacks):
    settings.TAGGING_MAX_CLAIMS = 5
    total = claims_in(BODY)
    assert total > 5
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest_article(body=BODY, url="https://example.org/long").article
    claims = list(Claim.objects.filter(article=article).order_by("ordinal"))
    assert [c.ordinal for c in claims] == [0, 1, 2, 3, 4]
    assert claims[0].text == SENTENCES[0]  # the first ones are kept, in order
    run = TaggingRun.objects.get(article=article)
    assert run.state == TaggingState.DONE
    assert (run.claims_written, run.claims_dropped) == (5, total - 5)


def test_the_batch_path_counts_them_too(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.TAGGING_MAX_CLAIMS = 4
    for n in range(3):
        (tmp_path / f"story-{n}.txt").write_text(BODY.replace("council", f"council {n}"), encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(tmp_path), "--no-progress", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Article.objects.count() == 3
    for run in TaggingRun.objects.all():
        assert run.state == TaggingState.DONE
        assert run.claims_written == 4 and run.claims_dropped == claims_in(run.article.body) - 4
        assert Claim.objects.filter(article=run.article).count() == 4


def test_under_the_cap_nothing_is_dropped(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ingest_article(body=BODY).article
    run = TaggingRun.objects.get(article=article)
    assert run.claims_dropped == 0 and run.claims_written == claims_in(BODY)


def test_default_article_limit_is_sized_for_news(settings):
    # Twice the longest long-form features; the claim cap sits above what such an article yields.
    assert settings.ARTICLE_MAX_BYTES == 256 * 1024
    assert settings.TAGGING_MAX_CLAIMS >= 2000
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 6 * settings.ARTICLE_MAX_BYTES


# --- the API's article detail pages its claims ------------------------------------------------------


@pytest.fixture
def big_article() -> Article:
    article = Article.objects.create(title="Long", body="x" * 2000, body_sha256="a" * 64)
    Claim.objects.bulk_create(
        [Claim(article=article, ordinal=n, start=n * 10, end=n * 10 + 5, text=f"Claim {n}.", text_hash=f"h{n}")
         for n in range(11)]
        # One claim no longer in the body (ordinal NULL) comes last.
        + [Claim(article=article, ordinal=None, start=0, end=5, text="Removed.", text_hash="gone")]
    )
    return article


def test_article_detail_walks_its_claims_page_by_page(big_article, viewer, django_assert_num_queries):
    client = client_for(viewer)
    client.get(API + "/articles/")  # the user's permissions, cached
    url = f"{API}/articles/{big_article.pk}/?claims_page_size=5"
    seen, pages = [], 0
    while url:
        with django_assert_num_queries(3):  # article, one page of claims, their attributions
            body = client.get(url).json()
        assert body["claim_count"] == 12 and body["body"] == big_article.body
        assert len(body["claims"]) <= 5
        seen += [c["text"] for c in body["claims"]]
        url = body["claims_next"]
        pages += 1
    assert pages == 3
    assert seen == [f"Claim {n}." for n in range(11)] + ["Removed."]
    last = client.get(f"{API}/articles/{big_article.pk}/?claims_page=3&claims_page_size=5").json()
    assert last["claims_previous"].endswith("claims_page=2&claims_page_size=5")


def test_article_detail_defaults_to_the_first_hundred_claims(viewer):
    article = Article.objects.create(title="Longer", body="y" * 10, body_sha256="b" * 64)
    Claim.objects.bulk_create([Claim(article=article, ordinal=n, start=0, end=1, text="c", text_hash=f"h{n}")
                               for n in range(130)])
    body = client_for(viewer).get(f"{API}/articles/{article.pk}/").json()
    assert len(body["claims"]) == 100 and body["claim_count"] == 130
    assert "claims_page=2" in body["claims_next"] and body["claims_previous"] is None


@pytest.mark.parametrize("query", ["claims_page=0", "claims_page=x", "claims_page_size=501", "claims_page_size=0",
                                   "claims_page=%C2%B2"])
def test_article_detail_bad_page_parameters_are_400(big_article, viewer, query):
    assert client_for(viewer).get(f"{API}/articles/{big_article.pk}/?{query}").status_code == 400


def test_a_page_past_the_end_is_empty(big_article, viewer):
    body = client_for(viewer).get(f"{API}/articles/{big_article.pk}/?claims_page=99").json()
    assert body["claims"] == [] and body["claims_next"] is None
