"""The claim review page's desk flow: previous/next claim in the list the editor came from, and the
one form that decides a claim (attributions, status, note, evidence) in a single submit.

The desk list passes its query string as `_changelist_filters` (Django's preserved filters); the
review page keeps it on every link and redirect, so "next" means the next row of the list the
editor is working through, with its filters, search and order. The neighbours are found with a
keyset query (the row just after this claim's ordering values, LIMIT 1) on the list's indexes:
never by loading or counting the list, which can hold millions of claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import SEARCH_VAR
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, QueryDict
from django.urls import reverse

from .admin_filters import apply_claim_filters
from .api.filters import ClaimFilter
from .models import DECIDED_STATUSES, Claim, ClaimStatus

PRESERVED = "_changelist_filters"


def list_query(request: HttpRequest) -> str:
    """The desk list's query string this page was opened from ("" when opened on its own)."""
    return request.GET.get(PRESERVED, "")


def with_list_query(url: str, query: str) -> str:
    return f"{url}?{urlencode({PRESERVED: query})}" if query else url


def review_url(claim_id: int, query: str) -> str:
    return with_list_query(reverse("admin:claims_claim_change", args=[claim_id]), query)


def list_url(query: str) -> str:
    url = reverse("admin:claims_claim_changelist")
    return f"{url}?{query}" if query else url


def _ordering(model_admin, request: HttpRequest, params: QueryDict) -> list[str]:  # noqa: ANN001
    """The list's ORDER BY for these parameters, as the admin's ChangeList computes it.

    Django's own ChangeList.get_ordering (column numbers in `o`, the admin's default ordering, a
    primary key appended for a total order) is used on an instance built without its __init__,
    which would run the list's queries (filter choices, page, count) that this page does not need.
    """
    list_display = list(model_admin.get_list_display(request))
    if model_admin.get_actions(request):
        list_display = ["action_checkbox", *list_display]  # as get_changelist_instance numbers the columns
    cl = object.__new__(model_admin.get_changelist(request))
    cl.model, cl.lookup_opts, cl.model_admin = Claim, Claim._meta, model_admin
    cl.list_display, cl.params = list_display, {k: params.get(k) for k in params}
    # The admin's queryset carries the admin's ordering, which ChangeList appends after the chosen
    # column (sorting by status walks each status newest first, on the (status, created_at) index).
    return cl.get_ordering(request, model_admin.get_queryset(request))


def _after(fields: list[tuple[str, bool]], values: list, forward: bool) -> Q:
    """Rows strictly after these values in this lexicographic order, bounded on the first column."""
    after = Q()
    equal = Q()
    for (name, desc), value in zip(fields, values, strict=True):
        greater = desc != forward  # walking forward on a descending column means smaller values
        after |= equal & Q(**{f"{name}__{'gt' if greater else 'lt'}": value})
        equal &= Q(**{name: value})
    # The first column's bound alone is an index range condition; the OR above only refines it.
    first, first_desc = fields[0]
    return Q(**{f"{first}__{'gte' if first_desc != forward else 'lte'}": values[0]}) & after


def _keyset(ordering: list[str], claim: Claim, forward: bool) -> tuple[list[Q], list[str]] | None:
    """(conditions to try in turn, the first row found wins; the ordering to walk them), or None if
    the ordering is not plain columns of the claim (then no neighbour links rather than wrong ones).

    A two-column order (created_at, id) is one range walk on its index. A longer one (a sorted
    column, then the admin's created_at and id) is asked in two steps, each a range walk on the
    (status, created_at) index: the rest of this claim's group, then the groups after it. One OR
    over all columns would make PostgreSQL read the whole group to sort it.
    """
    fields: list[tuple[str, bool]] = []  # (column, descending)
    for part in ordering:
        if not isinstance(part, str) or "__" in part or part.lstrip("-") in ("", "?"):
            return None
        name = part.lstrip("-")
        name = "id" if name == "pk" else name
        try:
            Claim._meta.get_field(name)
        except Exception:  # noqa: BLE001 - FieldDoesNotExist: an annotation or a related ordering
            return None
        if name not in {n for n, _d in fields}:  # a column repeated later in the order decides nothing
            fields.append((name, part.startswith("-")))
    values = [getattr(claim, name) for name, _desc in fields]
    if any(v is None for v in values):
        return None
    walk = [f"-{n}" if (d == forward) else n for n, d in fields]
    if len(fields) <= 2:
        return [_after(fields, values, forward)], walk
    (first, first_desc), rest = fields[0], fields[1:]
    same_group = Q(**{first: values[0]}) & _after(rest, values[1:], forward)
    later_groups = Q(**{f"{first}__{'gt' if first_desc != forward else 'lt'}": values[0]})
    return [same_group, later_groups], walk


