"""The admin claim list's filters, which are the API's claim filters.

Each sidebar filter takes the API's parameter (`status`, `sourcing_strength`, `source_type`,
`publisher`, `assigned_to` / `unassigned`, `flag`, `age`, `matches`; the search box's `q`) and has
claims.api.filters.ClaimFilter apply it, so a query string means the same in
/admin/claims/claim/?… and /api/v1/claims/?… or /api/v1/exports/claims.csv?…: a desk can share
one URL, and the list's "Export" links carry its filters to the exports unchanged. The API's
other filters (`source`, `article`, `created_*`, `updated_*`) work in the admin too and show as
"other filters" with a link to drop each.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import QuerySet
from django.http import QueryDict
from django.urls import reverse

from provenance.models import SourceType

from . import selectors
from .api.filters import FLAG_CHOICES, ClaimFilter
from .models import ClaimStatus, SourcingStrength


def apply_claim_filters(queryset: QuerySet, params: dict[str, list[str]]) -> QuerySet:
    data = QueryDict(mutable=True)
    for name, values in params.items():
        data.setlist(name, values)
    filterset = ClaimFilter(data, queryset=queryset)
    if not filterset.is_valid():
        # The admin answers this by reloading the list unfiltered with its "?e=1" error flag.
        raise IncorrectLookupParameters(filterset.errors)
    return filterset.qs


class ClaimListFilter(admin.SimpleListFilter):
    """A sidebar filter over API parameters; ClaimFilter applies them. Every value of a repeated
    parameter is kept (`?status=false&status=misleading` is either, as in the API)."""

    def __init__(self, request, params, model, model_admin) -> None:  # noqa: ANN001
        self.given = {name: list(params.pop(name)) for name in self.expected_parameters() if name in params}
        super().__init__(request, params, model, model_admin)

    def expected_parameters(self) -> list[str]:
        return [self.parameter_name]

    def values(self, name: str | None = None) -> list[str]:
        return self.given.get(name or self.parameter_name, [])

    def queryset(self, request, queryset):  # noqa: ANN001, ANN201
        return apply_claim_filters(queryset, self.given) if self.given else queryset

    def choices(self, changelist):  # noqa: ANN001, ANN201
        yield {"selected": not self.given, "display": "All",
               "query_string": changelist.get_query_string(remove=self.expected_parameters())}
        for value, label in self.lookup_choices:
            yield {"selected": str(value) in self.values(), "display": label,
                   "query_string": changelist.get_query_string({self.parameter_name: value},
                                                               remove=self.expected_parameters())}


class StatusFilter(ClaimListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return ClaimStatus.choices


class SourcingStrengthFilter(ClaimListFilter):
    title = "sourcing strength"
    parameter_name = "sourcing_strength"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return SourcingStrength.choices


class SourceTypeFilter(ClaimListFilter):
    title = "source type"
    parameter_name = "source_type"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return SourceType.choices


class PublisherFilter(ClaimListFilter):
    title = "publisher"
    parameter_name = "publisher"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return selectors.publishers()


class AssignedFilter(ClaimListFilter):
    """`assigned_to=<user id>` or `unassigned=true`: "me" is the user's own id, so a shared URL
    means the same person for everyone who opens it."""

    title = "assigned editor"
    parameter_name = "assigned_to"

    def expected_parameters(self) -> list[str]:
        return ["assigned_to", "unassigned"]

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        me = request.user.pk
        return [(str(me), "me"), *[(str(u.pk), u.get_username()) for u in selectors.reviewers() if u.pk != me]]

    def choices(self, changelist):  # noqa: ANN001, ANN201
        choices = list(super().choices(changelist))
        nobody = {"selected": self.values("unassigned") == ["true"], "display": "nobody",
                  "query_string": changelist.get_query_string({"unassigned": "true"}, remove=["assigned_to"])}
        return [choices[0], choices[1], nobody, *choices[2:]] if len(choices) > 1 else [*choices, nobody]


class FlagFilter(ClaimListFilter):
    title = "flag"
    parameter_name = "flag"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return FLAG_CHOICES


class AgeFilter(ClaimListFilter):
    title = "age"
    parameter_name = "age"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return [(key, label) for key, label, _low, _high in selectors.AGE_BUCKETS]


class MatchesFilter(ClaimListFilter):
    title = "elsewhere"
    parameter_name = "matches"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return ClaimFilter.base_filters["matches"].extra["choices"]


class OtherApiFilters(ClaimListFilter):
    """The API filters without a sidebar list of their own; shown only while one is in use."""

    title = "other filters"
    parameter_name = "article"
    NAMES = ("article", "source", "created_after", "created_before", "updated_after", "updated_before")

    def expected_parameters(self) -> list[str]:
        return list(self.NAMES)

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201
        return [("", "")]  # has_output() needs one; choices() below lists what is in use

    def has_output(self) -> bool:
        return bool(self.given)

    def choices(self, changelist):  # noqa: ANN001, ANN201
        yield {"selected": False, "display": "drop these",
               "query_string": changelist.get_query_string(remove=self.expected_parameters())}
        for name, values in self.given.items():
            for value in values:
                yield {"selected": True, "display": f"{name.replace('_', ' ')}: {value}",
                       "query_string": changelist.get_query_string(remove=[name])}


LIST_FILTERS = [StatusFilter, SourcingStrengthFilter, SourceTypeFilter, PublisherFilter, AssignedFilter, FlagFilter,
                AgeFilter, MatchesFilter, OtherApiFilters]


def export_links(query: QueryDict) -> list[tuple[str, str]]:
    """The exports of what the list shows: its filter parameters (and search) and nothing else."""
    kept = QueryDict(mutable=True)
    for name in ClaimFilter.base_filters:
        if name in query:
            kept.setlist(name, query.getlist(name))
    suffix = f"?{kept.urlencode()}" if kept else ""
    return [("Export CSV", reverse("api:export-csv") + suffix),
            ("Export JSON lines", reverse("api:export-jsonl") + suffix)]
