"""Split every shared anonymous or vague source into one source per article that cites it.

Before 0009 the registry filed "one source" or "critics" once for all stories, pooling different
people. Each such source's attributions now move to a copy scoped to their article (same name,
type, parent, description; its notes say where it came from). Attributions keep their ids, review
decisions and history; only their source changes. The shared source is then deleted with its
aliases, unless something else still points at it (it publishes articles, or has children): then
it stays, unscoped, for an Editor to look at.

Set-based: one bulk insert per thousand articles and one UPDATE per shared source, so a registry
whose "people familiar with the matter" is cited in a million claims is split in minutes. Not
reversible in meaning (the pooled source was the error); going back leaves the split sources.
"""

from django.db import migrations
from django.db.models import OuterRef, Subquery

SCOPED_TYPES = ("anonymous", "unspecified")
BATCH = 1000


def split(apps, schema_editor):
    Source = apps.get_model("provenance", "Source")
    Attribution = apps.get_model("provenance", "Attribution")
    Claim = apps.get_model("claims", "Claim")
    Article = apps.get_model("claims", "Article")
    for old in Source.objects.filter(type__in=SCOPED_TYPES, article__isnull=True).order_by("pk").iterator():
        article_ids = sorted(
            set(Attribution.objects.filter(source_id=old.pk).values_list("claim__article_id", flat=True))
        )
        if not article_ids:
            continue
        note = f"Split from registry source #{old.pk} “{old.canonical_name}” (scoped to its article)."
        for i in range(0, len(article_ids), BATCH):
            chunk = article_ids[i : i + BATCH]
            have = set(
                Source.objects.filter(article_id__in=chunk, canonical_name=old.canonical_name).values_list(
                    "article_id", flat=True
                )
            )
            Source.objects.bulk_create(
                [
                    Source(canonical_name=old.canonical_name, type=old.type, parent_id=old.parent_id,
                           description=old.description, notes=note, article_id=article_id)
                    for article_id in chunk
                    if article_id not in have
                ]
            )
        article_of_claim = Claim.objects.filter(pk=OuterRef(OuterRef("claim_id"))).values("article_id")[:1]
        Attribution.objects.filter(source_id=old.pk).update(
            source_id=Subquery(
                Source.objects.filter(article_id=Subquery(article_of_claim), canonical_name=old.canonical_name)
                .values("pk")[:1]
            )
        )
        still_used = (
            Attribution.objects.filter(source_id=old.pk).exists()
            or Article.objects.filter(publisher_id=old.pk).exists()
            or Source.objects.filter(parent_id=old.pk).exists()
        )
        if not still_used:
            old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_reviewevent_tagger_actions"),
        ("provenance", "0010_attribution_source_restrict"),
    ]

    operations = [migrations.RunPython(split, migrations.RunPython.noop, elidable=True)]
