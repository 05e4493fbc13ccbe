"""The `bilat` command: a thin layer over the Python API."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from bilat import pipeline
from bilat.records import BilatError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Multilingual documents -> a cited chronology.")
out = Console(soft_wrap=True)
err = Console(stderr=True)


class DatesFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class EventsFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _files(paths: List[Path]) -> List[Path]:
    """Files named, and the files inside folders named (recursively), in a stable order."""
    found = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")))
        else:
            found.append(p)
    return found


def _each(paths, fn):
    """Run fn on every file; a bad file is reported on one line and the others go on."""
    failed = 0
    for path in _files(paths):
        try:
            yield path, fn(path)
        except BilatError as e:
            failed += 1
            err.print(f"[red]error[/red]: {e}", markup=True, highlight=False)
        except Exception as e:  # a reader bug must not stop the run, but must not hide either
            failed += 1
            err.print(f"[red]error[/red]: {path}: {type(e).__name__}: {e}", markup=True, highlight=False)
    if failed:
        err.print(f"{failed} file(s) failed")
        raise typer.Exit(1)


@app.command()
def dates(
    files: List[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx)."),
    format: DatesFormat = typer.Option(DatesFormat.table, "--format", "-f"),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD): anchor for 'Saturday', 'this year'."),
):
    """Every temporal expression, normalised to EDTF."""
    rows = []
    for path, found in _each(files, lambda p: pipeline.dates(p, published=published)):
        for t in found:
            rec = t.record(path.name)
            if format is DatesFormat.jsonl:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                rows.append(rec)
    if format is DatesFormat.table:
        table = Table("document", "span", "lang", "text", "edtf", "anchor")
        for r in rows:
            table.add_row(r["document"], f"{r['start']}-{r['end']}", r["language"],
                          " ".join(r["text"].split()), r["edtf"] or "—",
                          r["anchor"] + (f" ({r['qualifier']})" if r["qualifier"] else ""))
        out.print(table)


@app.command()
def extract(
    files: List[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx)."),
    format: EventsFormat = typer.Option(EventsFormat.table, "--format", "-f"),
    language: Optional[str] = typer.Option(None, help="Force one language (az, ru, fa, en) instead of detecting spans."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD)."),
):
    """Typed, dated, placed, cited events."""
    records = []
    for path, events in _each(files, lambda p: pipeline.extract(p, language=language, published=published)):
        for ev in events:
            rec = ev.to_dict()
            if format is EventsFormat.jsonl:
                sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                records.append(rec)
    if format is EventsFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif format is EventsFormat.table:
        records.sort(key=lambda r: (r.get("date") or "9999"))
        table = Table("date", "type", "title", "places", "participants", "source")
        for r in records:
            table.add_row(r.get("date") or "—", r["type"], r["title"],
                          ", ".join(p["name"] for p in r["places"]),
                          ", ".join(p["name"] for p in r["participants"]),
                          ", ".join(f"{s['document']}:{s['start']}" for s in r["sources"]))
        out.print(table)


if __name__ == "__main__":
    app()
