"""Admin for articles, claims and the review history. Every write goes through a service (claims.services, provenance.services)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import QuerySet
from django.forms.utils import from_current_timezone
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from provenance import selectors as provenance_selectors
from provenance.models import AttributionReview, AttributionRole, SourceType, TaggingRun, TaggingState
from provenance.services import ingest as ingest_services
from provenance.services import review as review_services
from provenance.services.decide import decide_claim
from provenance.templatetags.words import event_value

from . import admin_filters, admin_review, selectors
from .models import DECIDED_STATUSES, Article, Claim, ClaimStatus, ReviewEvent
from .params import database_id
from .services import prepare_article, workflow
from .text import InvalidArticle, TextFormat

BULK_LIMIT = 500  # a bulk action walks claims one service call at a time
READ_REFRESH_SECONDS = 3
TAGGING_UNDER_WAY = (TaggingState.QUEUED, TaggingState.RUNNING)


class CappedCountPaginator(Paginator):
    """Counts at most CAP rows (COUNT over a LIMIT subquery), so a million-row list never runs COUNT(*).

    Beyond the cap the list says "more than N"; nobody pages that far, they filter.
    """

    CAP = 1000

    @cached_property
    def count(self) -> int:
        n = self.object_list[: self.CAP + 1].count()
        self.capped = n > self.CAP
        return min(n, self.CAP)

    capped = False


class DateWithOptionalTime(forms.SplitDateTimeField):
    """The admin's date and time boxes, the time optional: a date alone is midnight UTC."""

    def __init__(self, **kwargs) -> None:  # noqa: ANN003
        super().__init__(require_all_fields=False, required=False, widget=AdminSplitDateTime, **kwargs)
        for field in self.fields:  # each box may be empty; compress() decides what the pair means
            field.required = False

    def compress(self, data_list: list) -> dt.datetime | None:
        day, time = (list(data_list) + [None, None])[:2] if data_list else (None, None)
        if day is None:
            if time is not None:
                raise forms.ValidationError("Enter a date (the time alone is not enough).", code="invalid_date")
            return None
        return from_current_timezone(dt.datetime.combine(day, time or dt.time(0, 0)))


