"""The CSV export on PostgreSQL: the database writes the rows itself (COPY ... TO STDOUT WITH CSV),
provenance columns and formula neutralisation included, one window of claim ids at a time.

Python-side CSV formatting of psycopg2 rows runs at about a quarter of COPY's rate; letting the
database write the CSV is what makes a full-archive export fast. Each window is a range of claim
ids: the claims the filters select in it (an index range scan), their attributions and review
events aggregated per claim (index scans on claim_id), joined and formatted by the column table's
SQL (columns.py). Memory holds at most one window's CSV. The windows run in one REPEATABLE READ
transaction when we open it, so the export is one consistent snapshot.

The SQL restates trail.py's rules; tests hold both writers to the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import QuerySet

from provenance.models import Attribution, AttributionReview, AttributionRole, Source, SourceType

from ..models import Article, Claim, ReviewAction, ReviewEvent
from .columns import CHAIN_SEPARATOR, COLUMNS, LIST_SEPARATOR, URL_SEPARATOR, sql_cell

COPY_WINDOW_IDS = 20_000  # claim ids per COPY: bounds memory to one window's rows
# The first windows are smaller, so that the first rows leave in milliseconds rather than after a
# whole window (about a second under load); each window doubles until COPY_WINDOW_IDS.
FIRST_WINDOW_IDS = 500


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def window_sql(selection: str, low: int, high: int) -> str:
    """The export's SELECT for the claims with ids in (low, high] that `selection` returns.

    `selection` is a bound query of (id, status). Every table is read by a range of claim ids (an
    index range scan) and matched to the selection by a hash join: probing 20,000 ids one by one,
    or scanning the claims index from its start, would cost more than the rows themselves.
    """
    low, high = int(low), int(high)
    user = get_user_model()._meta.db_table
    attribution, source = Attribution._meta.db_table, Source._meta.db_table
    event, claim, article = ReviewEvent._meta.db_table, Claim._meta.db_table, Article._meta.db_table
    list_sep, chain_sep, url_sep = _literal(LIST_SEPARATOR), _literal(CHAIN_SEPARATOR), _literal(URL_SEPARATOR)
    relay, rejected = _literal(AttributionRole.RELAY), _literal(AttributionReview.REJECTED)
    anonymous, status_changed = _literal(SourceType.ANONYMOUS), _literal(ReviewAction.STATUS_CHANGED)
    # provenance.selectors: the chain shows an anonymous source as "unnamed sources (name)".
    shown = (f"CASE WHEN g.type = {anonymous} AND lower(left(g.label, 7)) <> 'unnamed'"
             " THEN 'unnamed sources (' || g.label || ')' ELSE g.label END")
    columns = ",\n  ".join(f'{sql_cell(c.kind, c.sql)} AS "{c.name}"' for c in COLUMNS)
    return f"""
