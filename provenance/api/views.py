"""Thin API views for attributions (editors' decisions), the source registry and matches between claims."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.generics import ListAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api import selectors
from claims.api.permissions import HasViewPermissions
from claims.api.serializers import (
    AttributionAddInputSerializer,
    AttributionChangeOutputSerializer,
    AttributionEditInputSerializer,
    AttributionOutputSerializer,
    AttributionReviewInputSerializer,
    ClaimDetailOutputSerializer,
    SourceDetailOutputSerializer,
    SourceListOutputSerializer,
)
from claims.api.views import VIEW_CLAIMS, claim_detail_response
from claims.models import Claim

from .. import selectors as provenance_selectors
from ..models import AttributionReview, ClaimMatch, MatchState, SourceType
from ..services import add_attribution, edit_attribution_source, matching, review_attribution
from .serializers import (
    ApplyVerdictInputSerializer,
    ClaimMatchesOutputSerializer,
    MatchDecisionInputSerializer,
)

_WRITE_ERRORS = {
    400: OpenApiResponse(description="The change breaks a review rule, or the input is invalid."),
    403: OpenApiResponse(description="Your role may not review attributions."),
    409: OpenApiResponse(description="`version` (the claim's) is stale."),
}


def attribution_change_response(attribution_id: int, *, http_status: int = status.HTTP_200_OK) -> Response:
    attribution = selectors.attribution_detail(attribution_id=attribution_id)
    out = {"attribution": attribution, "claim_version": attribution.claim.version}
    return Response(AttributionChangeOutputSerializer(out).data, status=http_status)


class AttributionDetailApi(APIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = ("provenance.view_attribution",)

    @extend_schema(responses=AttributionOutputSerializer)
    def get(self, request, pk: int):  # noqa: ANN001, ANN201
        return Response(AttributionOutputSerializer(selectors.attribution_detail(attribution_id=pk)).data)


class AttributionReviewApi(APIView):
    decision = AttributionReview.CONFIRMED

    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = AttributionReviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        review_attribution(
            attribution_id=pk, actor=request.user, decision=self.decision, note=data.validated_data["note"],
            expected_version=data.validated_data["version"],
        )
        return attribution_change_response(pk)


@extend_schema(request=AttributionReviewInputSerializer,
               responses={200: AttributionChangeOutputSerializer, **_WRITE_ERRORS})
class AttributionConfirmApi(AttributionReviewApi):
    decision = AttributionReview.CONFIRMED


@extend_schema(request=AttributionReviewInputSerializer,
               responses={200: AttributionChangeOutputSerializer, **_WRITE_ERRORS})
class AttributionRejectApi(AttributionReviewApi):
    decision = AttributionReview.REJECTED


class AttributionEditApi(APIView):
    @extend_schema(
        request=AttributionEditInputSerializer,
        responses={200: AttributionChangeOutputSerializer, **_WRITE_ERRORS},
        description="Point the attribution at the right source: `source_id`, or `source_name` + `source_type` "
        "(found or created in the registry). The correction counts as confirmed.",
    )
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = AttributionEditInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        edit_attribution_source(
            attribution_id=pk, actor=request.user, source_id=values.get("source_id"),
            source_name=values["source_name"], source_type=values["source_type"], role=values.get("role"),
            note=values["note"], expected_version=values["version"],
        )
        return attribution_change_response(pk)


class ClaimAttributionAddApi(APIView):
    @extend_schema(
        request=AttributionAddInputSerializer,
        responses={201: AttributionChangeOutputSerializer, **_WRITE_ERRORS},
        description="Add an attribution the engine missed (origin `editor`, confirmed). A bare hedge has a "
        "`cue_text` and no source.",
    )
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = AttributionAddInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        attribution = add_attribution(
            claim_id=pk, actor=request.user, source_id=values.get("source_id"), source_name=values["source_name"],
            source_type=values["source_type"], role=values.get("role") or "source", cue_text=values["cue_text"],
            note=values["note"], expected_version=values["version"],
        )
        return attribution_change_response(attribution.pk, http_status=status.HTTP_201_CREATED)


class SourcePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class SourceListInputSerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=200)
    type = serializers.ChoiceField(choices=SourceType.choices, required=False, allow_blank=True, default="")


class SourceListApi(ListAPIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = ("provenance.view_source",)
    pagination_class = SourcePagination
    serializer_class = SourceListOutputSerializer
    filter_backends: list = []

    @extend_schema(parameters=[
        OpenApiParameter("q", OpenApiTypes.STR, description="Search names and every known alias (\"WSJ\")."),
        OpenApiParameter("type", OpenApiTypes.STR, enum=SourceType.values),
    ])
    def get(self, request, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        return super().get(request, *args, **kwargs)

    def get_queryset(self):  # noqa: ANN201
        params = SourceListInputSerializer(data=self.request.query_params)
        params.is_valid(raise_exception=True)
        return selectors.source_list(search=params.validated_data["q"], type=params.validated_data["type"])


class SourceDetailApi(APIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = ("provenance.view_source", "provenance.view_sourcealias")

    @extend_schema(responses=SourceDetailOutputSerializer)
    def get(self, request, pk: int):  # noqa: ANN001, ANN201
        source, by_status, by_review = selectors.source_detail(source_id=pk)
        source.claims_by_status, source.attributions_by_review = by_status, by_review
        return Response(SourceDetailOutputSerializer(source).data)


# --- matches between claims ---------------------------------------------------------------------

_MATCH_ERRORS = {
    400: OpenApiResponse(description="The change breaks a review rule, or the input is invalid."),
    403: OpenApiResponse(description="Your role may not review claims."),
    404: OpenApiResponse(description="No such claim or match."),
}


def claim_matches_response(claim_id: int) -> Response:
    if not Claim.objects.filter(pk=claim_id).exists():
        raise NotFound
    elsewhere = provenance_selectors.claim_elsewhere(claim_id=claim_id)
    out = {"claim_id": claim_id, "first_appearance": elsewhere.first, "group_size": elsewhere.group_size,
           "matches": elsewhere.matches, "verdicts": elsewhere.verdicts}
    return Response(ClaimMatchesOutputSerializer(out).data)


class ClaimMatchesApi(APIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = VIEW_CLAIMS

    @extend_schema(
        responses={200: ClaimMatchesOutputSerializer, 404: _MATCH_ERRORS[404]},
        description="The same claim in other articles: matches (suggested, confirmed, rejected) with their "
        "article, outlet and date, the group's first appearance, and verdicts of matching claims.",
    )
    def get(self, request, pk: int):  # noqa: ANN001, ANN201
        return claim_matches_response(pk)


class MatchDecisionApi(APIView):
    decision = MatchState.CONFIRMED

    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = MatchDecisionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        if not ClaimMatch.objects.filter(pk=pk).exists():
            raise NotFound
        match = matching.decide_match(match_id=pk, actor=request.user, decision=self.decision,
                                      note=data.validated_data["note"])
        return claim_matches_response(match.claim_id)


@extend_schema(request=MatchDecisionInputSerializer, responses={200: ClaimMatchesOutputSerializer, **_MATCH_ERRORS},
               description="Confirm that the two claims state the same fact (both directions; a ReviewEvent on "
               "each claim). Answers with the matches of the match's claim.")
class MatchConfirmApi(MatchDecisionApi):
    decision = MatchState.CONFIRMED


@extend_schema(request=MatchDecisionInputSerializer, responses={200: ClaimMatchesOutputSerializer, **_MATCH_ERRORS},
               description="Reject the pair: it is never suggested again.")
class MatchRejectApi(MatchDecisionApi):
    decision = MatchState.REJECTED


class ClaimApplyVerdictApi(APIView):
    @extend_schema(
        request=ApplyVerdictInputSerializer,
        responses={200: ClaimDetailOutputSerializer, **_MATCH_ERRORS,
                   409: OpenApiResponse(description="`version` is stale.")},
        description="Give this claim the verdict of a decided matching claim (listed in its matches' "
        "`verdicts`): an ordinary status change by you, through review if needed, the reason in the note.",
    )
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = ApplyVerdictInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        if not Claim.objects.filter(pk=pk).exists():
            raise NotFound
        matching.apply_matching_verdict(claim_id=pk, from_claim_id=data.validated_data["from_claim"],
                                        actor=request.user, expected_version=data.validated_data["version"])
        return claim_detail_response(pk)
