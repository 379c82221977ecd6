"""Load the project's own sample articles, tag them, and create the demo editor login."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandParser

from claims.ingest import read_items
from claims.models import Claim
from provenance.models import Attribution
from provenance.services import ingest_article

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data" / "articles.jsonl"


class Command(BaseCommand):
    help = "Load sample articles (written by the project), tag them, and create a demo editor login."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="editor")
        parser.add_argument("--password", default="provenance-demo")

    def handle(self, *args: object, **options: str) -> None:
        for item in read_items([str(SAMPLES)], max_bytes=10_000_000):
            result = ingest_article(fmt=item.fmt, **item.fields)
            self.stdout.write(f"  {result.outcome:9} {result.article.title}")
        User = get_user_model()
        user, _ = User.objects.get_or_create(username=options["username"], defaults={"email": "editor@example.org"})
        user.is_staff = True
        user.is_active = True
        user.set_password(options["password"])
        user.save()
        user.groups.add(Group.objects.get(name="Editor"))
        self.stdout.write(
            f"{Claim.objects.count()} claims and {Attribution.objects.count()} attributions in the database."
        )
        self.stdout.write(
            f"Demo editor login: username {options['username']!r}, password {options['password']!r} "
            "(role: Editor)"
        )
