"""Query counts pinned for the desk's pages: they must not grow with the number of rows shown (no N+1).

Each page is measured at two sizes with the same pinned count. The figure counts the session and
the user's permission lookups too, which every admin page pays once.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Article, Claim, ClaimStatus, SourcingStrength
from provenance.models import Attribution, AttributionReview, AttributionRole, Source, SourceType

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_audit_cache():
    """The dashboard keeps its figures in the cache for a minute; each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()

TYPES = [SourceType.NEWS_OUTLET, SourceType.ANONYMOUS, SourceType.OFFICIAL, SourceType.UNSPECIFIED]


def make_articles(n_articles: int, claims_per_article: int) -> list[Article]:
    publisher = Source.objects.get_or_create(canonical_name="Courier", type=SourceType.NEWS_OUTLET)[0]
    sources = [Source.objects.get_or_create(canonical_name=f"Source {t}", type=t)[0] for t in TYPES]
    articles = []
    for a in range(n_articles):
        sentences = [f"Claim {i} of article {a}, the Source said." for i in range(claims_per_article)]
        body = "\n\n".join(sentences)
        article = Article.objects.create(title=f"Article {a}", body=body, body_sha256=f"{a:064d}", publisher=publisher)
        pos = 0
        for i, sentence in enumerate(sentences):
            claim = Claim.objects.create(
                article=article, ordinal=i, start=pos, end=pos + len(sentence), text=sentence, text_hash=f"{i}",
                status=[ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW, ClaimStatus.VERIFIED][i % 3],
                sourcing_strength=[SourcingStrength.ON_RECORD, SourcingStrength.ANONYMOUS_ONLY][i % 2],
            )
            src = sources[i % len(sources)]
            s_at = pos + sentence.index("the Source")
            Attribution.objects.create(
                claim=claim, source=src, source_type=src.type, source_text="the Source", source_start=s_at,
                source_end=s_at + 10, cue_text="said", cue_start=s_at + 11, cue_end=s_at + 15,
                role=AttributionRole.SOURCE,
                review=[AttributionReview.PENDING, AttributionReview.CONFIRMED, AttributionReview.REJECTED][i % 3],
            )
            pos += len(sentence) + 2
        articles.append(article)
    return articles


# Session, user, the user's permissions (two queries: own and groups'), the header's My queue
# count (one capped count) ...
CLAIM_LIST_QUERIES = 10
ARTICLE_PAGE_QUERIES = 9
DASHBOARD_QUERIES = 14  # + precision by engine version, the active tagger model, unnamed sources per type
DASHBOARD_CACHED_QUERIES = 5  # session, user, permissions, queue count: the figures come from the cache
MY_QUEUE_QUERIES = 6  # session, user, permissions (2), the page of claims (with articles), queue count


@pytest.mark.parametrize("n_articles", [2, 6])
def test_claim_list_query_count(client, fact_checker, django_assert_num_queries, n_articles):
    make_articles(n_articles, 5)
    client.force_login(fact_checker)
    url = reverse("admin:claims_claim_changelist")
    with django_assert_num_queries(CLAIM_LIST_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == n_articles * 5


@pytest.mark.parametrize("params", [{"status": "in_review"}, {"source_type": "anonymous"},
                                    {"q": "Source"}])
def test_filtered_claim_list_query_count(client, fact_checker, django_assert_num_queries, params):
    make_articles(3, 6)
    client.force_login(fact_checker)
    # Searched lists only: + the search's probe of matching claim ids, one bounded query per way a
    # claim can match (claims.selectors._claims_matching); a small set runs all four.
    with django_assert_num_queries(CLAIM_LIST_QUERIES + 4 * ("q" in params)):
        response = client.get(reverse("admin:claims_claim_changelist"), params)
    assert response.status_code == 200 and response.context["cl"].result_list


@pytest.mark.parametrize("claims", [3, 30])
def test_article_page_query_count(client, fact_checker, django_assert_num_queries, claims):
    article = make_articles(1, claims)[0]
    client.force_login(fact_checker)
    with django_assert_num_queries(ARTICLE_PAGE_QUERIES):
        response = client.get(reverse("admin:claims_article_read", args=[article.pk]))
    assert response.status_code == 200
    assert response.content.decode().count('class="claim ') == claims


@pytest.mark.parametrize("n_articles", [2, 8])
def test_dashboard_query_count(client, viewer, django_assert_num_queries, n_articles):
    make_articles(n_articles, 4)
    client.force_login(viewer)
    with django_assert_num_queries(DASHBOARD_QUERIES):
        response = client.get(reverse("admin:claims_audit"))
    assert response.status_code == 200
    with django_assert_num_queries(DASHBOARD_CACHED_QUERIES):
        assert client.get(reverse("admin:claims_audit")).status_code == 200
    with django_assert_num_queries(DASHBOARD_QUERIES):
        assert client.get(reverse("admin:claims_audit"), {"refresh": "1"}).status_code == 200


def test_claim_list_never_counts_the_whole_table(client, fact_checker):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_articles(2, 3)
    client.force_login(fact_checker)
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse("admin:claims_claim_changelist"))
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper() and "claims_claim" in q["sql"]]
    assert counts, "the list should count (a capped count)"
    assert all("LIMIT" in sql.upper() for sql in counts), counts


@pytest.mark.parametrize("params", [{"status": ["in_review", "false"]}, {"sourcing_strength": "on_record", "q": "Claim"}])
def test_status_and_strength_filters_add_no_distinct(client, fact_checker, params):
    """DISTINCT made PostgreSQL sort every matching row before the LIMIT (bench/admin.py at 10 M claims)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_articles(2, 3)
    client.force_login(fact_checker)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("admin:claims_claim_changelist"), params).status_code == 200
    listed = [q["sql"] for q in ctx.captured_queries if "claims_claim" in q["sql"] and "ORDER BY" in q["sql"]]
    assert listed and not any("DISTINCT" in sql.upper() for sql in listed), listed
