"""Input and output serializers for matches between claims (one per direction, no logic in them)."""

from __future__ import annotations

from rest_framework import serializers

from claims.api.serializers import UserRefSerializer
from claims.models import ClaimStatus

from ..models import MatchState


class MatchedArticleSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(allow_null=True)
    publisher = serializers.CharField(source="publisher.canonical_name", allow_null=True, default=None)
    published_at = serializers.DateTimeField(allow_null=True)


class MatchedClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    article = MatchedArticleSerializer()


class MatchOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Send this id to …/matches/{id}/confirm/ or …/reject/.")
    claim_id = serializers.IntegerField()
    other = MatchedClaimSerializer()
    score = serializers.FloatField()
    state = serializers.ChoiceField(choices=MatchState.choices)
    reasons = serializers.DictField(help_text="What the two claims share: figures, names, terms.")
    decided_by = UserRefSerializer(allow_null=True)
    decided_at = serializers.DateTimeField(allow_null=True)
    is_first_appearance = serializers.BooleanField(help_text="The other claim is its group's first appearance.")


class AppearanceSerializer(serializers.Serializer):
    claim_id = serializers.IntegerField()
    article_id = serializers.IntegerField()
    article_url = serializers.CharField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    publisher = serializers.CharField()


class VerdictSerializer(serializers.Serializer):
    claim_id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=ClaimStatus.choices)
    decided_at = serializers.DateTimeField(allow_null=True)
    decided_by = serializers.CharField()
    sentence = serializers.CharField(help_text="“a matching claim was rated false on <date> by <editor>”")


class ClaimMatchesOutputSerializer(serializers.Serializer):
    claim_id = serializers.IntegerField()
    first_appearance = AppearanceSerializer(allow_null=True, help_text="The earliest-published article of the "
                                            "claim's group (confirmed matches, else suggestions).")
    group_size = serializers.IntegerField()
    matches = MatchOutputSerializer(many=True, help_text="Best first; rejected ones included (state).")
    verdicts = VerdictSerializer(many=True, help_text="Verdicts of other claims in the group: suggestions to "
                                 "apply (POST …/apply-verdict/), never applied automatically.")


class MatchDecisionInputSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=10000)


class ApplyVerdictInputSerializer(serializers.Serializer):
    from_claim = serializers.IntegerField(min_value=1, max_value=2**63 - 1,
                                          help_text="The decided matching claim whose verdict to apply.")
    version = serializers.IntegerField(min_value=1, max_value=2**31 - 1,
                                       help_text="The claim's version you read; a stale one answers 409.")
