"""Benchmark of the whole pipeline (ingest -> events) over >= --mb MB of text.

    python benchmarks/extract.py [--mb 10]

Repeats the files of examples/ until the extracted text reaches --mb MB; each
file is read from disk and run through bilat.extract as its own document (the
corpus is streamed, nothing is kept), and peak memory is sampled at half and at
the full corpus to show it stays flat. The baseline, run in the same process,
is the date stage alone over the same documents (the floor of the pipeline's cost).
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilat import pipeline  # noqa: E402
from bilat import time as timex  # noqa: E402


def files():
    return [p for p in sorted((ROOT / "examples").iterdir()) if p.is_file() and p.suffix != ".md"]


def run(mb: float, stage):
    paths = files()
    sizes = {p: len(pipeline.document(p).text.encode()) for p in paths}
    per_round = sum(sizes.values())
    rounds = max(1, int(mb * 1e6 // per_round) + 1)
    pipeline.extract(paths[0])  # load lexicons and models once, outside the timing
    tracemalloc.start()
    peaks, n_docs, n_out, nbytes = [], 0, 0, 0
    t0 = time.perf_counter()
    for r in range(rounds):
        for p in paths:
            n_out += len(stage(p))
            n_docs += 1
            nbytes += sizes[p]
        if r in (rounds // 2, rounds - 1):
            peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
            tracemalloc.reset_peak()
    dt = time.perf_counter() - t0
    tracemalloc.stop()
    return dict(mb=nbytes / 1e6, s=dt, mb_s=nbytes / 1e6 / dt, docs_s=n_docs / dt, out=n_out, peaks=peaks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10.0)
    a = ap.parse_args()
    full = run(a.mb, pipeline.extract)
    print(f"pipeline    {full['mb']:.1f} MB in {full['s']:.1f} s: {full['mb_s']:.2f} MB/s, {full['docs_s']:.0f} docs/s, "
          f"{full['out']} events; peak memory {full['peaks'][0]:.1f} MB at half, {full['peaks'][-1]:.1f} MB at full")
    base = run(a.mb, lambda p: timex.annotate(pipeline.segmented(pipeline.document(p))))
    print(f"dates only  {base['mb']:.1f} MB in {base['s']:.1f} s: {base['mb_s']:.2f} MB/s (ingest+normalise+segment+dates)")
    print(f"ratio pipeline/dates-only time: {full['s'] / base['s']:.2f}")


if __name__ == "__main__":
    main()