class ArticleForm(forms.ModelForm):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 20, "cols": 100}), strip=False)
    body_format = forms.ChoiceField(
        choices=[(TextFormat.TEXT, "Plain text"), (TextFormat.HTML, "HTML page (main text is extracted)")],
        initial=TextFormat.TEXT,
        label="Format",
    )
    publisher_name = forms.CharField(required=False, max_length=255, label="Publisher")
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https")
    published_at = DateWithOptionalTime(label="Published", help_text="The time may be left empty (UTC).")

    class Meta:
        model = Article
        fields = ["title", "url", "published_at"]

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["body"].initial = self.instance.body
            self.fields["publisher_name"].initial = (
                self.instance.publisher.canonical_name if self.instance.publisher_id else ""
            )
        for name in ("body", "title", "publisher_name"):
            # NUL bytes are prepare_article's to refuse, with the message the API and ingest give.
            field = self.fields[name]
            field.validators = [v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)]

    def clean(self) -> dict:
        """The article's own rules (prepare_article: pure, no database), with its messages, each
        shown next to its field: the API and `manage.py ingest` give the same ones."""
        data = super().clean()
        if "body" in data:
            try:
                prepare_article(
                    body=data["body"], title=data.get("title") or "", url=data.get("url") or None,
                    publisher=data.get("publisher_name") or None, published_at=data.get("published_at"),
                    fmt=data.get("body_format", TextFormat.TEXT),
                )
            except InvalidArticle as exc:
                field = {"publisher": "publisher_name"}.get(exc.field, exc.field)
                self.add_error(field if field in self.fields else None, str(exc))
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = ["read_link", "publisher", "published_at", "created_at", "edit_link"]
    list_select_related = ["publisher"]
    search_fields = ["title", "url"]
    list_display_links = None
    fields = ["title", "url", "publisher_name", "published_at", "body_format", "body"]
    show_full_result_count = False

    def save_model(self, request: HttpRequest, obj: Article, form: ArticleForm, change: bool) -> None:
        data = form.cleaned_data
        kwargs = {
            "title": data.get("title", ""),
            "body": data["body"],
            "url": data.get("url") or None,
            "publisher": data.get("publisher_name") or None,
            "published_at": data.get("published_at"),
            "fmt": data.get("body_format", TextFormat.TEXT),
            "actor": request.user,
        }
        try:
            if change:
                result = ingest_services.edit_article(article_id=obj.pk, **kwargs)
            else:
                result = ingest_services.ingest_article(**kwargs)
        except (InvalidArticle, PermissionDenied) as exc:
            # The form validated the body, so this is a race (a url taken meanwhile) or a permission.
            messages.error(request, str(exc))
            raise
        obj.pk = result.article.pk
        obj.refresh_from_db()
        if result.outcome == "unchanged" and not change:
            messages.info(request, "An article with this url or body already exists; nothing new was stored.")

    def _to_reading_page(self, request: HttpRequest, obj: Article, response: HttpResponse) -> HttpResponse:
        # Saved: show the annotated article and its tagging state, unless the editor asked for the
        # form again ("Save and continue editing", "Save and add another").
        if response.status_code == 302 and not {"_continue", "_addanother", "_popup"} & set(request.POST):
            return HttpResponseRedirect(reverse("admin:claims_article_read", args=[obj.pk]))
        return response

    def response_add(self, request: HttpRequest, obj: Article, post_url_continue: str | None = None) -> HttpResponse:
        return self._to_reading_page(request, obj, super().response_add(request, obj, post_url_continue))

    def response_change(self, request: HttpRequest, obj: Article) -> HttpResponse:
        return self._to_reading_page(request, obj, super().response_change(request, obj))

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        # Reviewed claims' history is kept forever; deleting articles is an operator's database job.
        return False

    @admin.display(description="article", ordering="title")
    def read_link(self, obj: Article) -> str:
        return format_html('<a href="{}">{}</a>', reverse("admin:claims_article_read", args=[obj.pk]), str(obj))

    @admin.display(description="")
    def edit_link(self, obj: Article) -> str:
        return format_html('<a href="{}">edit</a>', reverse("admin:claims_article_change", args=[obj.pk]))

    def get_urls(self):  # noqa: ANN201
        view = self.admin_site.admin_view
        return [
            path("<int:article_id>/read/", view(self.read_view), name="claims_article_read"),
            path("<int:article_id>/retag/", view(require_POST(self.retag_view)), name="claims_article_retag"),
            *super().get_urls(),
        ]

    def read_view(self, request: HttpRequest, article_id: int) -> HttpResponse:
        """The body with every claim linked and every attribution highlighted, escaped by the template."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            article, claims = selectors.article_for_reading(article_id=article_id)
        except Article.DoesNotExist:
            raise Http404 from None
        last_run = TaggingRun.objects.filter(article_id=article_id).order_by("-created_at", "-id").first()
        by_status: dict[str, int] = {}
        for c in claims:
            by_status[c.get_status_display()] = by_status.get(c.get_status_display(), 0) + 1
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": str(article),
            "article": article,
            "segments": provenance_selectors.highlighted_segments(text=article.body, claims=claims),
            "legend": provenance_selectors.source_type_legend(),
            "claim_count": len(claims),
            "by_status": sorted(by_status.items()),
            "last_run": last_run,
            # The page reloads itself while the tagger works on the article, and stops when it is done.
            "refresh_seconds": READ_REFRESH_SECONDS if last_run and last_run.state in TAGGING_UNDER_WAY else None,
            "can_review": request.user.has_perm(workflow.Perm.REVIEW),
            "can_edit": self.has_change_permission(request, article),
            **admin_review.INLINE_DECISIONS,
        }
        return TemplateResponse(request, "admin/claims/article/read.html", context)

    def retag_view(self, request: HttpRequest, article_id: int) -> HttpResponse:
        get_object_or_404(Article, pk=article_id)
        run = review_services.retag_article(article_id=article_id, actor=request.user)
        run.refresh_from_db()
        messages.success(request, f"Re-tag requested: run {run.pk} is {run.get_state_display().lower()}.")
        return HttpResponseRedirect(reverse("admin:claims_article_read", args=[article_id]))


# --- review forms: validation only; every change is a service call -----------------------------


class _Versioned(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class StatusForm(_Versioned):
    to_status = forms.ChoiceField(label="New status", choices=ClaimStatus.choices)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
                           help_text="Kept forever in the history. Required to reopen a decided claim.")
    evidence_url = forms.URLField(required=False, max_length=2000, assume_scheme="https", label="Evidence link")


class AttributionDecisionForm(_Versioned):
    attribution_id = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[(AttributionReview.CONFIRMED, "confirm"), (AttributionReview.REJECTED, "reject")])


class SourceFields(_Versioned):
    source_name = forms.CharField(max_length=255, required=False, label="Source",
                                  widget=forms.TextInput(attrs={"list": "source-names", "size": 30}))
    # Blank keeps the chosen source's type (a new source is a person); a type is honoured.
    source_type = forms.ChoiceField(choices=[("", "as registered"), *SourceType.choices], required=False,
                                    label="Type")
    role = forms.ChoiceField(choices=AttributionRole.choices, initial=AttributionRole.SOURCE)
    note = forms.CharField(required=False, max_length=2000, widget=forms.TextInput(attrs={"size": 30}))


class EditSourceForm(SourceFields):
    attribution_id = forms.IntegerField(widget=forms.HiddenInput)


class AddAttributionForm(SourceFields):
    cue_text = forms.CharField(required=False, max_length=255, label="Cue",
                               help_text="e.g. “said”, “reportedly” (alone for a bare hedge)")


class EvidenceForm(_Versioned):
    evidence_url = forms.URLField(max_length=2000, assume_scheme="https", label="Evidence link")
    note = forms.CharField(required=False, max_length=2000, widget=forms.TextInput(attrs={"size": 40}))


class AssignForm(_Versioned):
    assign = forms.ChoiceField(choices=[("me", "me"), ("nobody", "nobody")])


class SetStatusActionForm(forms.Form):
    to_status = forms.ChoiceField(label="New status", choices=ClaimStatus.choices)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
                           help_text="The same note is kept on every claim's history.")
    evidence_url = forms.URLField(required=False, max_length=2000, assume_scheme="https", label="Evidence link",
                                  help_text="The same link for every claim; needed for some verdicts.")


REVIEW_FORMS: dict[str, type[forms.Form]] = {
    "status": StatusForm,
    "attribution": AttributionDecisionForm,
    "edit_source": EditSourceForm,
    "add_attribution": AddAttributionForm,
    "evidence": EvidenceForm,
    "assign": AssignForm,
    "confirm_all": _Versioned,
}


def _apply(op: str, data: dict, claim: Claim, user) -> str:  # noqa: ANN001
    """Call the one service for this form; returns the success message."""
    version = data["version"]
    if op == "status":
        workflow.change_claim_status(claim_id=claim.pk, actor=user, to_status=data["to_status"], note=data["note"],
                                     evidence_url=data["evidence_url"], expected_version=version)
        return f"Status changed to {ClaimStatus(data['to_status']).label.lower()}."
    if op == "attribution":
        review_services.review_attribution(attribution_id=data["attribution_id"], actor=user,
                                           decision=data["decision"], expected_version=version, on_claim=claim.pk)
        return f"Attribution {data['decision']}."
    if op == "edit_source":
        review_services.edit_attribution_source(
            attribution_id=data["attribution_id"], actor=user, source_name=data["source_name"],
            source_type=data["source_type"] or None, role=data["role"], note=data["note"],
            expected_version=version, on_claim=claim.pk)
        return "Source changed."
    if op == "add_attribution":
        review_services.add_attribution(
            claim_id=claim.pk, actor=user, source_name=data["source_name"], source_type=data["source_type"] or None,
            role=data["role"], cue_text=data["cue_text"], note=data["note"], expected_version=version)
        return "Attribution added."
    if op == "evidence":
        workflow.add_evidence(claim_id=claim.pk, actor=user, evidence_url=data["evidence_url"], note=data["note"],
                              expected_version=version)
        return "Evidence added."
    if op == "assign":
        workflow.assign_claim(claim_id=claim.pk, actor=user, assignee=user if data["assign"] == "me" else None,
                              expected_version=version)
        return "Assignment changed."
    if op == "confirm_all":
        done = review_services.confirm_machine_attributions(claim_id=claim.pk, actor=user, expected_version=version)
        return f"{len(done)} machine attribution(s) confirmed."
    if op == "decide":
        decided = decide_claim(claim_id=claim.pk, actor=user, confirm=data["confirm"], reject=data["reject"],
                               to_status=data["to_status"], note=data["note"], evidence_url=data["evidence_url"],
                               expected_version=version)
        parts = [f"{n} attribution(s) {word}" for n, word in ((len(data["confirm"]), "confirmed"),
                                                              (len(data["reject"]), "rejected")) if n]
        if data["to_status"]:
            parts.append(f"status set to {decided.get_status_display().lower()}")
        return f"Claim {claim.pk}: " + ", ".join(parts) + "."
    raise Http404


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["claim_link", "status_badge", "who_says", "assigned_to", "created_at"]
    list_display_links = None
    # The API's claim filters, same parameters and meaning (claims/admin_filters.py).
    list_filter = admin_filters.LIST_FILTERS
    list_select_related = ["article", "assigned_to"]
    list_per_page = 50
    search_fields = ["text"]  # the search itself is get_search_results (text + source names)
    search_help_text = "Searches claim text and the names of the sources cited."
    readonly_fields = [f.name for f in Claim._meta.fields]
    ordering = ["-created_at", "-id"]
    sortable_by = ["created_at", "status"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # facet counts would COUNT every filter option over the table
    paginator = CappedCountPaginator
    actions = ["assign_to_me", "start_review", "confirm_machine_attributions", "set_status"]

    # --- list ------------------------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return selectors.desk_claims(super().get_queryset(request))

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        links = admin_filters.export_links(request.GET)
        return super().changelist_view(request, {**(extra_context or {}), "export_links": links})

    def get_search_results(self, request, queryset, search_term):  # noqa: ANN001, ANN201
        return selectors.search_claims(queryset, search_term), False

    def get_list_display(self, request: HttpRequest) -> list:
        # Each claim link carries the list's query string (Django's preserved filters), so the review
        # page's previous/next and "back to the list" follow the list the editor is working through.
        query = request.GET.urlencode()

        @admin.display(description="claim")
        def claim_link(obj: Claim) -> str:
            return self.claim_link(obj, query)

        return [claim_link if name == "claim_link" else name for name in super().get_list_display(request)]

    @admin.display(description="claim")
    def claim_link(self, obj: Claim, query: str = "") -> str:
        text = obj.text if len(obj.text) <= 160 else obj.text[:160] + "…"
        return format_html(
            '<a href="{}">{}</a><div class="cp-sub">in <a href="{}">{}</a></div>',
            admin_review.review_url(obj.pk, query), text,
            reverse("admin:claims_article_read", args=[obj.article_id]), str(obj.article)[:70],
        )

    @admin.display(description="status · sourcing", ordering="status")
    def status_badge(self, obj: Claim) -> str:
        return format_html('<span class="cp-badge st-{}">{}</span><div class="cp-sub">{}</div>', obj.status,
                           obj.get_status_display(), obj.get_sourcing_strength_display())

    @admin.display(description="who says so")
    def who_says(self, obj: Claim) -> str:
        names = []
        for a in obj.attributions.all():
            if a.review != AttributionReview.REJECTED:
                name = a.source.canonical_name if a.source_id else (a.source_text or a.cue_text)
                if name and name not in names:
                    names.append(name)
        return "; ".join(names) or "—"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        return False

    def has_review_permission(self, request: HttpRequest) -> bool:
        # Only hides the actions; the services check the same permission again.
        return request.user.has_perm(workflow.Perm.REVIEW)

    # --- bulk actions (each claim through its own service call) -------------------------------------

    def _ids(self, request: HttpRequest, queryset: QuerySet[Claim]) -> list[int] | None:
        ids = list(queryset.order_by().values_list("pk", flat=True)[: BULK_LIMIT + 1])
        if len(ids) > BULK_LIMIT:
            messages.error(request, f"Select at most {BULK_LIMIT} claims for a bulk action (filter the list first).")
            return None
        return ids

    def _report(self, request: HttpRequest, result: workflow.BulkResult, verb: str) -> None:
        level = messages.WARNING if result.skipped else messages.SUCCESS
        self.message_user(request, result.summary(verb), level)

    @admin.action(description="Assign to me", permissions=["review"])
    def assign_to_me(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        if (ids := self._ids(request, queryset)) is not None:
            self._report(request, workflow.bulk_assign(claim_ids=ids, actor=request.user, assignee=request.user),
                         "assigned to you")

    @admin.action(description="Start review (unverified → in review)", permissions=["review"])
    def start_review(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        if (ids := self._ids(request, queryset)) is not None:
            result = workflow.bulk_change_status(claim_ids=ids, actor=request.user, to_status=ClaimStatus.IN_REVIEW)
            self._report(request, result, "moved to review")

    @admin.action(description="Confirm all machine attributions", permissions=["review"])
    def confirm_machine_attributions(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        if (ids := self._ids(request, queryset)) is not None:
            result = review_services.bulk_confirm_machine_attributions(claim_ids=ids, actor=request.user)
            self._report(request, result, "had their machine attributions confirmed")

    @admin.action(description="Set status (one note for all)…", permissions=["review"])
    def set_status(self, request: HttpRequest, queryset: QuerySet[Claim]) -> HttpResponse | None:
        if (ids := self._ids(request, queryset)) is None:
            return None
        form = SetStatusActionForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            result = workflow.bulk_change_status(claim_ids=ids, actor=request.user,
                                                 to_status=form.cleaned_data["to_status"], note=form.cleaned_data["note"],
                                                 evidence_url=form.cleaned_data["evidence_url"])
            self._report(request, result, f"set to {ClaimStatus(form.cleaned_data['to_status']).label.lower()}")
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Set the status of the selected claims",
            "form": form,
            "ids": ids,
            "claims": list(queryset.order_by("-created_at")[:50]),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/claims/claim/set_status.html", context)

    # --- the review page (the claim's change page) --------------------------------------------------

    def get_urls(self):  # noqa: ANN201
        view = self.admin_site.admin_view
        return [path("audit/", view(self.audit_view), name="claims_audit"), *super().get_urls()]

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):  # noqa: ANN001, ANN201
        if (pk := database_id(object_id)) is None:
            raise Http404
        return self.review_view(request, pk)

    def review_view(self, request: HttpRequest, claim_id: int) -> HttpResponse:
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        can_reopen = request.user.has_perm(workflow.Perm.REOPEN)
        bound: dict[str, forms.Form] = {}
        error = ""
        status_code = 200
        query = admin_review.list_query(request)
        if request.method == "POST":
            op = request.POST.get("op", "")
            if op != "decide" and op not in REVIEW_FORMS:
                return HttpResponse("unknown operation", status=400)
            claim = get_object_or_404(Claim, pk=claim_id)
            form = self._bound_form(op, request.POST, claim, can_reopen)
            if form.is_valid():
                data = form.cleaned_data
                # The next claim is placed by this claim's values before the decision moves it.
                going_on = op == "decide" and data["to_status"] in DECIDED_STATUSES
                after = admin_review.neighbours(self, request, claim, query=query, want_previous=False) \
                    if going_on else None
                try:
                    # PermissionDenied from the service propagates: the admin answers 403.
                    message = _apply(op, data, claim, request.user)
                except workflow.ConflictError as exc:
                    error, status_code = str(exc), 409
                    bound[op] = form
                except (workflow.WorkflowError, ValueError) as exc:
                    error, status_code = str(exc), 400
                    bound[op] = form
                except ObjectDoesNotExist:
                    error, status_code = "That attribution no longer exists: the page below is current.", 400
                else:
                    messages.success(request, message)
                    if request.POST.get("return_to") == "article":
                        return HttpResponseRedirect(
                            reverse("admin:claims_article_read", args=[claim.article_id]) + f"#claim-{claim.pk}")
                    if after is not None:
                        return HttpResponseRedirect(admin_review.review_url(after.next_id, query)
                                                    if after.next_id else admin_review.list_url(query))
                    return HttpResponseRedirect(request.get_full_path())
            else:
                if not request.user.has_perm(workflow.Perm.REVIEW):
                    raise PermissionDenied
                error, status_code = "Please correct the form below.", 400
                bound[op] = form
        try:
            claim, attributions, events = selectors.claim_for_review(claim_id=claim_id)
        except Claim.DoesNotExist:
            raise Http404 from None
        forms_ = self._review_forms(claim, bound, can_reopen, attributions)
        around = admin_review.neighbours(self, request, claim, query=query)
        article = claim.article
        lo, hi = provenance_selectors.paragraph_bounds(article.body, claim.start, claim.end)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"Claim {claim.pk}",
            "claim": claim,
            "article": article,
            "attributions": attributions,
            "events": events,
            "paragraph": provenance_selectors.highlighted_segments(
                text=article.body[lo:hi], claims=[claim], base=lo, link_claims=True),
            "chain": provenance_selectors.provenance_chain(attributions=attributions, publisher=article.publisher),
            "legend": provenance_selectors.source_type_legend(),
            "source_types": SourceType.choices,
            "can_review": request.user.has_perm(workflow.Perm.REVIEW),
            "allowed_statuses": self._allowed_statuses(claim, can_reopen),
            "reopen_needs_editor": claim.status in DECIDED_STATUSES and not can_reopen,
            "source_names": provenance_selectors.source_names_for_picker(article_id=article.pk) if request.user.has_perm(
                workflow.Perm.REVIEW) else [],
            "error": error,
            "list_query": query,
            "list_url": admin_review.list_url(query),
            "previous_url": admin_review.review_url(around.previous_id, query) if around.previous_id else "",
            "next_url": admin_review.review_url(around.next_id, query) if around.next_id else "",
            "evidence_required_for": sorted(settings.REVIEW_EVIDENCE_REQUIRED_FOR),
            **forms_,
        }
        return TemplateResponse(request, "admin/claims/claim/review.html", context, status=status_code)

    def _bound_form(self, op: str, data: QueryDict, claim: Claim, can_reopen: bool) -> forms.Form:
        if op == "decide":
            return admin_review.DecisionForm(
                data, prefix=op, statuses=self._allowed_statuses(claim, can_reopen),
                attribution_ids=list(claim.attributions.values_list("pk", flat=True)))
        return REVIEW_FORMS[op](data, prefix=op)

    @staticmethod
    def _allowed_statuses(claim: Claim, can_reopen: bool) -> list[str]:
        # Only what this user may do is offered; the service checks again on submit.
        if claim.status in DECIDED_STATUSES and not can_reopen:
            return []
        return workflow.allowed_decisions(claim.status)

    def _review_forms(self, claim: Claim, bound: dict[str, forms.Form], can_reopen: bool,
                      attributions: list) -> dict:
        """Fresh forms carrying the current version; a refused form keeps what the editor typed.

        After a conflict the page shows the current claim and the forms carry its new version, so a
        second submit is a deliberate decision on what the editor can now see.
        """
        def make(op: str, cls: type[forms.Form], **initial) -> forms.Form:  # noqa: ANN003
            if op in bound:
                data = bound[op].data.copy()
                data[f"{op}-version"] = str(claim.version)
                return cls(data, prefix=op)
            return cls(prefix=op, initial={"version": claim.version, **initial})

        allowed = self._allowed_statuses(claim, can_reopen)
        ids = [a.pk for a in attributions]
        if "decide" in bound:
            data = bound["decide"].data.copy()
            data["decide-version"] = str(claim.version)
            decision_form = admin_review.DecisionForm(data, prefix="decide", statuses=allowed, attribution_ids=ids)
        else:
            decision_form = admin_review.DecisionForm(prefix="decide", initial={"version": claim.version, "to_status": ""},
                                                      statuses=allowed, attribution_ids=ids)
        return {
            "status_form": decision_form,
            "marked_confirm": admin_review.marked(bound.get("decide"), "confirm"),
            "marked_reject": admin_review.marked(bound.get("decide"), "reject"),
            "status_keys": admin_review.STATUS_KEYS,
            "claim_open": claim.status not in DECIDED_STATUSES,
            "add_form": make("add_attribution", AddAttributionForm),
            "evidence_form": make("evidence", EvidenceForm),
            "version": claim.version,
        }

    # --- the audit dashboard -----------------------------------------------------------------------

    def audit_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        summary = selectors.audit_snapshot(refresh=request.GET.get("refresh") == "1")
        table = summary["claims_by_status_and_strength"]
        rows = [
            {"status": s, "label": ClaimStatus(s).label, "cells": [table[s][k] for k in summary["sourcing_strengths"]],
             "total": sum(table[s].values())}
            for s in summary["statuses"]
        ]
        strength_labels = [dict(selectors.SourcingStrength.choices)[k] for k in summary["sourcing_strengths"]]
        column_totals = [sum(table[s][k] for s in summary["statuses"]) for k in summary["sourcing_strengths"]]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Audit dashboard",
            "summary": summary,
            "rows": rows,
            "strength_labels": strength_labels,
            "column_totals": column_totals,
            "type_labels": dict(SourceType.choices),
            "max_age": selectors.AUDIT_MAX_AGE,
        }
        return TemplateResponse(request, "admin/claims/audit.html", context)


@admin.register(ReviewEvent)
class ReviewEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "article", "claim", "from_label", "to_label"]
    list_filter = ["action"]
    list_select_related = ["actor", "article", "claim"]
    readonly_fields = [f.name for f in ReviewEvent._meta.fields]
    show_full_result_count = False

    @admin.display(description="from")
    def from_label(self, obj: ReviewEvent) -> str:
        return event_value(obj.from_value, obj)

    @admin.display(description="to")
    def to_label(self, obj: ReviewEvent) -> str:
        return event_value(obj.to_value, obj)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False