WITH sel AS MATERIALIZED ({selection}),
att AS (
  -- Window aggregates, not string_agg(... ORDER BY ...) per claim: two sorts of the window's
  -- attributions instead of one small sort per claim and column (about a quarter less CPU, measured).
  SELECT DISTINCT ON (w.claim_id) w.claim_id, w.sources, w.source_types, w.roles, w.chain_sources, w.chain_relays
  FROM (
    SELECT g.claim_id,
      string_agg(g.label, {list_sep}) FILTER (WHERE g.named) OVER sentence AS sources,
      string_agg(g.type, {list_sep}) FILTER (WHERE g.named) OVER sentence AS source_types,
      string_agg(g.role, {list_sep}) FILTER (WHERE g.named) OVER sentence AS roles,
      string_agg({shown}, ' + ') FILTER (WHERE g.role <> {relay}) OVER engine AS chain_sources,
      string_agg({shown}, {chain_sep}) FILTER (WHERE g.role = {relay}) OVER engine AS chain_relays
    FROM (
      SELECT a.claim_id, a.role, m.label, m.type, bool_or(m.named) AS named, min(a.id) AS first_id,
        min(COALESCE(a.source_start, a.cue_start)) AS pos
      FROM {attribution} a
      LEFT JOIN {source} s ON s.id = a.source_id
      CROSS JOIN LATERAL (SELECT
        COALESCE(NULLIF(s.canonical_name, ''), NULLIF(a.source_text, ''),
                 CASE WHEN a.cue_text <> '' THEN 'unnamed (' || a.cue_text || ')' ELSE 'unnamed' END) AS label,
        COALESCE(s.type, a.source_type) AS type,
        (s.id IS NOT NULL OR a.source_text <> '') AS named) m
      JOIN sel ON sel.id = a.claim_id
      WHERE a.claim_id > {low} AND a.claim_id <= {high} AND a.review <> {rejected}
      GROUP BY a.claim_id, a.role, m.label, m.type
    ) g
    WINDOW
      sentence AS (PARTITION BY g.claim_id ORDER BY g.pos NULLS LAST, g.first_id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
      engine AS (PARTITION BY g.claim_id ORDER BY g.first_id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
  ) w
  ORDER BY w.claim_id
),
dec AS (
  SELECT DISTINCT ON (e.claim_id) e.claim_id, e.note, e.created_at, u.username
  FROM {event} e
  JOIN sel ON sel.id = e.claim_id AND sel.status = e.to_value
  LEFT JOIN {user} u ON u.id = e.actor_id
  WHERE e.claim_id > {low} AND e.claim_id <= {high} AND e.action = {status_changed}
  ORDER BY e.claim_id, e.created_at DESC, e.id DESC
),
evi AS (
  SELECT x.claim_id, string_agg(x.evidence_url, {url_sep} ORDER BY x.first_at, x.first_id) AS urls
  FROM (
    SELECT e.claim_id, e.evidence_url, min(e.created_at) AS first_at, min(e.id) AS first_id
    FROM {event} e
    JOIN sel ON sel.id = e.claim_id
    WHERE e.claim_id > {low} AND e.claim_id <= {high} AND e.evidence_url <> ''
    GROUP BY e.claim_id, e.evidence_url
  ) x
  GROUP BY x.claim_id
)
SELECT
  {columns}
FROM {claim} c
JOIN {article} ar ON ar.id = c.article_id
LEFT JOIN {source} pub ON pub.id = ar.publisher_id
LEFT JOIN {user} au ON au.id = c.assigned_to_id
LEFT JOIN att ON att.claim_id = c.id
LEFT JOIN dec ON dec.claim_id = c.id
LEFT JOIN evi ON evi.claim_id = c.id
-- IN, not a join with sel: the claims are then read in id order and nothing sorts the wide rows.
WHERE c.id > {low} AND c.id <= {high} AND c.id IN (SELECT id FROM sel)
ORDER BY c.id"""


def csv_chunks(claims: QuerySet[Claim], *, header: bytes,
               progress: Callable[[int], None] | None = None) -> Iterator[bytes]:
    yield header
    opened = not connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as django_cursor:
            cursor = django_cursor.cursor  # psycopg2's own: mogrify and copy_expert
            if opened:
                # First statement of the transaction: every query below reads one snapshot.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            # Compiling this query costs more than running it on a window (~0.4 s of 1 s measured).
            cursor.execute("SET LOCAL jit = off")
            first_id = claims.order_by("id").values_list("id", flat=True).first()
            if first_id is None:
                return
            last_id = claims.order_by("-id").values_list("id", flat=True).first()
            low, size = first_id - 1, min(FIRST_WINDOW_IDS, COPY_WINDOW_IDS)
            while low < last_id:
                high = low + size
                size = min(size * 2, COPY_WINDOW_IDS)
                # COPY takes no parameters: the filters' SQL is bound with psycopg2's own quoting.
                window = claims.filter(id__gt=low, id__lte=high).order_by().values("id", "status")
                sql, params = window.query.sql_with_params()
                selection = cursor.mogrify(sql, params).decode("utf-8")
                out = io.BytesIO()
                cursor.copy_expert(f"COPY ({window_sql(selection, low, high)}) TO STDOUT WITH (FORMAT csv)", out)
                chunk = out.getvalue()
                if chunk:
                    if progress:
                        progress(cursor.rowcount)  # COPY's own count of rows
                    yield chunk
                    low = high
                else:
                    # A sparse selection: jump over the empty id range instead of walking it.
                    following = claims.filter(id__gt=high).order_by("id").values_list("id", flat=True).first()
                    if following is None:
                        break
                    low = following - 1
