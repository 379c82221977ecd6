"""The source registry service: names without letters or digits are refused, aliases unify sources."""

from __future__ import annotations

import pytest

from claims.models import Article, Claim
from claims.services import WorkflowError
from provenance.models import Source, SourceType
from provenance.services import add_attribution, get_or_create_source

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["!!!", "  —  ", "..."])
def test_a_name_without_letters_or_digits_is_refused(name):
    with pytest.raises(WorkflowError, match="letter or digit"):
        get_or_create_source(name=name)
    assert Source.objects.count() == 0


def test_aliases_of_one_name_resolve_to_one_source():
    first = get_or_create_source(name="The Coastline Herald", type=SourceType.NEWS_OUTLET)
    assert get_or_create_source(name="coastline herald.") == first
    assert Source.objects.count() == 1


def test_editor_adding_an_attribution_with_a_punctuation_name_gets_a_clear_error(fact_checker):
    article = Article.objects.create(title="t", body="The mayor said so.", body_sha256="0" * 64)
    claim = Claim.objects.create(article=article, ordinal=0, start=0, end=18, text=article.body, text_hash="h")
    with pytest.raises(WorkflowError, match="letter or digit"):
        add_attribution(claim_id=claim.pk, actor=fact_checker, source_name="???", source_type=SourceType.PERSON)
    assert claim.attributions.count() == 0
