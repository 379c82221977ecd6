"""/api/v1/: every endpoint, the OpenAPI schema and its Swagger UI (served from our own static files)."""

from django.http import JsonResponse
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from claims.api import views as claims
from provenance.api import views as provenance


@csrf_exempt  # a POST to an unknown path is a 404, not an HTML CSRF page
def not_found(request, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    # JSON, like every other API answer: clients and the schema checks never see an HTML page.
    return JsonResponse({"detail": "Not found."}, status=404)


app_name = "api"
urlpatterns = [
    path("articles/", claims.ArticleListCreateApi.as_view(), name="article-list"),
    path("articles/<int:pk>/", claims.ArticleDetailApi.as_view(), name="article-detail"),
    path("claims/", claims.ClaimListApi.as_view(), name="claim-list"),
    path("claims/<int:pk>/", claims.ClaimDetailApi.as_view(), name="claim-detail"),
    path("claims/<int:pk>/status/", claims.ClaimStatusApi.as_view(), name="claim-status"),
    path("claims/<int:pk>/assign/", claims.ClaimAssignApi.as_view(), name="claim-assign"),
    path("claims/<int:pk>/evidence/", claims.ClaimEvidenceApi.as_view(), name="claim-evidence"),
    path("claims/<int:pk>/attributions/", provenance.ClaimAttributionAddApi.as_view(), name="claim-attribution-add"),
    path("claims/<int:pk>/matches/", provenance.ClaimMatchesApi.as_view(), name="claim-matches"),
    path("claims/<int:pk>/apply-verdict/", provenance.ClaimApplyVerdictApi.as_view(), name="claim-apply-verdict"),
    path("matches/<int:pk>/confirm/", provenance.MatchConfirmApi.as_view(), name="match-confirm"),
    path("matches/<int:pk>/reject/", provenance.MatchRejectApi.as_view(), name="match-reject"),
    path("attributions/<int:pk>/", provenance.AttributionDetailApi.as_view(), name="attribution-detail"),
    path("attributions/<int:pk>/confirm/", provenance.AttributionConfirmApi.as_view(), name="attribution-confirm"),
    path("attributions/<int:pk>/reject/", provenance.AttributionRejectApi.as_view(), name="attribution-reject"),
    path("attributions/<int:pk>/edit/", provenance.AttributionEditApi.as_view(), name="attribution-edit"),
    path("sources/", provenance.SourceListApi.as_view(), name="source-list"),
    path("sources/<int:pk>/", provenance.SourceDetailApi.as_view(), name="source-detail"),
    path("audit/", claims.AuditSummaryApi.as_view(), name="audit"),
    path("exports/claims.csv", claims.ClaimCsvExportApi.as_view(), name="export-csv"),
    path("exports/claims.jsonl", claims.ClaimJsonlExportApi.as_view(), name="export-jsonl"),
    path("exports/claimreview.json", claims.ClaimReviewExportApi.as_view(), name="export-claimreview"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^[\s\S]*$", not_found),  # [\s\S], not ".": a path may contain a newline
]
