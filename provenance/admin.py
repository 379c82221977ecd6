"""Admin for the source registry, attributions and tagging runs."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.html import format_html

from claims.services.workflow import WorkflowError

from . import selectors, services
from .models import Attribution, Source, SourceAlias, TaggingRun, TaggingState


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


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ["alias", "normalised"]
    readonly_fields = ["normalised"]
    extra = 0


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["canonical_name", "type_badge", "parent", "alias_list", "claims", "share_verified",
                    "share_false", "share_misleading"]
    list_filter = ["type"]
    search_fields = ["canonical_name", "aliases__normalised"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]
    readonly_fields = ["figures"]
    inlines = [SourceAliasInline]
    actions = ["merge_selected"]
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).prefetch_related("aliases")

    def get_changelist(self, request: HttpRequest, **kwargs):  # noqa: ANN003, ANN201
        return SourceChangeList

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

    def save_formset(self, request, form, formset, change):  # noqa: ANN001
        from .models import normalise_alias

        for alias in formset.save(commit=False):
            alias.normalised = normalise_alias(alias.alias)
            alias.save()
        for obj in formset.deleted_objects:
            obj.delete()

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
    list_display = ["id", "article", "engine_version", "state", "attempts", "claims_written", "created_at", "finished_at"]
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
