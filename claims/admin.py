"""Admin for articles, claims and the review history. Every write goes through claims.services."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from . import services
from .models import Article, Claim, ReviewEvent
from .text import InvalidArticle, TextFormat, clean_body


class ArticleForm(forms.ModelForm):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 20, "cols": 100}), strip=False)
    body_format = forms.ChoiceField(
        choices=[(TextFormat.TEXT, "Plain text"), (TextFormat.HTML, "HTML page (main text is extracted)")],
        initial=TextFormat.TEXT,
        label="Format",
    )
    publisher_name = forms.CharField(required=False, max_length=255, label="Publisher")
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https")

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

    def clean(self) -> dict:
        data = super().clean()
        body = data.get("body")
        if body is not None:
            try:
                clean_body(body, fmt=data.get("body_format", TextFormat.TEXT), max_bytes=settings.ARTICLE_MAX_BYTES)
            except InvalidArticle as exc:
                self.add_error("body", str(exc))
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    list_display = ["title", "publisher", "published_at", "created_at"]
    list_select_related = ["publisher"]
    search_fields = ["title", "url"]
    date_hierarchy = "created_at"
    readonly_fields = ["body_sha256", "created_at", "updated_at"]
    fields = ["title", "url", "publisher_name", "published_at", "body_format", "body", "body_sha256"]
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
                result = services.edit_article(article_id=obj.pk, **kwargs)
            else:
                result = services.ingest_article(**kwargs)
        except (InvalidArticle, PermissionDenied) as exc:
            # The form validated the body, so this is a race (a url taken meanwhile) or a permission.
            messages.error(request, str(exc))
            raise
        obj.pk = result.article.pk
        obj.refresh_from_db()
        if result.outcome == "unchanged" and not change:
            messages.info(request, "An article with this url or body already exists; nothing new was stored.")

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        # Reviewed claims' history is kept forever; deleting articles is an operator's database job.
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["short_text", "article", "status", "sourcing_strength", "assigned_to", "updated_at"]
    list_filter = ["status", "sourcing_strength"]
    list_select_related = ["article", "assigned_to"]
    search_fields = ["text"]
    readonly_fields = [f.name for f in Claim._meta.fields]
    show_full_result_count = False

    @admin.display(description="claim")
    def short_text(self, obj: Claim) -> str:
        return obj.text[:100]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        return False


@admin.register(ReviewEvent)
class ReviewEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "claim", "from_value", "to_value"]
    list_filter = ["action"]
    list_select_related = ["actor", "claim"]
    readonly_fields = [f.name for f in ReviewEvent._meta.fields]
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ReviewEvent | None = None) -> bool:
        return False
