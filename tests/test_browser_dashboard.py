"""The audit dashboard fits the screen: no card is clipped or scrolled at 1280 px (with the admin's
sidebar open or closed) nor at 1920 px, where the cards sit side by side. Screenshots in artifacts/."""

from __future__ import annotations

import pytest

from tests.test_browser_review import ARTIFACTS, CHROMIUM, PASSWORD, browser_page, roles  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(180),
    pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing"),
    pytest.mark.django_db(transaction=True),
]

OVERFLOW = """() => ({page: document.documentElement.scrollWidth,
  clipped: [...document.querySelectorAll('.cp-card')].filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.id)})"""


def shot(page, name: str) -> None:  # noqa: ANN001
    """One full-page screenshot at the current width (the layout under test), artifacts/<name>."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_dashboard_tables_fit_1280_and_1920(live_server, browser_page, roles, django_user_model):  # noqa: F811
    from django.contrib.auth.models import Group

    from claims.ingest import read_items
    from claims.management.commands.demo_setup import SAMPLES
    from provenance.services import ingest_article

    for item in list(read_items([str(SAMPLES)], max_bytes=10_000_000))[:4]:
        ingest_article(fmt=item.fmt, **item.fields)  # tagged on commit (eager tasks)
    user = django_user_model.objects.create_user("viewer1", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Viewer"))
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/?next=/admin/claims/claim/audit/")
    page.fill("#id_username", "viewer1")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/claims/claim/audit/")
    assert page.locator("#status-strength table").count() == 1

    for width, sidebar in [(1280, "open"), (1280, "closed"), (1920, "open")]:
        page.set_viewport_size({"width": width, "height": 900})
        is_open = page.evaluate("() => document.querySelector('#main').classList.contains('shifted')")
        if (sidebar == "open") != is_open:
            page.click("#toggle-nav-sidebar")
        page.wait_for_timeout(200)
        layout = page.evaluate(OVERFLOW)
        shot(page, f"dashboard-{width}-sidebar-{sidebar}.png")
        assert layout["page"] <= width, (width, sidebar, layout)
        assert layout["clipped"] == [], (width, sidebar, layout)
