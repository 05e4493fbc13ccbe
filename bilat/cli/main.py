"""The `bilat` command: a thin layer over the Python API."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text as Text_

from bilat import pipeline
from bilat.records import BilatError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Multilingual documents -> a cited chronology.")
# A table piped to a file or another program is not cut to 80 columns (dates and ids must stay whole).
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 200)
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


MaxSizeOption = typer.Option(None, "--max-size", min=0.001, metavar="MB",
                             help="Refuse files larger than this many MB (default 50, or $BILAT_MAX_BYTES bytes).")


def _max_bytes(max_size: Optional[float]) -> Optional[int]:
    return None if max_size is None else int(max_size * 1024 * 1024)


def _each(paths, fn):
    """Run fn on every file; a bad file is reported on one line and the others go on."""
    failed = 0
    for path in _files(paths):
        try:
            yield path, fn(path)
        except BilatError as e:
            failed += 1
            err.print(f"[red]error[/red]: {e}", markup=True, highlight=False, soft_wrap=True)
        except Exception as e:  # a reader bug must not stop the run, but must not hide either
            failed += 1
            err.print(f"[red]error[/red]: {path}: {type(e).__name__}: {e}", markup=True, highlight=False,
                      soft_wrap=True)
    if failed:
        err.print(f"{failed} file(s) failed")
        raise typer.Exit(1)


@app.command()
def dates(
    files: List[Path] = typer.Argument(..., help="Files or folders (txt, html, pdf, docx)."),
    format: DatesFormat = typer.Option(DatesFormat.table, "--format", "-f"),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD): anchor for 'Saturday', 'this year'."),
    max_size: Optional[float] = MaxSizeOption,
):
    """Every temporal expression, normalised to EDTF."""
    rows = []
    limit = _max_bytes(max_size)
    for path, found in _each(files, lambda p: pipeline.dates(p, published=published, max_bytes=limit)):
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
    max_size: Optional[float] = MaxSizeOption,
):
    """Typed, dated, placed, cited events."""
    records = []
    limit = _max_bytes(max_size)
    for path, events in _each(files, lambda p: pipeline.extract(p, language=language, published=published,
                                                                 max_bytes=limit)):
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
        table.columns[0].no_wrap = table.columns[1].no_wrap = True
        for r in records:
            table.add_row(r.get("date") or "—", r["type"], r["title"],
                          ", ".join(p["name"] for p in r["places"]),
                          ", ".join(p["name"] for p in r["participants"]),
                          ", ".join(f"{s['document']}:{s['start']}" for s in r["sources"]))
        out.print(table)


DbOption = typer.Option(None, "--db", help="SQLite path or SQLAlchemy URL (default ./bilat.db or $BILAT_DB).")


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders (recursively)."),
    db: Optional[str] = DbOption,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes extracting in parallel."),
    published: Optional[str] = typer.Option(None, help="Publication date for all files (YYYY-MM-DD)."),
    engine: str = typer.Option("local", help="local (a process pool) | ray (Ray Data, beyond one machine)"),
    address: Optional[str] = typer.Option(None, help="Ray cluster: auto | ray://HOST:PORT (default: a local Ray)."),
    max_size: Optional[float] = MaxSizeOption,
):
    """Read, extract, link and merge documents into the store; one transaction per document."""
    if max_size is not None:
        # Through the environment: the reader runs in worker processes, which inherit it.
        import os

        from bilat.ingest import ENV_MAX_BYTES

        os.environ[ENV_MAX_BYTES] = str(_max_bytes(max_size))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from bilat.store import Store
    from bilat.store.ingest import files_of, ingest as run

    store = Store(db)
    total = len(files_of(paths))
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]} docs/s"),
                  TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), console=err,
                  disable=not err.is_terminal) as progress:
        task = progress.add_task("ingest", total=total, rate="0.0", errors=0)
        started = __import__("time").perf_counter()

        def tick(report, _key):
            elapsed = max(1e-6, __import__("time").perf_counter() - started)
            progress.update(task, completed=report.documents, rate=f"{report.documents / elapsed:.1f}",
                            errors=len(report.failed))

        report = run(paths, store, workers=workers, published=published, engine=engine, address=address,
                     on_progress=tick)
    err.print(f"{report.documents} documents: {report.added} added, {report.replaced} replaced, "
              f"{report.unchanged} unchanged, {len(report.failed)} failed; {report.events} events extracted "
              f"in {report.seconds:.1f} s")
    for path, reason in report.failed:
        err.print(f"[red]error[/red]: {path}: {reason}", markup=True, highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(1)


class ListFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    timelinejs = "timelinejs"
    jsonld = "jsonld"
    graphml = "graphml"


@app.command("events")
def events_cmd(
    db: Optional[str] = DbOption,
    date_from: Optional[str] = typer.Option(None, "--from", help="YYYY, YYYY-MM or YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    type: Optional[List[str]] = typer.Option(None, "--type"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO code, e.g. AZ"),
    place: Optional[str] = typer.Option(None, "--place"),
    person: Optional[str] = typer.Option(None, "--person"),
    org: Optional[str] = typer.Option(None, "--org"),
    lang: Optional[str] = typer.Option(None, "--lang"),
    text: Optional[str] = typer.Option(None, "--text"),
    format: ListFormat = typer.Option(ListFormat.table, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to a file instead of stdout."),
):
    """The chronology in the store, filtered, in any export format."""
    from bilat.use import Corpus

    filters = dict(date_from=date_from, date_to=date_to, type=type or None, country=country, place=place,
                   person=person, org=org, lang=lang, text=text)
    corpus = Corpus(db)
    if format in (ListFormat.jsonl, ListFormat.csv):  # streamed: a store of any size
        evs = corpus.iter_events(**filters)
    else:
        evs = corpus.events(**filters)
    if format is ListFormat.table:
        table = Table("date", "type", "title", "places", "participants", "sources", "id")
        for col in (table.columns[0], table.columns[1], table.columns[6]):
            col.no_wrap = True  # a date or an id cut short is a wrong date or a dead id
        for r in evs:
            table.add_row(r.get("date") or "—", r["type"], r["title"], ", ".join(p["name"] for p in r["places"]),
                          ", ".join(p["name"] for p in r["participants"]), str(len(r["sources"])), r["id"])
        out.print(table)
        return
    from bilat.use import export

    if output:
        with output.open("w", encoding="utf-8", newline="") as f:
            export.write(evs, format.value, f)
    else:
        export.write(evs, format.value, sys.stdout)


@app.command()
def entities(
    db: Optional[str] = DbOption,
    kind: Optional[str] = typer.Option(None, help="place | person | org | country"),
    name: Optional[str] = typer.Option(None),
    format: DatesFormat = typer.Option(DatesFormat.table, "--format", "-f"),
):
    """People, places, organisations and countries, with every name as written."""
    from bilat.use import Corpus

    ents = Corpus(db).entities(kind=kind, name=name)
    if format is DatesFormat.jsonl:
        for e in ents:
            sys.stdout.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")
        return
    table = Table("kind", "name", "events", "written as")
    for e in ents:
        table.add_row(e["kind"], e["name"], str(e["events"]),
                      ", ".join(sorted({n["written"] for n in e["names"]}))[:120])
    out.print(table)


@app.command()
def show(event_id: str, db: Optional[str] = DbOption):
    """One event with every source quote shown in place."""
    from bilat.use import Corpus

    corpus = Corpus(db)
    ev = corpus.event(event_id)
    if ev is None:
        err.print(f"no event {event_id}")
        raise typer.Exit(1)
    out.print(f"[bold]{ev.get('date') or 'undated'}[/bold]  {ev['type']}  {ev['title']}", highlight=False)
    if ev.get("conflict_dates"):
        out.print(f"[yellow]conflicting dates:[/yellow] {', '.join(ev['conflict_dates'])}")
    for key in ("places", "participants", "organizations"):
        if ev[key]:
            out.print(f"{key}: " + ", ".join(x["name"] for x in ev[key]), highlight=False)
    for s in ev["sources"]:
        doc = corpus.document_text(s["document_id"])
        text = doc["text"]
        before = " ".join(text[max(0, s["start"] - 80):s["start"]].split())
        after = " ".join(text[s["end"]:s["end"] + 80].split())
        out.print(f"\n[dim]{s['document']} [{s['start']}:{s['end']}] {s['language']}[/dim]")
        line = Text_(f"…{before} ")
        line.append(" ".join(s["quote"].split()), style="bold reverse")
        line.append(f" {after}…")
        out.print(line)
    for m in ev.get("merges", []):
        state = " (undone)" if m.get("undone_at") else ""
        out.print(f"[dim]merge {m['id']}: {m['reason']}{state}[/dim]")


@app.command()
def stats(
    db: Optional[str] = DbOption,
    chart: Optional[Path] = typer.Option(None, help="Write a PNG chart of events per year by type."),
):
    """Events per year and type, and per decade."""
    from bilat.use import Corpus

    st = Corpus(db).stats()
    types = sorted({t for _, t in st["per_year"]})
    for key, label in (("per_decade", "decade"), ("per_year", "year")):
        table = Table(label, *types, "all")
        periods = sorted({p for p, _ in st[key]})
        for p in periods:
            row = [st[key].get((p, t), 0) for t in types]
            table.add_row(f"{p}s" if label == "decade" else str(p), *[str(x or "") for x in row], str(sum(row)))
        out.print(table)
    if chart:
        from bilat.use.chart import events_per_year

        events_per_year(st, chart)
        err.print(f"chart written to {chart}")


db_app = typer.Typer(help="Schema migrations.")
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(db: Optional[str] = DbOption):
    """Bring the store's schema to the current version (Alembic)."""
    from bilat.store import Store
    from bilat.store.migrate import current

    store = Store(db)
    out.print(f"{store.url}: schema at revision {current(store.engine)}")


