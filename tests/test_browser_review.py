"""End to end in a real browser: Playwright's Python client drives Debian's Chromium, headless.

A fact-checker logs in, opens a tagged article, follows a claim, confirms an attribution, moves the
claim to verified with a note and sees the decision in the history. Screenshots of the pages are
saved in artifacts/ (gitignored) for people to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.timeout(180),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is missing: apt-get install -y chromium"),
    # live_server answers from another thread, so the data must be committed: a transactional test.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def _fresh_audit_cache():
    """The dashboard keeps its figures in the cache for a minute; each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()

PASSWORD = "pw-browser-fc-7781"  # noqa: S105


@pytest.fixture
def browser_page(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (requirements-dev.txt)")
    # Playwright's sync API keeps an event loop running in this thread; the test's own ORM calls are
    # still plain synchronous ones, so Django's async-context guard is a false alarm here.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        context = browser.new_context(viewport={"width": 1360, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


@pytest.fixture
def roles():
    """The role groups. A transactional test's database may have been flushed by an earlier one."""
    from django.contrib.auth.models import Group, Permission

    from claims.roles import sync_roles

    sync_roles(Group, Permission)


@pytest.fixture
def tagged_sample(roles):
    """The first of the project's own sample articles, ingested and tagged (eager Celery after commit)."""
    from claims.ingest import read_items
    from claims.management.commands.demo_setup import SAMPLES
    from provenance.services import ingest_article

    item = next(iter(read_items([str(SAMPLES)], max_bytes=10_000_000)))
    article = ingest_article(fmt=item.fmt, **item.fields).article
    assert article.claims.exists(), "tagging should have run on commit"
    return article


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path


def test_fact_checker_reviews_a_claim_in_the_browser(live_server, browser_page, tagged_sample, django_user_model):
    from django.contrib.auth.models import Group

    from claims.models import Claim, ClaimStatus, ReviewAction, ReviewEvent

    user = django_user_model.objects.create_user("checker", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Fact-checker"))
    page = browser_page
    base = live_server.url

    page.goto(f"{base}/admin/login/?next=/admin/claims/article/")
    page.fill("#id_username", "checker")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/claims/article/")

    page.click(f"text={tagged_sample.title}")
    page.wait_for_url(f"**/admin/claims/article/{tagged_sample.pk}/read/")
    assert page.locator("#article-body a.claim").count() == tagged_sample.claims.filter(ordinal__isnull=False).count()
    assert page.locator("#article-body .src").count() > 0
    shot(page, "article-page.png")

    # A claim whose source the engine named: the Wall Street Journal's report.
    claim = Claim.objects.filter(article=tagged_sample, attributions__source__isnull=False).order_by("start").first()
    page.click(f'#article-body a.claim[data-claim="{claim.pk}"]')
    page.wait_for_url(f"**/admin/claims/claim/{claim.pk}/change/")
    assert page.locator("#provenance-chain .link").count() >= 2

    page.locator('#attributions input[data-action="confirm"]').first.click()
    page.wait_for_load_state()
    assert "Attribution confirmed" in page.locator("ul.messagelist").inner_text()

    # The workflow goes unverified → in review → verified.
    page.select_option("#id_status-to_status", ClaimStatus.IN_REVIEW)
    page.click("#status-form input[type=submit]")
    page.wait_for_load_state()
    page.select_option("#id_status-to_status", ClaimStatus.VERIFIED)
    page.fill("#id_status-note", "Matches the NHTSA complaint database")
    page.fill("#id_status-evidence_url", "https://example.org/nhtsa/complaints")
    page.click("#status-form input[type=submit]")
    page.wait_for_load_state()

    assert page.locator("#claim-status").inner_text().strip() == "Verified"
    history = page.locator("#history").inner_text()
    assert "Matches the NHTSA complaint database" in history
    assert "Attribution confirmed" in history
    shot(page, "claim-review.png")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.VERIFIED
    assert list(ReviewEvent.objects.filter(claim=claim).values_list("action", flat=True).order_by("id")) == [
        ReviewAction.ATTRIBUTION_CONFIRMED, ReviewAction.STATUS_CHANGED, ReviewAction.STATUS_CHANGED,
    ]

    page.goto(f"{base}/admin/claims/claim/")
    shot(page, "claim-list.png")
    page.goto(f"{base}/admin/claims/claim/audit/")
    assert page.locator("#status-strength").is_visible()
    shot(page, "dashboard.png")
    page.goto(f"{base}/admin/provenance/source/")
    shot(page, "source-registry.png")
