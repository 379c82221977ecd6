"""Thin API views: parse input, call one service or selector, serialize the result."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.generics import GenericAPIView, ListAPIView
from rest_framework.mixins import ListModelMixin
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from provenance.services.ingest import ingest_article

from .. import exports
from ..params import database_id
from ..selectors import audit_summary
from ..services import (
    WorkflowError,
    add_evidence,
    allowed_next_statuses,
    assign_claim,
    change_claim_status,
)
from ..services.workflow import NOT_ASSIGNABLE
from . import selectors
from .filters import ClaimFilter
from .permissions import HasViewPermissions
from .serializers import (
    ArticleCreateInputSerializer,
    ArticleCreateOutputSerializer,
    ArticleDetailInputSerializer,
    ArticleDetailOutputSerializer,
    ArticleListOutputSerializer,
    AuditSummaryOutputSerializer,
    ClaimAssignInputSerializer,
    ClaimDetailOutputSerializer,
    ClaimEvidenceInputSerializer,
    ClaimOutputSerializer,
    ClaimStatusInputSerializer,
)

VIEW_CLAIMS = ("claims.view_claim", "provenance.view_attribution")


class ArticlePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class ClaimCursorPagination(CursorPagination):
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 1000
    ordering = "id"

    def decode_cursor(self, request):  # noqa: ANN001, ANN201
        cursor = super().decode_cursor(request)
        # DRF checks the offset and direction but hands the position to the query as sent: a
        # tampered cursor ("p=abc", "p=1e5") became a database error. Positions are claim ids.
        if cursor is not None and cursor.position is not None and database_id(cursor.position) is None:
            raise NotFound(self.invalid_cursor_message)
        return cursor


def claim_detail_response(claim_id: int, *, http_status: int = status.HTTP_200_OK) -> Response:
    claim = selectors.claim_detail(claim_id=claim_id)
    claim.allowed_next_statuses = allowed_next_statuses(claim.status)
    return Response(ClaimDetailOutputSerializer(claim).data, status=http_status)


class ArticleListCreateApi(ListAPIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = ("claims.view_article",)
    pagination_class = ArticlePagination
    serializer_class = ArticleListOutputSerializer
    filter_backends: list = []

    def get_queryset(self):  # noqa: ANN201
        return selectors.article_list()

    @extend_schema(
        request=ArticleCreateInputSerializer,
        responses={201: ArticleCreateOutputSerializer, 200: ArticleCreateOutputSerializer},
        description="Ingest one article (same validation and messages as `manage.py ingest`). 201 when created, "
        "200 when an article with this url (or body) already existed. Tagging is queued after commit.",
    )
    def post(self, request):  # noqa: ANN001, ANN201
        data = ArticleCreateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        result = ingest_article(
            body=values["body"],
            title=values.get("title", ""),
            url=values.get("url"),
            publisher=values.get("publisher"),
            published_at=values.get("published_at"),
            fmt=values["format"],
            actor=request.user,
        )
        article = selectors.article_list().get(pk=result.article.pk)
        out = ArticleCreateOutputSerializer({"outcome": result.outcome, "article": article}).data
        return Response(out, status=status.HTTP_201_CREATED if result.outcome == "created" else status.HTTP_200_OK)


class ArticleDetailApi(APIView):
    """The article with one page of its claims: an article of thousands of claims must not cost
    every reader seconds and megabytes (the attack's 36,158-claim article took 10 s and 28 MB)."""

    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = ("claims.view_article", *VIEW_CLAIMS)

    @extend_schema(parameters=[ArticleDetailInputSerializer], responses=ArticleDetailOutputSerializer)
    def get(self, request, pk: int):  # noqa: ANN001, ANN201
        params = ArticleDetailInputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        page, size = params.validated_data["claims_page"], params.validated_data["claims_page_size"]
        article, claims = selectors.article_detail(article_id=pk, claims_offset=(page - 1) * size, claims_limit=size)

        def link(to: int) -> str:
            url = request.build_absolute_uri()
            return replace_query_param(replace_query_param(url, "claims_page", to), "claims_page_size", size)

        article.claims_page = claims
        article.claims_next = link(page + 1) if page * size < article.claim_count else None
        article.claims_previous = link(page - 1) if page > 1 else None
        return Response(ArticleDetailOutputSerializer(article).data)


class ClaimListApi(ListAPIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = VIEW_CLAIMS
    pagination_class = ClaimCursorPagination
    serializer_class = ClaimOutputSerializer
    filterset_class = ClaimFilter

    def get_queryset(self):  # noqa: ANN201
        return selectors.claim_list()


class ClaimDetailApi(APIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = VIEW_CLAIMS

    @extend_schema(responses=ClaimDetailOutputSerializer)
    def get(self, request, pk: int):  # noqa: ANN001, ANN201
        return claim_detail_response(pk)


_WRITE_RESPONSES = {
    200: ClaimDetailOutputSerializer,
    400: OpenApiResponse(description="The workflow does not allow this change, or the input is invalid."),
    403: OpenApiResponse(description="Your role may not make this change."),
    409: OpenApiResponse(description="`version` is stale: someone changed the claim since you read it."),
}


class ClaimStatusApi(APIView):
    @extend_schema(request=ClaimStatusInputSerializer, responses=_WRITE_RESPONSES)
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = ClaimStatusInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        change_claim_status(
            claim_id=pk, actor=request.user, to_status=values["status"], note=values["note"],
            evidence_url=values["evidence_url"], expected_version=values["version"],
        )
        return claim_detail_response(pk)


class ClaimAssignApi(APIView):
    @extend_schema(request=ClaimAssignInputSerializer, responses=_WRITE_RESPONSES)
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = ClaimAssignInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        assignee = None
        if values["assignee"] is not None:
            assignee = get_user_model().objects.filter(pk=values["assignee"]).first()
            if assignee is None:
                # The answer the service gives for a user who may not review: ids tell nothing.
                raise WorkflowError(NOT_ASSIGNABLE)
        assign_claim(claim_id=pk, actor=request.user, assignee=assignee, expected_version=values["version"])
        return claim_detail_response(pk)


class ClaimEvidenceApi(APIView):
    @extend_schema(request=ClaimEvidenceInputSerializer, responses=_WRITE_RESPONSES)
    def post(self, request, pk: int):  # noqa: ANN001, ANN201
        data = ClaimEvidenceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        add_evidence(
            claim_id=pk, actor=request.user, evidence_url=values["evidence_url"], note=values["note"],
            expected_version=values["version"],
        )
        return claim_detail_response(pk)


class AuditSummaryApi(APIView):
    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = VIEW_CLAIMS

    @extend_schema(responses=AuditSummaryOutputSerializer)
    def get(self, request):  # noqa: ANN001, ANN201
        return Response(audit_summary())


class ExportNotConfiguredError(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "export_not_configured"


class ExportRenderer(BaseRenderer):
    """Lets content negotiation accept an export's media type (`Accept: text/csv`, Swagger's "Try it
    out"); the rows themselves stream from claims.exports and never pass through a renderer."""

    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):  # noqa: ANN001, ANN201
        raise AssertionError("exports stream their bytes; error answers are rendered as JSON")


def export_renderer(media_type: str, format: str) -> type[ExportRenderer]:  # noqa: A002
    return type(f"{format.title()}ExportRenderer", (ExportRenderer,), {"media_type": media_type, "format": format})


EXPORT_RENDERERS = {
    "csv": [export_renderer("text/csv", "csv")],
    "jsonl": [export_renderer("application/x-ndjson", "jsonl")],
    # JSON-LD is JSON: a client asking for application/json gets the same array, labelled as it asked.
    "claimreview": [export_renderer("application/ld+json", "jsonld"), export_renderer("application/json", "json")],
}
EXPORT_FILENAMES = {"csv": "claims.csv", "jsonl": "claims.jsonl", "claimreview": "claimreview.json"}


class ClaimExportApi(ListModelMixin, GenericAPIView):
    """Streams every claim matching the claim filters; memory stays constant whatever the size."""

    permission_classes = [IsAuthenticated, HasViewPermissions]
    view_permissions = VIEW_CLAIMS
    filterset_class = ClaimFilter
    # ListModelMixin only so that the schema lists the claim filters; rows stream from exports.py.
    serializer_class = serializers.Serializer
    pagination_class = None
    fmt = "csv"

    def get_queryset(self):  # noqa: ANN201
        return selectors.claim_list().none()  # for schema generation only

    def get(self, request):  # noqa: ANN001, ANN201
        try:
            claims = exports.filtered_claims(request.query_params)
        except exports.ExportFilterError as exc:
            raise ValidationError(exc.errors) from None
        try:
            chunks = exports.export_chunks(self.fmt, claims, base_url=request.build_absolute_uri("/"))
        except exports.ExportNotConfigured as exc:
            raise ExportNotConfiguredError(str(exc)) from None
        content_type = f"{request.accepted_renderer.media_type}; charset=utf-8"
        response = StreamingHttpResponse(chunks, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{EXPORT_FILENAMES[self.fmt]}"'
        # Proxies must pass the rows on as they come, not buffer the whole export.
        response["X-Accel-Buffering"] = "no"
        return response

    def finalize_response(self, request, response, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
        if isinstance(response, Response):
            # Only error answers are DRF Responses here (400, 401, 403, 406, 503): JSON, like every
            # other API error, whatever type the client asked the export in.
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)


def _export_view(fmt: str, description: str) -> type[ClaimExportApi]:
    def get(self, request):  # noqa: ANN001, ANN201
        return ClaimExportApi.get(self, request)

    renderers = EXPORT_RENDERERS[fmt]
    decorated = extend_schema(
        responses={(200, r.media_type): OpenApiTypes.STR for r in renderers},
        description=description,
        operation_id=f"exports_claims_{fmt}",
    )(get)
    return type(f"ClaimExport{fmt.title()}Api", (ClaimExportApi,),
                {"fmt": fmt, "get": decorated, "renderer_classes": renderers})


ClaimCsvExportApi = _export_view(
    "csv",
    "All matching claims as CSV (same filters as the claim list), with their provenance: sources, source types, "
    "roles, chain, the deciding note, evidence links, who decided and when. Cells that a spreadsheet would run "
    "as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) begin with `'`.",
)
ClaimJsonlExportApi = _export_view(
    "jsonl",
    "All matching claims, one JSON object per line (same filters as the claim list): the CSV's fields with lists "
    "as lists, the chain as a list of links and every attribution with its review state.",
)
ClaimReviewExportApi = _export_view(
    "claimreview",
    "A JSON array of schema.org ClaimReview objects for the matching claims decided on the facts "
    "(verified, false, misleading, unverifiable). 503 until the desk's ClaimReview settings are configured.",
)
