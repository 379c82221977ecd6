from django.contrib import admin
from django.urls import include, path

# /healthz is answered by config.health.HealthCheckMiddleware, ahead of the SSL redirect and the
# host check, so it has no route here.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
]