def _list_rows(model_admin, request: HttpRequest, params: QueryDict) -> QuerySet[Claim]:  # noqa: ANN001
    """The list's rows for these parameters: its filters (the API's, claims.admin_filters) and search."""
    queryset = model_admin.get_queryset(request).prefetch_related(None).order_by()
    given = {name: params.getlist(name) for name in ClaimFilter.base_filters if name in params and name != "q"}
    if given:
        queryset = apply_claim_filters(queryset, given)
    if term := params.get(SEARCH_VAR, "").strip():
        queryset, _duplicates = model_admin.get_search_results(request, queryset, term)
    if queryset.query.distinct and len(queryset.query.alias_map) == 1:
        # django-filter adds DISTINCT for multiple-choice filters; on the claim table alone (every
        # filter here is a column or an EXISTS) no row can repeat, and DISTINCT would keep
        # PostgreSQL from stopping at the first row of the index walk.
        queryset.query.distinct = False
    return queryset


@dataclass(frozen=True)
class Neighbours:
    previous_id: int | None
    next_id: int | None


def neighbours(model_admin, request: HttpRequest, claim: Claim, *, query: str,  # noqa: ANN001
               want_previous: bool = True) -> Neighbours:
    """The claims just before and after `claim` in the desk list `query` describes (an indexed
    LIMIT 1 query each; two when the list is sorted by a column and this claim ends its group). `claim` need not be in the list any more (a decision can take it out of a status
    filter): its ordering values still place it."""
    params = QueryDict(query)
    try:
        rows = _list_rows(model_admin, request, params)
        ordering = _ordering(model_admin, request, params)
    except (IncorrectLookupParameters, ValidationError):
        return Neighbours(None, None)
    found: list[int | None] = []
    for forward in ((False, True) if want_previous else (True,)):
        keyset = _keyset(ordering, claim, forward)
        if keyset is None:
            return Neighbours(None, None)
        steps, walk = keyset
        hit = None
        for where in steps:
            hit = rows.filter(where).order_by(*walk).values_list("pk", flat=True).first()
            if hit is not None:
                break
        found.append(hit)
    return Neighbours(found[0], found[1]) if want_previous else Neighbours(None, found[0])


# The reading page's inline decisions: which claims offer them (a decided claim's attributions are
# locked until it is reopened) and the two buttons, posted to the review page's `attribution` op.
INLINE_DECISIONS = {
    "open_statuses": [s for s in ClaimStatus.values if s not in DECIDED_STATUSES],
    "decisions": [("confirmed", "Confirm"), ("rejected", "Reject")],
}

# The decision form's keys: one letter per verdict (review.js reads them from the page).
STATUS_KEYS = [("v", ClaimStatus.VERIFIED), ("f", ClaimStatus.FALSE), ("m", ClaimStatus.MISLEADING),
               ("u", ClaimStatus.UNVERIFIABLE)]


def marked(form: forms.Form | None, name: str) -> set[int]:
    """Attribution ids a refused decision had ticked, so the page shows them ticked again."""
    if form is None or not form.is_bound:
        return set()
    return {int(v) for v in form.data.getlist(f"{form.prefix}-{name}") if v.isdigit()}


# --- the decision form ---------------------------------------------------------------------------


class DecisionForm(forms.Form):
    """One submit decides a claim: its pending attributions (confirm / reject), its status (from
    unverified straight to a decision, the review step recorded), a note and an evidence link."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    to_status = forms.ChoiceField(label="New status", required=False, widget=forms.RadioSelect)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
                           help_text="Kept forever in the history. Required to reopen a decided claim.")
    evidence_url = forms.URLField(required=False, max_length=2000, assume_scheme="https", label="Evidence link")
    confirm = forms.TypedMultipleChoiceField(required=False, coerce=int, widget=forms.MultipleHiddenInput)
    reject = forms.TypedMultipleChoiceField(required=False, coerce=int, widget=forms.MultipleHiddenInput)

    def __init__(self, *args, statuses: list[str], attribution_ids: list[int], **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [("", "keep the status"),
                                            *[(s, ClaimStatus(s).label) for s in statuses]]
        ids = [(pk, str(pk)) for pk in attribution_ids]
        self.fields["confirm"].choices = ids
        self.fields["reject"].choices = ids

    def clean(self) -> dict:
        data = super().clean()
        if set(data.get("confirm") or ()) & set(data.get("reject") or ()):
            raise ValidationError("An attribution cannot be both confirmed and rejected.")
        if not data.get("to_status") and not data.get("confirm") and not data.get("reject"):
            raise ValidationError("Choose a new status or decide an attribution.")
        return data

