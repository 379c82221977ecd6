"""Load the project's own sample articles, tag and match them, and create the demo editor login."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandParser

from claims.ingest import read_items
from claims.models import Article, Claim
from provenance.models import Attribution, ClaimMatch
from provenance.services import ingest_article

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data" / "articles.jsonl"


class Command(BaseCommand):
    help = ("Load the sample articles (fictional, written by the project), tag them, match their claims across "
            "articles, and create a demo editor login.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="editor")
        parser.add_argument("--password", default="provenance-demo")

    def handle(self, *args: object, **options: str) -> None:
        items = list(read_items([str(SAMPLES)], max_bytes=10_000_000))
        self.stdout.write(f"==> Loading {len(items)} sample articles (each tagged, then matched against the others)")
        outcomes: Counter[str] = Counter()
        for item in items:
            # Tagging and matching run when each article's transaction commits (eager tasks in the demo).
            result = ingest_article(fmt=item.fmt, **item.fields)
            outcomes[result.outcome] += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"  {result.outcome:9} {result.article.title}")
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=options["username"], defaults={"email": "editor@example.org"})
        user.is_staff = True
        user.is_active = True
        user.set_password(options["password"])
        user.save()
        user.groups.add(Group.objects.get(name="Editor"))
        done = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
        self.stdout.write(
            f"    {done}: {Article.objects.count()} articles, {Claim.objects.count()} claims, "
            f"{Attribution.objects.count()} attributions, {ClaimMatch.objects.count() // 2} matches across articles."
        )
        self.stdout.write(f"    Demo login: username {options['username']!r}, role Editor.")
