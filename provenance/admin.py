"""Admin for the source registry, attributions, tagging runs and matches between claims."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from claims.models import Claim
from claims.services.workflow import ConflictError, WorkflowError

from . import selectors, services
from .models import (
    Attribution,
    ClaimMatch,
    Source,
    SourceAlias,
    SourceType,
    TaggerModel,
    TaggingRun,
    TaggingState,
)
from .services import learning, matching
from .services import sources as source_services


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class SourceChangeList(ChangeList):
    """Attaches per-source figures to the page's rows: one grouped query for the page."""

    def get_results(self, request: HttpRequest) -> None:
        super().get_results(request)
        rows = list(self.result_list)
        figures = selectors.source_figures([s.pk for s in rows])
        for source in rows:
            source.figures = figures.get(source.pk) or selectors.empty_figures()
        self.result_list = rows


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Source.objects.none(), widget=forms.RadioSelect, empty_label=None,
                                  label="Keep this one; the others are merged into it")
    note = forms.CharField(required=False, max_length=2000, widget=forms.TextInput(attrs={"size": 60}))


class SourceForm(forms.ModelForm):
    """Validation only: source_services.create_source / update_source make the change."""

    class Meta:
        model = Source
        fields = ["canonical_name", "type", "parent", "description", "notes"]

    def clean_canonical_name(self) -> str:
        name = self.cleaned_data["canonical_name"]
        if self.instance.article_id:
            return name  # a scoped source's name is not an alias (update_source checks its article)
        # Shown next to the field here; the service refuses it again under its lock.
        for given, owner in source_services.alias_conflicts(source_id=self.instance.pk, aliases=[name]).items():
            raise forms.ValidationError(source_services.alias_taken_message(given, owner))
        return name


class SourceAliasFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        names = {f.cleaned_data["alias"]: f for f in self.kept_forms() if f.cleaned_data.get("alias")}
        conflicts = source_services.alias_conflicts(source_id=self.instance.pk, aliases=names)
        for given, owner in conflicts.items():
            names[given].add_error("alias", source_services.alias_taken_message(given, owner))

    def kept_forms(self) -> list[forms.Form]:
        return [f for f in self.forms if f.is_valid() and not self._should_delete_form(f) and f.cleaned_data]

    def aliases(self) -> list[str]:
        """The aliases as they should be after the save: kept rows, edited rows and new rows."""
        return [f.cleaned_data["alias"] for f in self.kept_forms() if f.cleaned_data.get("alias")]


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    formset = SourceAliasFormSet
    fields = ["alias", "normalised"]
    readonly_fields = ["normalised"]
    extra = 0


