"""Benchmark of the whole pipeline (ingest -> events) over >= --mb MB of text, in one run.

    python benchmarks/extract.py [--mb 10] [--no-memory] [--profile]

* Corpus: the files of examples/ repeated until >= --mb MB of text. Each
  repetition reads its file from disk again (ingest is part of the
  pipeline) and is its own Document, produced by a generator: nothing keeps
  the corpus, so memory must stay flat in corpus size.
* Speed pass (no tracemalloc, which slows Python several times): MB/s (UTF-8
  bytes of the extracted text) and documents/s, by CPU time of this process
  (the figure to trust on a loaded machine) and by wall clock, with the
  share of each part: read (ingest), normalize+segment, dates, entities,
  events; peak RSS at half and at full corpus.
* Memory pass (skipped with --no-memory): the same stream under tracemalloc,
  peak of the Python heap over the first and over the second half.
* Baseline, in the same process: the date stage alone (normalize + segment +
  dates, as benchmarks/dates.py times it) over the same documents, and the
  ratio of the pipeline's CPU time to it.

One-time costs (lexicons, date scanners, lingua, natasha's models) are paid
in a warm-up pass over every example, outside the figures.
"""
from __future__ import annotations

import argparse
import dataclasses
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilat import entities, events, pipeline  # noqa: E402
from bilat import time as timex  # noqa: E402
from bilat.records import InputError  # noqa: E402
from bilat.time.grammar import grammar  # noqa: E402

PARTS = ("read", "normalize+segment", "dates", "entities", "events")


def files() -> list[Path]:
    out = []
    for p in sorted((ROOT / "examples").iterdir()):
        if not p.is_file() or p.suffix == ".md":
            continue
        try:
            out.append((p, len(pipeline.document(p).text.encode())))
        except InputError as e:
            print(f"skip {e}")
    return out


def stream(paths, mb):
    """(path, size in bytes, is-last-of-first-half) repeating the example files until >= mb MB."""
    size = sum(s for _, s in paths)
    reps = max(2, int(mb * 1e6 // size) + 1)
    for r in range(reps):
        for i, (p, s) in enumerate(paths):
            yield p, s, r == reps // 2 - 1 and i == len(paths) - 1


def one(path, clock=None):
    """The pipeline of bilat.pipeline.extract, part by part: (events, [seconds per part])."""
    t = [0.0] * len(PARTS)
    c = clock or time.perf_counter
    a = c()
    doc = pipeline.document(path)
    b = c()
    seg = pipeline.segmented(doc)
    d = c()
    times = timex.annotate(seg)
    e = c()
    mentions = entities.annotate(seg, sentences=pipeline.event_sentences(seg))  # as pipeline.extract
    f = c()
    evs = events.extract(seg, times, mentions)
    g = c()
    t[:] = (b - a, d - b, e - d, f - e, g - f)
    return evs, t


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bench_pipeline(paths, mb):
    parts = [0.0] * len(PARTS)
    n_docs = n_events = nbytes = 0
    rss_half = None
    pc, cpu = time.perf_counter, time.process_time
    w0, c0 = pc(), cpu()
    for p, size, half in stream(paths, mb):
        evs, t = one(p, cpu)  # CPU time per part: what other processes on the machine take does not count
        parts = [x + y for x, y in zip(parts, t)]
        n_events += len(evs)
        n_docs += 1
        nbytes += size
        if half:
            rss_half = rss_mb()
    wall, cpu_s = pc() - w0, cpu() - c0
    return dict(mb=nbytes / 1e6, wall=wall, cpu=cpu_s, docs=n_docs, events=n_events,
                share=[x / sum(parts) for x in parts], rss_half=rss_half, rss_full=rss_mb())


def bench_dates(paths, mb):
    """The date stage alone over the same documents (read before timing, as benchmarks/dates.py does)."""
    docs = {p: pipeline.document(p) for p, _ in paths}
    nbytes, cpu_s = 0, 0.0
    pc, cpu = time.perf_counter, time.process_time
    w0 = pc()
    for p, size, _half in stream(paths, mb):
        doc = dataclasses.replace(docs[p], pages=list(docs[p].pages))  # a fresh Document: nothing cached on it
        c = cpu()
        timex.annotate(pipeline.segmented(doc))
        cpu_s += cpu() - c
        nbytes += size
    return dict(mb=nbytes / 1e6, wall=pc() - w0, cpu=cpu_s)


def bench_memory(paths, mb):
    tracemalloc.start()
    peaks = []
    for p, _size, half in stream(paths, mb):
        one(p)
        if half:
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.reset_peak()
    peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    return peaks[0] / 1e6, peaks[1] / 1e6


def profile(paths, mb):
    import cProfile
    import pstats

    def run():
        for p, _size, _half in stream(paths, mb):
            one(p)

    cProfile.runctx("run()", globals(), {"run": run}, "/tmp/bilat_extract.prof")
    pstats.Stats("/tmp/bilat_extract.prof").sort_stats("tottime").print_stats(30)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--profile", action="store_true", help="cProfile the pipeline over --mb MB and stop")
    a = ap.parse_args()
    paths = files()
    c0 = time.process_time()
    for lang in ("az", "ru", "fa", "en"):  # the one-pass date scanners, built after SCANNER_AFTER characters
        grammar(lang).scanner()
    for p, _ in paths:  # warm-up: lexicons, lingua, natasha's models
        one(p)
    warm = time.process_time() - c0
    if a.profile:
        profile(paths, a.mb)
        return
    print(f"corpus: {len(paths)} example files, {sum(s for _, s in paths) / 1e3:.0f} kB of text, repeated to "
          f">= {a.mb} MB, each read from disk and streamed one document at a time")
    print(f"one-time cost: warm-up pass (lexicons, scanners, lingua, natasha) {warm:.2f} s CPU, not in the figures")
    full = run = bench_pipeline(paths, a.mb)
    print(f"pipeline    {run['mb']:.1f} MB, {run['docs']} documents, {run['events']} events")
    print(f"            {run['mb'] / run['cpu']:.2f} MB/s, {run['docs'] / run['cpu']:.0f} docs/s by CPU time "
          f"(one core; the figure to trust on a loaded machine)")
    print(f"            {run['mb'] / run['wall']:.2f} MB/s, {run['docs'] / run['wall']:.0f} docs/s by wall clock")
    print("            share: " + ", ".join(f"{n} {s:.0%}" for n, s in zip(PARTS, run["share"])))
    print(f"            peak RSS {run['rss_half']:.0f} MB at half, {run['rss_full']:.0f} MB at full corpus")
    if not a.no_memory:
        half, whole = bench_memory(paths, a.mb)
        print(f"            peak Python heap (tracemalloc, separate pass) {half:.2f} MB over the first half, "
              f"{whole:.2f} MB over the second half")
    base = bench_dates(paths, a.mb)
    print(f"dates only  {base['mb']:.1f} MB: {base['mb'] / base['cpu']:.2f} MB/s by CPU time "
          f"(normalize+segment+dates, ingest not counted)")
    print(f"ratio pipeline/date stage, CPU time: {full['cpu'] / base['cpu']:.2f}")


if __name__ == "__main__":
    main()