@app.command()
def unmerge(merge_id: int, db: Optional[str] = DbOption):
    """Undo a merge: the extraction becomes an event of its own again."""
    from bilat.store import Store

    new_id = Store(db).undo_merge(merge_id)
    out.print(f"separated as {new_id}")


@app.command()
def report(
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    db: Optional[str] = DbOption,
    lang: str = typer.Option("en", "--lang", help="az | ru | en | fa"),
    date_from: Optional[str] = typer.Option(None, "--from"),
    date_to: Optional[str] = typer.Option(None, "--to"),
    country: Optional[List[str]] = typer.Option(None, "--country", help="ISO code; repeat for a pair: --country AZ --country RU"),
    type: Optional[List[str]] = typer.Option(None, "--type"),
    period: Optional[List[str]] = typer.Option(None, "--period", help="YYYY-YYYY; repeat (default: decades)"),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="md | html | docx | pdf (default: from the file's extension)"),
):
    """A cited chronology report in az, ru, en or fa."""
    from bilat.report import build
    from bilat.report.render import FORMATS, write
    from bilat.use import Corpus

    fmt = format or output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        err.print(f"unknown format {fmt!r}: use --format {' | '.join(FORMATS)}")
        raise typer.Exit(2)
    periods = None
    if period:
        try:
            periods = [tuple(int(x) for x in p.split("-", 1)) for p in period]
        except ValueError:
            err.print("--period takes YYYY-YYYY")
            raise typer.Exit(2)
    r = build(Corpus(db), lang, date_from=date_from, date_to=date_to, countries=country or (), types=type or None,
              periods=periods)
    write(r, fmt, output)
    err.print(f"{sum(len(e) for s in r.sections for _, e in s.groups)} events, {len(r.references)} references -> {output}")


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option("127.0.0.1"),
    port: int = typer.Option(8000),
    private: bool = typer.Option(False, "--private", help="Reading needs a token too."),
):
    """The web page and the REST API (OpenAPI at /docs)."""
    import uvicorn

    from bilat.api.app import create_app

    uvicorn.run(create_app(db, private=private), host=host, port=port, log_level="info")


user_app = typer.Typer(help="Reviewers and their tokens.")
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(name: str, db: Optional[str] = DbOption):
    """Create a reviewer and print their token (shown once; stored only as a hash)."""
    from bilat.store import Store
    from bilat.store.review import ReviewError, add_user

    try:
        token = add_user(Store(db), name)
    except ReviewError as e:
        err.print(str(e))
        raise typer.Exit(1)
    sys.stdout.write(token + "\n")


if __name__ == "__main__":
    app()


def main():
    """The `bilat` entry point: an error the user can act on is one line naming the file and the reason."""
    try:
        app()
    except BilatError as e:
        err.print(f"[red]error[/red]: {e}", markup=True, highlight=False, soft_wrap=True)
        sys.exit(1)