class ScopeFilter(admin.SimpleListFilter):
    """Registry sources, or the anonymous and vague ones that stand for someone in one article."""

    title = "scope"
    parameter_name = "scope"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("registry", "registry"), ("article", "one article (unnamed)")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Source]) -> QuerySet[Source]:
        if self.value() == "registry":
            return queryset.filter(article__isnull=True)
        if self.value() == "article":
            return queryset.filter(article__isnull=False)
        return queryset


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = ["canonical_name", "type_badge", "parent", "alias_list", "claims", "share_verified",
                    "share_false", "share_misleading"]
    list_filter = ["type", ScopeFilter]
    search_fields = ["canonical_name"]  # the search itself is get_search_results (names and aliases)
    search_help_text = "Searches names and every alias (“WSJ” finds The Wall Street Journal)."
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["article", "figures", "relay_graph"]
    inlines = [SourceAliasInline]
    actions = ["merge_selected"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).prefetch_related("aliases")

    def get_changelist(self, request: HttpRequest, **kwargs):  # noqa: ANN003, ANN201
        return SourceChangeList

    def get_search_results(self, request, queryset, search_term):  # noqa: ANN001, ANN201
        return selectors.search_sources(queryset, search_term), False

    def get_urls(self):  # noqa: ANN201
        view = self.admin_site.admin_view
        return [
            path("clean-up/", view(self.cleanup_view), name="provenance_source_cleanup"),
            *super().get_urls(),
        ]

    def cleanup_view(self, request: HttpRequest) -> HttpResponse:
        """Suspicious registry entries (selectors.suspicious_sources), each with a link to fix it and,
        when the registry holds the source it should be, a button that opens the merge form."""
        if not request.user.has_perm("provenance.change_source"):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Registry clean-up",
            "suspects": selectors.suspicious_sources(),
            "can_merge": self.has_merge_permission(request),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/provenance/source/cleanup.html", context)

    def changelist_view(self, request: HttpRequest, extra_context=None):  # noqa: ANN001, ANN201
        extra = {"can_clean_up": request.user.has_perm("provenance.change_source"), **(extra_context or {})}
        return super().changelist_view(request, extra)

    @admin.display(description="type", ordering="type")
    def type_badge(self, obj: Source) -> str:
        return format_html('<span class="src t-{}">{}</span>', obj.type, obj.get_type_display())

    @admin.display(description="aliases")
    def alias_list(self, obj: Source) -> str:
        return ", ".join(a.alias for a in obj.aliases.all()) or "—"

    @admin.display(description="claims")
    def claims(self, obj: Source) -> int:
        return obj.figures["claims"]

    @admin.display(description="verified")
    def share_verified(self, obj: Source) -> str:
        return _share(obj.figures["share_verified"])

    @admin.display(description="false")
    def share_false(self, obj: Source) -> str:
        return _share(obj.figures["share_false"])

    @admin.display(description="misleading")
    def share_misleading(self, obj: Source) -> str:
        return _share(obj.figures["share_misleading"])

    @admin.display(description="figures")
    def figures(self, obj: Source) -> str:
        if not obj.pk:
            return "—"
        f = selectors.source_figures([obj.pk]).get(obj.pk) or selectors.empty_figures()
        return (
            f"{f['claims']} claim(s) attributed; verified {_share(f['share_verified'])}, "
            f"false {_share(f['share_false'])}, misleading {_share(f['share_misleading'])}"
        )

    @admin.display(description="relays · relayed by")
    def relay_graph(self, obj: Source) -> str:
        """Whose claims this source repeats, and who repeats its claims (provenance.selectors.relay_graph)."""
        if not obj.pk:
            return "—"
        graph = selectors.relay_graph(source_id=obj.pk)
        return format_html('<div id="relays"><strong>Relays</strong> (repeats their claims): {}</div>'
                           '<div id="relayed-by"><strong>Relayed by</strong> (repeat its claims): {}</div>',
                           _relay_list(graph["relays"]), _relay_list(graph["relayed_by"]))

    def has_merge_permission(self, request: HttpRequest) -> bool:
        # Hides the action only; merge_sources checks the permission itself.
        return request.user.has_perm("provenance.merge_source")

    @admin.action(description="Merge the selected sources into one…", permissions=["merge"])
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Source]) -> HttpResponse | None:
        chosen = list(queryset.order_by("canonical_name")[:21])
        if len(chosen) < 2 or len(chosen) > 20:
            self.message_user(request, "Select between 2 and 20 sources to merge.", messages.ERROR)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None)
        form.fields["keep"].queryset = queryset
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            merged = []
            for source in chosen:
                if source.pk == keep.pk:
                    continue
                try:
                    services.merge_sources(keep_id=keep.pk, merge_id=source.pk, actor=request.user,
                                           note=form.cleaned_data["note"])
                except (WorkflowError, PermissionDenied, Source.DoesNotExist) as exc:
                    self.message_user(request, f"{source}: {exc}", messages.ERROR)
                else:
                    merged.append(source.canonical_name)
            self.message_user(request, f"Merged into {keep}: {', '.join(merged) or 'nothing'}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Merge sources",
            "form": form,
            "sources": chosen,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/provenance/source/merge.html", context)

    # --- add / change: the form and the alias inline go to one service call ----------------------

    def save_model(self, request: HttpRequest, obj: Source, form: SourceForm, change: bool) -> None:
        # Nothing yet: the aliases arrive with the inline in save_related, and the service takes
        # the source and its aliases together, in one transaction.
        pass

    def save_related(self, request: HttpRequest, form: SourceForm, formsets, change: bool) -> None:  # noqa: ANN001
        data = form.cleaned_data
        aliases = next(fs.aliases() for fs in formsets if isinstance(fs, SourceAliasFormSet))
        parent_id = data["parent"].pk if data.get("parent") else None
        if change:
            source = source_services.update_source(
                source_id=form.instance.pk, actor=request.user, canonical_name=data["canonical_name"],
                type=data["type"], parent_id=parent_id, notes=data.get("notes", ""), aliases=aliases,
                description=data.get("description", ""))
        else:
            source = source_services.create_source(
                actor=request.user, canonical_name=data["canonical_name"], type=data["type"], parent_id=parent_id,
                notes=data.get("notes", ""), aliases=aliases, description=data.get("description", ""))
        # The admin logs the change and redirects by this object's pk (the one save_form made).
        form.instance.pk = source.pk
        form.instance.refresh_from_db()

    def construct_change_message(self, request: HttpRequest, form: SourceForm, formsets, add: bool):  # noqa: ANN001, ANN201
        # The inline's rows were not saved by the formsets (the service did it); the ReviewEvent
        # lists the aliases before and after.
        return super().construct_change_message(request, form, [], add)

    def changeform_view(self, request: HttpRequest, object_id=None, form_url="", extra_context=None):  # noqa: ANN001, ANN201
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowError as exc:
            # The forms checked what they could; this is a race (an alias taken meanwhile) or a rule
            # the forms cannot see (a parent loop). Nothing was saved; say why on the same page.
            self.message_user(request, f"Not saved: {exc}", messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    class Media:
        css = {"all": ["claims/review.css"]}


@admin.register(Attribution)
class AttributionAdmin(admin.ModelAdmin):
    list_display = ["claim", "source", "source_type", "role", "cue_text", "origin", "review", "confidence"]
    list_filter = ["review", "origin", "role", "source_type"]
    list_select_related = ["claim", "source"]
    readonly_fields = [f.name for f in Attribution._meta.fields]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Attribution | None = None) -> bool:
        return False


@admin.register(TaggingRun)
class TaggingRunAdmin(admin.ModelAdmin):
    list_display = ["id", "article", "engine_version", "state", "attempts", "claims_written", "claims_dropped",
                    "created_at", "finished_at"]
    list_filter = ["state", "engine_version"]
    list_select_related = ["article"]
    readonly_fields = [f.name for f in TaggingRun._meta.fields]
    actions = ["retry_failed"]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: TaggingRun | None = None) -> bool:
        return False

    @admin.action(description="Queue the selected failed runs again", permissions=["change"])
    def retry_failed(self, request: HttpRequest, queryset: QuerySet[TaggingRun]) -> None:
        runs = list(queryset.filter(state=TaggingState.FAILED))
        for run in runs:
            services.reset_run(run=run)
        messages.info(request, f"{len(runs)} failed run(s) queued again.")


