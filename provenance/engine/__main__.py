"""Command line: tag one document, or a stream of JSON lines.

    python -m provenance.engine [FILE]     # FILE (or stdin) -> one JSON document on stdout
    python -m provenance.engine --jsonl    # stdin lines {"id", "text"} -> lines {"id", "engine_version", "segments"}
    python -m provenance.engine --model FILE ...   # the rules refined by a learned model (a JSON model file)

Batch mode streams: each line is read, tagged and written before the next is read, so
memory stays flat however many documents come through. Empty lines are skipped. A line
that is not a JSON object with a string "text" does not stop the batch: its output line is
{"id": <id or null>, "engine_version": ..., "error": "<message>"} and the message also goes
to stderr; the exit status is 1 if any line failed, else 0. Single-document mode exits 2
on an unreadable file, and 2 on a model file it refuses (corrupted, foreign, a pickle).
"""

from __future__ import annotations

import argparse
import json
import sys

from . import ENGINE_VERSION, ModelError, load_model, tag


def _batch(stdin, stdout, model=None) -> int:  # noqa: ANN001
    failed = 0
    for lineno, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        doc_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("line is not a JSON object")
            doc_id = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('missing or non-string "text"')
            out = {"id": doc_id, **tag(text, model).to_dict()}
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            failed += 1
            msg = f"line {lineno}: {exc}"
            print(f"provenance.engine: {msg}", file=sys.stderr)
            out = {"id": doc_id, "engine_version": ENGINE_VERSION, "error": msg}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m provenance.engine", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", help="text file to tag (default: stdin)")
    ap.add_argument("--jsonl", action="store_true", help="batch mode: JSON lines on stdin")
    ap.add_argument("--model", metavar="FILE", help="a learned model file (JSON) refining the rules")
    args = ap.parse_args(argv)
    model = None
    if args.model:
        try:
            model = load_model(args.model)
        except ModelError as exc:
            print(f"provenance.engine: model refused: {exc}", file=sys.stderr)
            return 2
        if model.stale:
            print(f"provenance.engine: warning: the model was trained against engine {model.engine_version}, "
                  f"this is {ENGINE_VERSION}; retrain it", file=sys.stderr)
    if args.jsonl:
        if args.file:
            ap.error("--jsonl reads stdin; do not pass FILE")
        return _batch(sys.stdin, sys.stdout, model)
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"provenance.engine: cannot read {args.file}: {exc}", file=sys.stderr)
            return 2
    else:
        text = sys.stdin.read()
    json.dump(tag(text, model).to_dict(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
