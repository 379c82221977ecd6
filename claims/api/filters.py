"""Claim filters shared by the list endpoint, the HTTP exports, `manage.py export_claims` and the
admin's claim list.

One FilterSet is the single definition of what a filter means, so an export honours exactly the
filters the list does, and a query string means the same in the API and in the admin (whose
sidebar filters apply this FilterSet: claims/admin_filters.py). Invalid values are form errors
(HTTP 400), never database errors.
"""

from __future__ import annotations

import datetime as dt

import django_filters as filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet

from provenance import selectors as provenance_selectors
from provenance.models import Attribution, AttributionReview, SourceType

from .. import selectors
from ..models import Claim, ClaimFlag, ClaimStatus, SourcingStrength

FLAG_CHOICES = list(ClaimFlag.LABELS.items())


def _live_attributions() -> QuerySet[Attribution]:
    return Attribution.objects.filter(claim=OuterRef("pk")).exclude(review=AttributionReview.REJECTED)


class IdFilter(filters.Filter):
    """A database id: an integer in the range of a bigint, so that no value reaches the database as an error."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class _BoundedIsoDateTimeField(filters.fields.IsoDateTimeField):
    def to_python(self, value):  # noqa: ANN001, ANN201
        value = super().to_python(value)
        if value is not None:
            try:
                # Sent on in UTC: Python allows offsets up to 24 h, PostgreSQL only up to 16 h, and a
                # date at the edge of the calendar with an offset cannot be converted at all.
                value = value.astimezone(dt.UTC)
            except (OverflowError, ValueError):
                raise ValidationError("date-time out of range", code="invalid") from None
        return value


class DateTimeFilter(filters.IsoDateTimeFilter):
    field_class = _BoundedIsoDateTimeField


class ClaimFilter(filters.FilterSet):
    # distinct=False: django-filter's default adds DISTINCT, which a test of the claim's own column
    # never needs, and which made PostgreSQL sort every matching row (29 s for status + search at
    # 10 M claims in bench/admin.py) instead of reading the newest through an index.
    status = filters.MultipleChoiceFilter(choices=ClaimStatus.choices, help_text="Repeat for several.",
                                          distinct=False)
    sourcing_strength = filters.MultipleChoiceFilter(choices=SourcingStrength.choices, distinct=False)
    source_type = filters.ChoiceFilter(
        choices=SourceType.choices, method="filter_source_type",
        help_text="Claims with a non-rejected attribution of this source type.",
    )
    source = IdFilter(
        method="filter_source", help_text="Claims with a non-rejected attribution to this source id."
    )
    publisher = IdFilter(field_name="article__publisher_id")
    article = IdFilter(field_name="article_id")
    assigned_to = IdFilter(field_name="assigned_to_id", help_text="User id.")
    unassigned = filters.BooleanFilter(field_name="assigned_to", lookup_expr="isnull")
    flag = filters.ChoiceFilter(choices=FLAG_CHOICES, method="filter_flag")
    created_after = DateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = DateTimeFilter(field_name="created_at", lookup_expr="lt")
    updated_after = DateTimeFilter(
        field_name="updated_at", lookup_expr="gte", help_text="For incremental sync: changed at or after."
    )
    updated_before = DateTimeFilter(field_name="updated_at", lookup_expr="lt")
    age = filters.ChoiceFilter(
        choices=[(key, label) for key, label, _low, _high in selectors.AGE_BUCKETS], method="filter_age",
        help_text="Age of the claim (the audit dashboard's buckets).",
    )
    matches = filters.ChoiceFilter(
        choices=[("yes", "has matches"), ("first", "first appearance only")], method="filter_matches",
        help_text="Claims found in other articles (suggested or confirmed matches); `first`: only the "
        "earliest of them (no directly matching claim appeared before).",
    )
    q = filters.CharFilter(
        method="filter_q", max_length=200,
        help_text="Search: claim text, or the name of a source attributed in it (registry name, alias or as written).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_source_type(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return selectors.with_source_type(queryset, value)

    def filter_source(self, queryset: QuerySet[Claim], name: str, value: int) -> QuerySet[Claim]:
        return queryset.filter(Exists(_live_attributions().filter(source_id=value)))

    def filter_flag(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return selectors.with_flag(queryset, value)

    def filter_age(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return selectors.aged(queryset, value)

    def filter_matches(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        if value == "first":
            return provenance_selectors.first_appearances_only(queryset)
        return provenance_selectors.with_matches(queryset)

    def filter_q(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        # The admin's search box sends the same `q`: one meaning for both.
        return selectors.search_claims(queryset, value)
