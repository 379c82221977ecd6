"""Articles, the claims in them, and the append-only review history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Article(models.Model):
    title = models.CharField(max_length=500, blank=True)
    # NULL, not "", for "no url": the unique constraint must not treat all url-less articles as one.
    url = models.URLField(max_length=2000, null=True, blank=True)  # noqa: DJ001
    publisher = models.ForeignKey(
        "provenance.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="published_articles"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    body = models.TextField()
    body_sha256 = models.CharField(max_length=64, db_index=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # NULL urls never collide, so articles without a url are allowed many times.
            models.UniqueConstraint(fields=["url"], name="article_unique_url"),
            # ...and those are identified by their body instead: two concurrent ingests of the same
            # url-less text must not both create it (the loser re-reads it as "unchanged").
            models.UniqueConstraint(
                fields=["body_sha256"], condition=Q(url__isnull=True), name="article_unique_urlless_body"
            ),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"


class ClaimStatus(models.TextChoices):
    UNVERIFIED = "unverified", "Unverified"
    IN_REVIEW = "in_review", "In review"
    VERIFIED = "verified", "Verified"
    FALSE = "false", "False"
    MISLEADING = "misleading", "Misleading"
    UNVERIFIABLE = "unverifiable", "Unverifiable"
    NOT_A_CLAIM = "not_a_claim", "Not a claim"


DECIDED_STATUSES = frozenset(
    {ClaimStatus.VERIFIED, ClaimStatus.FALSE, ClaimStatus.MISLEADING, ClaimStatus.UNVERIFIABLE, ClaimStatus.NOT_A_CLAIM}
)


# Still to be decided: what a fact-checker's queue holds.
OPEN_STATUSES = (ClaimStatus.UNVERIFIED, ClaimStatus.IN_REVIEW)


class SourcingStrength(models.TextChoices):
    ON_RECORD = "on_record", "On the record"
    ANONYMOUS_ONLY = "anonymous_only", "Anonymous sources only"
    VAGUE_ONLY = "vague_only", "Vague attribution only"
    NONE = "none", "No attribution"


class ClaimFlag:
    """Values kept in Claim.flags (a JSON list)."""

    TEXT_CHANGED = "text_changed"
    REMOVED_FROM_ARTICLE = "removed_from_article"
    NOT_INDEPENDENTLY_VERIFIED = "not_independently_verified"

    # What people read for each flag (the desk's filter, the review page's badges).
    LABELS = {
        TEXT_CHANGED: "Text changed under an editor's decision",
        REMOVED_FROM_ARTICLE: "No longer in the article's current body",
        NOT_INDEPENDENTLY_VERIFIED: "Covered by a could-not-verify note",
    }


class Claim(models.Model):
    # No index of its own: claim_unique_article_ordinal starts with article_id and serves every
    # lookup by article; one index fewer to maintain on each of the ~12 claims per ingested article.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims", db_index=False)
    # NULL once the claim is no longer in the article's current body but an editor's work on it is kept.
    ordinal = models.PositiveIntegerField(null=True, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    # Key for matching claims across re-tags: hash of the normalised sentence, and which
    # occurrence of that sentence in the article it is.
    text_hash = models.CharField(max_length=64, editable=False)
    occurrence = models.PositiveIntegerField(default=0, editable=False)
    tag_status = models.CharField(
        max_length=14, blank=True, help_text="The engine's view: attributed, hedged or unattributed."
    )
    status = models.CharField(max_length=14, choices=ClaimStatus.choices, default=ClaimStatus.UNVERIFIED)
    sourcing_strength = models.CharField(
        max_length=16, choices=SourcingStrength.choices, default=SourcingStrength.NONE
    )
    flags = models.JSONField(default=list, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    version = models.PositiveIntegerField(default=1, help_text="Bumped by every change; stale writers get a conflict.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "ordinal", "id"]
        permissions = [
            ("review_claim", "Can review claims: status, attributions, assignment, evidence"),
            ("reopen_claim", "Can reopen a decided claim"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "ordinal"], name="claim_unique_article_ordinal"),
            models.CheckConstraint(condition=Q(start__lte=models.F("end")), name="claim_start_before_end"),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["sourcing_strength", "status"]),
            models.Index(fields=["created_at"]),
            models.Index(fields=["updated_at"]),
            # My queue and its count in every admin page's header: one user's open claims, oldest
            # first. Partial, so decided claims (most of a desk's history) cost it nothing.
            models.Index(fields=["assigned_to", "created_at", "id"], name="claim_open_assigned_idx",
                         condition=Q(status__in=[s.value for s in OPEN_STATUSES])),
            # (text_hash, occurrence) is matched in Python after loading an article's claims by
            # article_id, never looked up in the database, so it has no index.
        ]

    def __str__(self) -> str:
        return self.text[:80]


class ReviewAction(models.TextChoices):
    STATUS_CHANGED = "status_changed", "Status changed"
    ATTRIBUTION_CONFIRMED = "attribution_confirmed", "Attribution confirmed"
    ATTRIBUTION_REJECTED = "attribution_rejected", "Attribution rejected"
    ATTRIBUTION_EDITED = "attribution_edited", "Attribution source changed"
    ATTRIBUTION_ADDED = "attribution_added", "Attribution added"
    EVIDENCE_ADDED = "evidence_added", "Evidence added"
    ASSIGNED = "assigned", "Assigned"
    TEXT_CHANGED = "text_changed", "Text changed by a re-tag"
    SOURCE_MERGED = "source_merged", "Source merged"
    SOURCE_ADDED = "source_added", "Source added"
    SOURCE_EDITED = "source_edited", "Source edited"
    RETAG_REQUESTED = "retag_requested", "Re-tag requested"
    MATCH_CONFIRMED = "match_confirmed", "Matching claim confirmed"
    MATCH_REJECTED = "match_rejected", "Matching claim rejected"
    TAGGER_TRAINED = "tagger_trained", "Tagger model trained"
    TAGGER_ACTIVATED = "tagger_activated", "Tagger model activated"
    TAGGER_ROLLED_BACK = "tagger_rolled_back", "Tagger model rolled back"


class ReviewEventQuerySet(models.QuerySet):
    """Append-only: the ORM refuses bulk updates and deletes (a database trigger refuses UPDATE)."""

    def update(self, **kwargs):  # noqa: ANN003
        raise TypeError("ReviewEvent rows are append-only")

    def delete(self):
        raise TypeError("ReviewEvent rows are append-only")


class ReviewEvent(models.Model):
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="review_events",
        help_text="Empty for changes the system made (a re-tag).",
    )
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="events", null=True, blank=True)
    attribution = models.ForeignKey(
        "provenance.Attribution", null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    # For events about a whole article (a re-tag request). Claim events leave it empty: their
    # article is the claim's, and a second copy could disagree with it.
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    action = models.CharField(max_length=24, choices=ReviewAction.choices)
    from_value = models.CharField(max_length=500, blank=True)
    to_value = models.CharField(max_length=500, blank=True)
    note = models.TextField(blank=True)
    evidence_url = models.URLField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = ReviewEventQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["claim", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.from_value} → {self.to_value}"
