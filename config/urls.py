from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claims.admin_queue import my_queue_view

# There is no public site: the admin is the application, so "/" leads there and "View site" goes.
admin.site.site_url = None
admin.site.site_header = "Claim provenance"
admin.site.site_title = "Claim provenance"

# /healthz is answered by config.health.HealthCheckMiddleware, ahead of the SSL redirect and the
# host check, so it has no route here. /favicon.ico is a file whitenoise serves (WHITENOISE_ROOT).
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    # Ahead of admin.site.urls, whose catch-all would answer it with a 404.
    path("admin/my-queue/", admin.site.admin_view(my_queue_view), name="my_queue"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
]