# --- matches between claims: the desk's list, and the Elsewhere panel's decisions ----------------


class ClaimMatchAdmin(admin.ModelAdmin):
    """Matches are read by whoever may read claims, and decided by whoever may review them (the
    services check that again); rows are only ever written by the matcher and those services."""

    list_display = ["claim", "other", "score", "state", "decided_by", "decided_at"]
    list_filter = ["state"]
    list_select_related = ["claim", "other", "decided_by"]
    readonly_fields = [f.name for f in ClaimMatch._meta.fields]
    ordering = ["-created_at", "-id"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER

    def has_view_permission(self, request: HttpRequest, obj: ClaimMatch | None = None) -> bool:
        return request.user.has_perm("claims.view_claim")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ClaimMatch | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ClaimMatch | None = None) -> bool:
        return False

    def get_urls(self):  # noqa: ANN201
        view = self.admin_site.admin_view
        return [
            path("<int:match_id>/decide/", view(require_POST(self.decide_view)), name="provenance_claimmatch_decide"),
            path("apply-verdict/", view(require_POST(self.apply_verdict_view)),
                 name="provenance_claimmatch_apply_verdict"),
            *super().get_urls(),
        ]

    @staticmethod
    def _back(request: HttpRequest, claim_id: int | None) -> HttpResponseRedirect:
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
            target = reverse("admin:claims_claim_change", args=[claim_id]) if claim_id else reverse("admin:index")
        return HttpResponseRedirect(target)

    def decide_view(self, request: HttpRequest, match_id: int) -> HttpResponse:
        match = get_object_or_404(ClaimMatch, pk=match_id)
        decision = request.POST.get("decision", "")
        try:
            matching.decide_match(match_id=match_id, actor=request.user, decision=decision,
                                  note=request.POST.get("note", ""))
        except WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Match with claim {match.other_id} {decision}.")
        return self._back(request, match.claim_id)

    def apply_verdict_view(self, request: HttpRequest) -> HttpResponse:
        try:
            claim_id, from_claim, version = (int(request.POST.get(k, "")) for k in ("claim", "from_claim", "version"))
        except ValueError:
            return HttpResponse("claim, from_claim and version must be numbers", status=400)
        try:
            claim = matching.apply_matching_verdict(claim_id=claim_id, from_claim_id=from_claim, actor=request.user,
                                                    expected_version=version)
        except (WorkflowError, ConflictError, Claim.DoesNotExist) as exc:
            messages.error(request, f"Verdict not applied: {exc}")
        else:
            messages.success(request, f"Verdict applied: the claim is now {claim.get_status_display().lower()}.")
        return self._back(request, claim_id)


