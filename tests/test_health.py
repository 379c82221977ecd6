import pytest


@pytest.mark.django_db
def test_healthz_reports_database_and_broker(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["status"] == "ok"
    expected = "eager" if settings.CELERY_TASK_ALWAYS_EAGER else "ok"
    assert body["broker"].startswith(expected)


@pytest.mark.django_db
def test_healthz_degrades_when_the_broker_is_unreachable(client, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error")


@pytest.mark.django_db
def test_healthz_answers_plain_http_by_any_host_in_production(client, settings):
    # The compose healthcheck asks http://127.0.0.1:8000/healthz inside the container: no TLS, and
    # a Host that is not one of the public names. With DEBUG off that was a 301 to https (and a
    # 400 for the host), so the container never became healthy.
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["news.example"]
    settings.DEBUG = False
    response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200, response
    assert response.json()["database"] == "ok"
    # Every other path still goes through the redirect and the host check.
    assert client.get("/admin/", HTTP_HOST="news.example").status_code == 301
    assert client.get("/healthz/", HTTP_HOST="127.0.0.1:8000").status_code == 400
    assert client.post("/healthz", HTTP_HOST="127.0.0.1:8000").status_code == 405
