"""Admin for the source registry, attributions and tagging runs."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from . import services
from .models import Attribution, Source, SourceAlias, TaggingRun, TaggingState


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ["alias", "normalised"]
    readonly_fields = ["normalised"]
    extra = 0


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["canonical_name", "type", "parent"]
    list_filter = ["type"]
    search_fields = ["canonical_name", "aliases__normalised"]
    list_select_related = ["parent"]
    autocomplete_fields = ["parent"]
    inlines = [SourceAliasInline]

    def save_formset(self, request, form, formset, change):  # noqa: ANN001
        from .models import normalise_alias

        for alias in formset.save(commit=False):
            alias.normalised = normalise_alias(alias.alias)
            alias.save()
        for obj in formset.deleted_objects:
            obj.delete()


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
