"""The daily CSV reports a desk mails around: "unverified older than N days" and "anonymous-only".

Written by beat (claims.tasks.write_daily_reports, when EXPORT_REPORTS_DIR is set) or by hand
(`manage.py export_reports`). Each report is the CSV export of one claim-filter query, so a desk
can fetch the same rows from the API at any time. Both cover the claims nobody has decided yet
(unverified or in review): the work a desk still has to do.

A file is written under a temporary name and renamed into place, so a mail job never picks up
half a report, and writing the same day twice replaces it (a redelivered task is harmless).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from ..models import ClaimStatus, SourcingStrength
from . import export_chunks, filtered_claims

OPEN = [ClaimStatus.UNVERIFIED.value, ClaimStatus.IN_REVIEW.value]


@dataclass(frozen=True)
class Report:
    name: str
    path: Path
    rows: int
    query: dict[str, list[str]]


def report_queries(*, days: int, now: dt.datetime) -> dict[str, dict[str, list[str]]]:
    """{report name: claim filters}: the API's query parameters, so that any report can be re-fetched."""
    cutoff = (now - dt.timedelta(days=days)).astimezone(dt.UTC).isoformat()
    return {
        f"unverified-older-than-{days}-days": {"status": OPEN, "created_before": [cutoff]},
        "anonymous-only": {"status": OPEN, "sourcing_strength": [SourcingStrength.ANONYMOUS_ONLY.value]},
    }


def write_daily_reports(*, folder: Path, days: int, now: dt.datetime) -> list[Report]:
    if not folder.is_dir():
        raise FileNotFoundError(f"the reports folder {folder} does not exist (EXPORT_REPORTS_DIR)")
    written = []
    for name, query in report_queries(days=days, now=now).items():
        path = folder / f"{name}-{now.astimezone(dt.UTC).date().isoformat()}.csv"
        partial = path.with_name(f".{path.name}.partial")
        rows = 0

        def count(n: int) -> None:
            nonlocal rows
            rows += n

        try:
            with partial.open("wb") as out:
                for chunk in export_chunks("csv", filtered_claims(query), progress=count):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        written.append(Report(name=name, path=path, rows=rows, query=query))
    return written
