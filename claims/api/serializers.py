"""Input and output serializers (HackSoft: one explicit serializer per direction, no logic in them)."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from provenance.models import Attribution, Source, SourceAlias, SourceType

from ..ingest import unknown_fields_problem
from ..models import Article, Claim, ClaimStatus, ReviewEvent
from ..text import TextFormat, normalise_alias

# --- output ------------------------------------------------------------------------------------


class UserRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class SourceRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "canonical_name", "type"]


class AttributionOutputSerializer(serializers.ModelSerializer):
    source = SourceRefSerializer(allow_null=True)

    class Meta:
        model = Attribution
        fields = [
            "id", "claim_id", "source", "source_text", "source_type", "role", "cue_text", "cue_start", "cue_end",
            "source_start", "source_end", "confidence", "reason", "origin", "review", "engine_version",
            "created_at", "updated_at",
        ]

    claim_id = serializers.IntegerField()


class AttributionChangeOutputSerializer(serializers.Serializer):
    attribution = AttributionOutputSerializer()
    claim_version = serializers.IntegerField(help_text="Send this as `version` with the next change to the claim.")


class ArticleRefSerializer(serializers.ModelSerializer):
    publisher = SourceRefSerializer(allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "title", "url", "publisher", "published_at"]


class ClaimOutputSerializer(serializers.ModelSerializer):
    article = ArticleRefSerializer()
    assigned_to = UserRefSerializer(allow_null=True)
    flags = serializers.ListField(child=serializers.CharField())
    attributions = AttributionOutputSerializer(many=True)

    class Meta:
        model = Claim
        fields = [
            "id", "article", "ordinal", "start", "end", "text", "tag_status", "status", "sourcing_strength", "flags",
            "assigned_to", "version", "attributions", "created_at", "updated_at",
        ]


class ReviewEventOutputSerializer(serializers.ModelSerializer):
    actor = UserRefSerializer(allow_null=True)

    class Meta:
        model = ReviewEvent
        fields = ["id", "actor", "attribution_id", "action", "from_value", "to_value", "note", "evidence_url",
                  "created_at"]

    attribution_id = serializers.IntegerField(allow_null=True)


class ClaimDetailOutputSerializer(ClaimOutputSerializer):
    events = ReviewEventOutputSerializer(many=True, help_text="The claim's review history, oldest first.")
    allowed_next_statuses = serializers.ListField(child=serializers.ChoiceField(choices=ClaimStatus.choices))

    class Meta(ClaimOutputSerializer.Meta):
        fields = [*ClaimOutputSerializer.Meta.fields, "events", "allowed_next_statuses"]


class ArticleClaimSerializer(serializers.ModelSerializer):
    assigned_to = UserRefSerializer(allow_null=True)
    flags = serializers.ListField(child=serializers.CharField())
    attributions = AttributionOutputSerializer(many=True)

    class Meta:
        model = Claim
        fields = ["id", "ordinal", "start", "end", "text", "tag_status", "status", "sourcing_strength", "flags",
                  "assigned_to", "version", "attributions"]


class ArticleListOutputSerializer(serializers.ModelSerializer):
    publisher = SourceRefSerializer(allow_null=True)
    claim_count = serializers.IntegerField()

    class Meta:
        model = Article
        fields = ["id", "title", "url", "publisher", "published_at", "body_sha256", "claim_count", "created_at",
                  "updated_at"]


class ArticleDetailOutputSerializer(ArticleListOutputSerializer):
    claims = ArticleClaimSerializer(
        many=True, source="claims_page",
        help_text="One page of the article's claims, in the article's order (`claim_count` in all).",
    )
    claims_next = serializers.URLField(allow_null=True, help_text="The next page of claims, or null.")
    claims_previous = serializers.URLField(allow_null=True, help_text="The previous page of claims, or null.")

    class Meta(ArticleListOutputSerializer.Meta):
        fields = [*ArticleListOutputSerializer.Meta.fields, "body", "claims", "claims_next", "claims_previous"]


class ArticleDetailInputSerializer(serializers.Serializer):
    claims_page = serializers.IntegerField(required=False, default=1, min_value=1, max_value=100_000)
    claims_page_size = serializers.IntegerField(required=False, default=100, min_value=1, max_value=500)


class ArticleCreateOutputSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=["created", "updated", "unchanged"])
    article = ArticleListOutputSerializer()


class SourceAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceAlias
        fields = ["id", "alias", "normalised"]


class SourceListOutputSerializer(serializers.ModelSerializer):
    attribution_count = serializers.IntegerField(help_text="Non-rejected attributions naming this source.")
    claim_count = serializers.IntegerField(help_text="Claims with a non-rejected attribution to this source.")
    published_article_count = serializers.IntegerField()

    class Meta:
        model = Source
        fields = ["id", "canonical_name", "type", "parent_id", "article_id", "attribution_count", "claim_count",
                  "published_article_count"]

    parent_id = serializers.IntegerField(allow_null=True)
    article_id = serializers.IntegerField(
        allow_null=True, help_text="Set for an anonymous or vague source: it stands for someone in this article only."
    )


class SourceDetailOutputSerializer(SourceListOutputSerializer):
    aliases = SourceAliasSerializer(many=True)
    description = serializers.CharField(help_text="What the first mention said besides the name.")
    notes = serializers.CharField()
    claims_by_status = serializers.DictField(child=serializers.IntegerField())
    attributions_by_review = serializers.DictField(child=serializers.IntegerField())

    class Meta(SourceListOutputSerializer.Meta):
        fields = [*SourceListOutputSerializer.Meta.fields, "description", "notes", "aliases", "claims_by_status",
                  "attributions_by_review", "created_at", "updated_at"]


class AuditSummaryOutputSerializer(serializers.Serializer):
    """Documentation of claims.selectors.audit_summary(); the view returns that dict as it is."""

    generated_at = serializers.DateTimeField()
    claims_total = serializers.IntegerField()
    statuses = serializers.ListField(child=serializers.CharField())
    sourcing_strengths = serializers.ListField(child=serializers.CharField())
    claims_by_status_and_strength = serializers.DictField(child=serializers.DictField(child=serializers.IntegerField()))
    open_claims_by_age = serializers.ListField(child=serializers.DictField())
    weakly_sourced_articles = serializers.DictField()
    most_cited_sources = serializers.ListField(
        child=serializers.DictField(), help_text="Registry sources; unnamed sources scoped to one article are left out."
    )
    unnamed_sources = serializers.ListField(
        child=serializers.DictField(),
        help_text="Anonymous and vague sources per type: {type, sources, articles}, each counted in its own article.",
    )
    engine_precision_by_source_type = serializers.ListField(child=serializers.DictField())


# --- input -------------------------------------------------------------------------------------


@extend_schema_field(OpenApiTypes.STR)
class RawTextField(serializers.Field):
    """A value handed to the ingest service exactly as sent, not coerced: the service owns the
    rules (type, NUL bytes, HTML, size) and their messages, so `{"body": 12345}` is refused as
    `manage.py ingest` refuses it, not stored as the text "12345"."""

    def to_internal_value(self, data):  # noqa: ANN001, ANN201
        return data

    def to_representation(self, value):  # noqa: ANN001, ANN201
        return value


def has_name_characters(value: str | None) -> None:
    # The registry keys names by their letters and digits; "!!!" names nothing.
    if value and value.strip() and not normalise_alias(value):
        raise serializers.ValidationError("a name needs at least one letter or digit")


class ArticleCreateInputSerializer(serializers.Serializer):
    body = RawTextField(help_text="Plain text, or HTML with format=html. Same rules as `manage.py ingest`.")
    title = RawTextField(required=False)
    url = RawTextField(required=False, allow_null=True)
    publisher = RawTextField(required=False, allow_null=True)
    published_at = RawTextField(
        required=False, allow_null=True,
        help_text="ISO 8601 date or date-time; stored in UTC (years 1 to 9999 once converted).",
    )
    format = serializers.ChoiceField(choices=TextFormat.CHOICES, default=TextFormat.TEXT)

    def validate(self, attrs: dict) -> dict:
        # Unknown fields are refused as `manage.py ingest` refuses them in a JSON line.
        if problem := unknown_fields_problem(self.initial_data):
            raise serializers.ValidationError(problem)
        return attrs


class VersionedInputSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, max_value=2**31 - 1, help_text="The claim's version you read; a stale one answers 409."
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=10000)


class ClaimStatusInputSerializer(VersionedInputSerializer):
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    evidence_url = serializers.URLField(required=False, allow_blank=True, default="", max_length=2000)


class ClaimAssignInputSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, max_value=2**31 - 1, help_text="The claim's version you read; a stale one answers 409."
    )
    assignee = serializers.IntegerField(
        allow_null=True, min_value=1, max_value=2**63 - 1, help_text="User id; null to unassign."
    )


class ClaimEvidenceInputSerializer(VersionedInputSerializer):
    evidence_url = serializers.URLField(max_length=2000)


class AttributionReviewInputSerializer(VersionedInputSerializer):
    pass


class AttributionEditInputSerializer(VersionedInputSerializer):
    source_id = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=2**63 - 1)
    source_name = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=255, validators=[has_name_characters]
    )
    # Left out: the chosen source keeps its type (a new one is a person). Given: it is honoured.
    source_type = serializers.ChoiceField(choices=SourceType.choices, required=False, allow_null=True, default=None)
    role = serializers.ChoiceField(choices=Attribution._meta.get_field("role").choices, required=False)


class AttributionAddInputSerializer(AttributionEditInputSerializer):
    cue_text = serializers.CharField(required=False, allow_blank=True, default="", max_length=255)
