"""The source registry, machine and editor attributions, tagging runs, and matches between claims."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class SourceType(models.TextChoices):
    NEWS_OUTLET = "news_outlet", "News outlet"
    ANONYMOUS = "anonymous", "Anonymous"
    OFFICIAL = "official", "Official (organisation)"
    GOVERNMENT = "government", "Government"
    PERSON = "person", "Person"
    DOCUMENT = "document", "Document"
    SOCIAL_MEDIA = "social_media", "Social media"
    UNSPECIFIED = "unspecified", "Unspecified (vague)"


class Source(models.Model):
    canonical_name = models.CharField(max_length=255)
    type = models.CharField(max_length=20, choices=SourceType.choices, db_index=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children",
        help_text="The organisation this source belongs to (a desk of a newspaper, an agency of a ministry).",
    )
    # Anonymous and vague sources ("one source", "critics") are different people in different
    # stories: the tagger scopes each to its article, so the registry never pools them. A scoped
    # source has no aliases (aliases are global) and is found by its name within its article.
    article = models.ForeignKey(
        "claims.Article", null=True, blank=True, on_delete=models.CASCADE, related_name="scoped_sources",
        help_text="Set for an anonymous or vague source: it stands for someone in this article only.",
    )
    description = models.TextField(
        blank=True, help_text="What the first mention said besides the name (“a scholar at the X Institute”)."
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["canonical_name"]
        indexes = [models.Index(fields=["canonical_name"])]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "canonical_name"], condition=Q(article__isnull=False),
                name="source_unique_name_in_article",
            ),
        ]
        permissions = [("merge_source", "Can merge two sources into one")]

    def __str__(self) -> str:
        return self.canonical_name


class SourceAlias(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=255, help_text="As written, e.g. “the Journal”.")
    normalised = models.CharField(max_length=255, unique=True, editable=False)

    class Meta:
        verbose_name_plural = "source aliases"
        ordering = ["normalised"]

    def __str__(self) -> str:
        return self.alias


class AttributionRole(models.TextChoices):
    SOURCE = "source", "Source (asserts the content)"
    RELAY = "relay", "Relay (passed it on)"


class AttributionOrigin(models.TextChoices):
    MACHINE = "machine", "Machine"
    EDITOR = "editor", "Editor"


class AttributionReview(models.TextChoices):
    PENDING = "pending", "Pending"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class AttributionQuerySet(models.QuerySet):
    def machine_pending(self) -> AttributionQuerySet:
        """Attributions a re-tag may replace: nobody has looked at them yet."""
        return self.filter(origin=AttributionOrigin.MACHINE, review=AttributionReview.PENDING)

    def editor_touched(self) -> AttributionQuerySet:
        return self.exclude(origin=AttributionOrigin.MACHINE, review=AttributionReview.PENDING)


class Attribution(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="attributions")
    # RESTRICT, not PROTECT: a source in use is never deleted on its own, but an article deleted
    # with its claims takes its attributions and its scoped sources together (PROTECT would refuse).
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.RESTRICT, related_name="attributions",
        help_text="Empty for a bare hedge such as “reportedly”.",
    )
    role = models.CharField(max_length=10, choices=AttributionRole.choices, default=AttributionRole.SOURCE)
    # Offsets are indices into the article body, so the span survives sentence re-segmentation.
    cue_text = models.CharField(max_length=255, blank=True)
    cue_start = models.PositiveIntegerField(null=True, blank=True)
    cue_end = models.PositiveIntegerField(null=True, blank=True)
    source_text = models.CharField(max_length=500, blank=True)
    source_start = models.PositiveIntegerField(null=True, blank=True)
    source_end = models.PositiveIntegerField(null=True, blank=True)
    source_type = models.CharField(
        max_length=20, choices=SourceType.choices, blank=True,
        help_text="The type of this mention (a registry source keeps its own type).",
    )
    confidence = models.FloatField(default=1.0)
    reason = models.CharField(max_length=255, blank=True)
    origin = models.CharField(max_length=10, choices=AttributionOrigin.choices, default=AttributionOrigin.MACHINE)
    review = models.CharField(max_length=10, choices=AttributionReview.choices, default=AttributionReview.PENDING)
    engine_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AttributionQuerySet.as_manager()

    class Meta:
        ordering = ["claim_id", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="attribution_confidence_0_1"
            ),
        ]
        # Plain indexes (the admin filters and the precision audit match whole values): db_index on
        # a CharField adds a second, varchar_pattern_ops index on PostgreSQL for LIKE, which no
        # query here uses and every inserted attribution paid for.
        indexes = [
            models.Index(fields=["review"], name="attribution_review_idx"),
            models.Index(fields=["source_type"], name="attribution_source_type_idx"),
        ]

    def __str__(self) -> str:
        who = self.source.canonical_name if self.source_id else (self.source_text or "(hedge)")
        return f"{who} — {self.cue_text}".strip(" —")


class TaggingState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"
    SUPERSEDED = "superseded", "Superseded (the body changed before it ran)"


class TaggingRun(models.Model):
    article = models.ForeignKey("claims.Article", on_delete=models.CASCADE, related_name="tagging_runs")
    body_sha256 = models.CharField(max_length=64)
    engine_version = models.CharField(max_length=32)
    state = models.CharField(max_length=12, choices=TaggingState.choices, default=TaggingState.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    claims_written = models.PositiveIntegerField(default=0)
    attributions_written = models.PositiveIntegerField(default=0)
    claims_dropped = models.PositiveIntegerField(
        default=0, help_text="Claims the engine found beyond TAGGING_MAX_CLAIMS, left out of the article."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When a message for this run was last sent (or is due, for a retry's countdown): the sweeper
    # re-sends a queued run only once this is old, so a long backlog is not sent twice per sweep.
    enqueued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "body_sha256", "engine_version"], name="taggingrun_unique_body_engine"
            ),
        ]
        indexes = [models.Index(fields=["state", "started_at"])]

    def __str__(self) -> str:
        return f"run {self.pk} of article {self.article_id} ({self.state})"


# --- the same claim across articles (provenance.services.matching) ------------------------------


class MatchState(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class ClaimMatch(models.Model):
    """Two claims in different articles that state the same fact.

    Kept symmetric: every pair is two rows, (a, b) and (b, a), written and decided together, so
    "the matches of claim a" is one indexed lookup on `claim`. Suggested rows come from the
    matcher; confirmed and rejected ones are editors' decisions, which the matcher never changes
    (a rejected pair is never suggested again).
    """

    # No index of its own: claimmatch_unique_pair starts with claim_id.
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="matches", db_index=False)
    other = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    state = models.CharField(max_length=10, choices=MatchState.choices, default=MatchState.SUGGESTED)
    reasons = models.JSONField(default=dict, blank=True, help_text="What the two have in common (figures, names).")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "claim matches"
        ordering = ["claim_id", "-score", "other_id"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "other"], name="claimmatch_unique_pair"),
            models.CheckConstraint(condition=~Q(claim=models.F("other")), name="claimmatch_not_self"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="claimmatch_score_0_1"),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} ~ claim {self.other_id} ({self.state}, {self.score:.2f})"


class MatchSignature(models.Model):
    """A claim's matching features, kept beside it so candidates are found and scored without
    recomputing them: the search terms (a GIN full-text index on PostgreSQL, see migration
    0006), an exact-content key for verbatim copies, and the features the scorer compares."""

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, primary_key=True,
                                 related_name="match_signature")
    terms = models.TextField(blank=True, help_text="Space-separated search terms.")
    # A plain index (db_index would add a second, LIKE-pattern one on PostgreSQL, for nothing).
    content_key = models.CharField(max_length=64)
    features = models.JSONField(default=dict)
    # What the features were computed from (text, attribution spans, features version): a claim
    # whose basis is unchanged is not recomputed.
    basis = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["content_key"], name="matchsignature_content_key")]

    def __str__(self) -> str:
        return f"signature of claim {self.claim_id}"


class TaggerModel(models.Model):
    """A learned tagger model trained on the desk's decisions; the file itself is kept in `file`.

    The bytes live in the database so that every worker, on any machine, loads the same model;
    `file_sha256` is checked on every load. At most one model is active: its id is part of the
    engine version a tagging run records, so activating one makes every article stale.
    """

    label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text="Empty when trained from the command line.",
    )
    engine_version = models.CharField(max_length=32, help_text="The rules' version the model was trained against.")
    format_version = models.PositiveSmallIntegerField()
    file = models.BinaryField(help_text="The model file (JSON data, never a pickle).")
    file_sha256 = models.CharField(max_length=64, unique=True)
    size_bytes = models.PositiveIntegerField()
    articles = models.PositiveIntegerField(help_text="Articles with reviewed claims it was trained on.")
    claims = models.PositiveIntegerField(help_text="Reviewed claims it was trained on.")
    decisions = models.PositiveIntegerField(help_text="Confirmed, corrected, rejected and added attributions used.")
    # Cross-validated on held-out articles: {"cv": {...}, "rules_cv": {...}, "thresholds": {...}, "folds": k};
    # each of cv/rules_cv maps "source", "cue", "source:<type>" to {"p", "r", "f1", "tp", "fp", "fn"}.
    figures = models.JSONField(default=dict)
    active = models.BooleanField(default=False)
    activated_at = models.DateTimeField(null=True, blank=True, help_text="When it was last made active.")

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["active"], condition=Q(active=True), name="taggermodel_one_active"),
        ]
        permissions = [("activate_taggermodel", "Can activate or roll back the tagger model")]

    def __str__(self) -> str:
        return f"model {self.pk}" + (f" ({self.label})" if self.label else "")
