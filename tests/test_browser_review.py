"""End to end in a real browser: Playwright's Python client drives Debian's Chromium, headless.

A fact-checker logs in, looks at a tagged article, opens the desk list of its unverified claims and
reviews three claims in a row with the keyboard only (c confirm, v verified, note, Tab, evidence,
Enter: saved and on to the next claim). Screenshots of every page at 1280 and 1920 px are saved in
artifacts/ (gitignored) for people to look at.
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


WIDTHS = (1280, 1920)


def shots(page, name: str) -> list[Path]:
    """Full-page screenshots of the current page at each desk width: artifacts/<name>-<width>.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    paths = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        path = ARTIFACTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        paths.append(path)
    return paths


def test_fact_checker_reviews_three_claims_with_the_keyboard(live_server, browser_page, tagged_sample,
                                                             django_user_model):
    from django.contrib.auth.models import Group

    from claims.models import Claim, ClaimStatus, ReviewAction, ReviewEvent
    from provenance.models import AttributionReview

    user = django_user_model.objects.create_user("checker", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Fact-checker"))
    page = browser_page
    base = live_server.url

    page.goto(f"{base}/admin/login/?next=/admin/claims/article/")
    page.fill("#id_username", "checker")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/claims/article/")

    # The reading page: every claim linked, sources highlighted, pending attributions decidable inline.
    page.goto(f"{base}/admin/claims/article/{tagged_sample.pk}/read/")
    assert page.locator("#article-body a.claim").count() == tagged_sample.claims.filter(ordinal__isnull=False).count()
    assert page.locator("#article-body .src").count() > 0
    assert page.locator("#article-body .cp-inline-decide").count() > 0
    shots(page, "article-page")

    # The desk list of this article's unverified claims, newest first; the review starts at its top.
    page.goto(f"{base}/admin/claims/claim/?status=unverified&article={tagged_sample.pk}")
    shots(page, "claim-list")
    order = list(Claim.objects.filter(article=tagged_sample, status=ClaimStatus.UNVERIFIED)
                 .order_by("-created_at", "-id").values_list("pk", flat=True))
    assert len(order) >= 4
    page.locator(f'a[href*="/claim/{order[0]}/change/"]').first.click()
    page.wait_for_url(f"**/admin/claims/claim/{order[0]}/change/**")
    page.keyboard.press("?")
    assert page.locator("#shortcuts.cp-overlay").is_visible()
    shots(page, "shortcuts-help")
    page.keyboard.press("Escape")
    # j and k walk the list without deciding anything.
    with page.expect_navigation():
        page.keyboard.press("j")
    assert f"/claim/{order[1]}/change/" in page.url
    with page.expect_navigation():
        page.keyboard.press("k")
    assert f"/claim/{order[0]}/change/" in page.url

    for i, claim_id in enumerate(order[:3]):
        pending = Claim.objects.get(pk=claim_id).attributions.filter(review=AttributionReview.PENDING).count()
        if i == 1:
            shots(page, "claim-review")
        page.keyboard.press("c")  # tick "confirm" on the first pending attribution (if any)
        page.keyboard.press("v")  # verified; the cursor goes to the note
        page.keyboard.type(f"Checked against the filing, claim {i + 1} of 3")
        page.keyboard.press("Tab")
        page.keyboard.type(f"https://records.example.org/filing/{claim_id}")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        # Saved, and the next claim of the list is open.
        page.wait_for_url(f"**/admin/claims/claim/{order[i + 1]}/change/**")
        claim = Claim.objects.get(pk=claim_id)
        assert claim.status == ClaimStatus.VERIFIED, page.locator("#content-main").inner_text()[:500]
        confirmed = claim.attributions.filter(review=AttributionReview.CONFIRMED).count()
        assert confirmed == (1 if pending else 0)
        steps = list(ReviewEvent.objects.filter(claim=claim, action=ReviewAction.STATUS_CHANGED)
                     .order_by("id").values_list("to_value", flat=True))
        assert steps == [ClaimStatus.IN_REVIEW, ClaimStatus.VERIFIED]

    # The last decided claim: its history reads in labels.
    page.goto(f"{base}/admin/claims/claim/{order[2]}/change/")
    assert page.locator("#claim-status").inner_text().strip() == "Verified"
    history = page.locator("#history").inner_text()
    assert "In review" in history and "in_review" not in history
    assert "Checked against the filing, claim 3 of 3" in history
    shots(page, "claim-decided")

    page.goto(f"{base}/admin/claims/claim/audit/")
    assert page.locator("#status-strength").is_visible()
    shots(page, "dashboard")
    page.goto(f"{base}/admin/claims/reviewevent/")
    shots(page, "history-log")
    page.goto(f"{base}/admin/provenance/source/")
    shots(page, "source-registry")