admin.site.register(ClaimMatch, ClaimMatchAdmin)


def _relay_list(links: list[selectors.RelayLink]) -> str:
    if not links:
        return "—"
    items = format_html_join(
        "", '<li><a href="{}">{}</a> <small>({})</small>: {} claim(s) <small>({} by attribution, {} by match)</small></li>',
        ((reverse("admin:provenance_source_change", args=[link.source_id]), link.name,
          SourceType(link.type).label if link.type in SourceType.values else link.type, link.claims,
          link.by_attribution, link.by_match) for link in links),
    )
    return format_html("<ul>{}</ul>", items)


def _figure(figures: dict, part: str, key: str, measure: str) -> float | None:
    value = (figures or {}).get(part, {}).get(key, {}).get(measure)
    return None if value is None else float(value)


def _pair(model: TaggerModel, key: str, measure: str) -> str:
    mine, rules = _figure(model.figures, "cv", key, measure), _figure(model.figures, "rules_cv", key, measure)
    if mine is None:
        return "—"
    return f"{mine:.2f} (rules {rules:.2f})" if rules is not None else f"{mine:.2f}"


@admin.register(TaggerModel)
class TaggerModelAdmin(admin.ModelAdmin):
    """Tagger models with their cross-validated figures next to the rules on the same held-out
    articles. Activate and roll back are Editor-only (the learning services check it)."""

    list_display = ["__str__", "active", "created_at", "articles", "decisions", "source_f1", "source_precision",
                    "cue_f1", "engine_version", "size"]
    list_filter = ["active"]
    readonly_fields = ["label", "active", "activated_at", "created_at", "created_by", "engine_version", "format_version",
                       "file_sha256", "size_bytes", "articles", "claims", "decisions"]
    exclude = ["file", "figures"]
    actions = ["activate_selected"]
    change_form_template = "admin/provenance/taggermodel/change_form.html"
    change_list_template = "admin/provenance/taggermodel/change_list.html"
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[TaggerModel]:
        return super().get_queryset(request).defer("file").select_related("created_by")  # the file can be MBs

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # models come from training (manage.py train_tagger)

    def has_change_permission(self, request: HttpRequest, obj: TaggerModel | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: TaggerModel | None = None) -> bool:
        return False  # kept: a tagging run's engine version names its model

    def has_activate_permission(self, request: HttpRequest) -> bool:
        # Hides the buttons only; the services check the permission themselves.
        return request.user.has_perm(learning.ACTIVATE_PERM)

    @admin.display(description="source F1")
    def source_f1(self, obj: TaggerModel) -> str:
        return _pair(obj, "source", "f1")

    @admin.display(description="source precision")
    def source_precision(self, obj: TaggerModel) -> str:
        return _pair(obj, "source", "p")

    @admin.display(description="cue F1")
    def cue_f1(self, obj: TaggerModel) -> str:
        return _pair(obj, "cue", "f1")

    @admin.display(description="size")
    def size(self, obj: TaggerModel) -> str:
        return f"{obj.size_bytes / 1e6:.1f} MB"

    def get_urls(self):  # noqa: ANN201
        view = self.admin_site.admin_view
        return [
            path("<int:model_id>/activate/", view(require_POST(self.activate_view)), name="provenance_taggermodel_activate"),
            path("rollback/", view(require_POST(self.rollback_view)), name="provenance_taggermodel_rollback"),
            *super().get_urls(),
        ]

    def _done(self, request: HttpRequest, call, success: str) -> HttpResponse:  # noqa: ANN001
        try:
            call()
        except PermissionDenied:
            self.message_user(request, "Only Editors may activate or roll back the tagger model.", messages.ERROR)
        except WorkflowError as exc:
            self.message_user(request, f"Nothing changed: {exc}", messages.ERROR)
        else:
            self.message_user(request, success, messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:provenance_taggermodel_changelist"))

    def activate_view(self, request: HttpRequest, model_id: int) -> HttpResponse:
        note = request.POST.get("note", "")[:2000]
        return self._done(
            request,
            lambda: learning.activate_tagger_model(model_id=model_id, actor=request.user, note=note),
            f"Model {model_id} is active. Run `manage.py retag --stale` to re-tag the articles with it "
            "(editors' decisions are kept).",
        )

    def rollback_view(self, request: HttpRequest) -> HttpResponse:
        note = request.POST.get("note", "")[:2000]
        result: dict = {}

        def call() -> None:
            result["model"] = learning.roll_back_tagger_model(actor=request.user, note=note)

        response = self._done(request, call, "Rolled back.")
        if "model" in result:
            now = result["model"]
            self.message_user(request, f"Now tagging with {now}." if now else "Now tagging with the rules only.")
        return response

    @admin.action(description="Activate the selected model", permissions=["activate"])
    def activate_selected(self, request: HttpRequest, queryset: QuerySet[TaggerModel]) -> HttpResponse | None:
        ids = list(queryset.values_list("pk", flat=True)[:2])
        if len(ids) != 1:
            self.message_user(request, "Select exactly one model to activate.", messages.ERROR)
            return None
        return self.activate_view(request, ids[0])

    def changelist_view(self, request: HttpRequest, extra_context=None):  # noqa: ANN001, ANN201
        extra = {"active_model": TaggerModel.objects.defer("file").filter(active=True).first(),
                 "can_activate": self.has_activate_permission(request), **(extra_context or {})}
        return super().changelist_view(request, extra)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):  # noqa: ANN001, ANN201
        model = self.get_object(request, object_id)
        rows = []
        if model is not None:
            cv, rules = model.figures.get("cv", {}), model.figures.get("rules_cv", {})
            keys = ["source", "cue"] + sorted(k for k in set(cv) | set(rules) if k.startswith("source:"))
            rows = [{"key": k, "model": cv.get(k, {}), "rules": rules.get(k, {})} for k in keys]
        extra = {"figure_rows": rows, "can_activate": self.has_activate_permission(request),
                 "thresholds": (model.figures.get("thresholds") if model else None), **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra)
