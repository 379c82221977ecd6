import json
import subprocess
import sys
from pathlib import Path

from provenance.engine import ENGINE_VERSION

ROOT = Path(__file__).resolve().parents[2]


def run(args, stdin=""):
    return subprocess.run([sys.executable, "-m", "provenance.engine", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_single_document_from_file(tmp_path):
    path = tmp_path / "a.txt"
    text = "The mayor said the bridge would reopen.\n"
    path.write_text(text, encoding="utf-8")
    proc = run([str(path)])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["engine_version"] == ENGINE_VERSION
    [seg] = doc["segments"]
    assert seg["attributions"][0]["source"]["text"] == "The mayor"


def test_single_document_from_stdin():
    proc = run([], stdin="Reuters reported the sale.")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["segments"][0]["status"] == "attributed"


def test_missing_file_is_a_clear_error():
    proc = run(["/nonexistent/file.txt"])
    assert proc.returncode == 2 and "cannot read" in proc.stderr


def test_jsonl_batch_in_order():
    lines = [json.dumps({"id": f"d{i}", "text": f"Official {i} said it rained."}) for i in range(5)]
    proc = run(["--jsonl"], stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["d0", "d1", "d2", "d3", "d4"]
    assert all(o["engine_version"] == ENGINE_VERSION and "segments" in o for o in out)


def test_jsonl_bad_lines_give_error_lines_and_nonzero_exit():
    stdin = '{"id": "ok", "text": "Fine."}\nnot json\n{"id": "x"}\n{"id": "last", "text": "Also fine."}\n'
    proc = run(["--jsonl"], stdin=stdin)
    assert proc.returncode == 1
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["ok", None, "x", "last"]
    assert "error" in out[1] and "error" in out[2] and "segments" in out[3]
    assert "line 2" in proc.stderr and "line 3" in proc.stderr
