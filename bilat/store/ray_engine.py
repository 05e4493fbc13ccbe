"""`bilat ingest --engine ray`: the same per-document function, run by Ray Data beyond one machine.

Workers extract; the driver alone writes to the store (PostgreSQL for a
team), in the order of the files, so the store ends up exactly as the local
engine leaves it.

The driver reads each file (it reads them anyway, to skip those already
stored) and ships the bytes with the task, so the workers need no shared
filesystem: a worker writes them under the file's own name into a private
temporary folder and runs the per-document function there. Files over
SHIP_MAX bytes are sent by path only (the worker must then see the same
path). Files go in chunks of at most CHUNK_FILES files / CHUNK_BYTES bytes,
one Ray Dataset each, so the driver never holds the whole corpus in memory.

`address`: None starts a local Ray on this machine; "auto" joins the cluster
this machine belongs to; "ray://HOST:PORT" connects through Ray Client. On a
cluster the driver's copy of the `bilat` package is shipped along
(runtime_env py_modules), so workers run the same code as the driver; its
dependencies must be installed on the nodes.
"""
from __future__ import annotations

import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Iterator

SHIP_MAX = int(os.environ.get("BILAT_RAY_SHIP_MAX", 64 << 20))
CHUNK_FILES = 2048
CHUNK_BYTES = 256 << 20
BATCH_SIZE = 4


def _attempt_shipped(key: str, shipped: bool, data: bytes, published: str | None):
    """`_attempt` on a worker: on the bytes the driver sent (under the file's own name), else on the path."""
    from bilat.store.ingest import _attempt

    if not shipped:
        return _attempt(key, published)
    with tempfile.TemporaryDirectory(prefix="bilat-ray-") as d:
        tmp = str(Path(d) / (Path(key).name or "document"))
        with open(tmp, "wb") as f:
            f.write(data)
        result, error = _attempt(tmp, published)
    if result is not None:
        result[0].path = key
    if error:
        error = error.replace(tmp, key)
    return result, error


def _extract_batch(batch):
    """map_batches over Arrow batches: bytes stay bytes (numpy would strip a file's trailing NULs)."""
    import pyarrow as pa

    cols = batch.to_pydict()
    out = {"i": [], "payload": [], "error": []}
    for i, path, shipped, data, published in zip(cols["i"], cols["path"], cols["shipped"], cols["data"],
                                                  cols["published"]):
        result, error = _attempt_shipped(path, shipped, data or b"", published or None)
        out["i"].append(i)
        out["payload"].append(pickle.dumps(result) if result is not None else b"")
        out["error"].append(error or "")
    return pa.table({"i": pa.array(out["i"], pa.int64()), "payload": pa.array(out["payload"], pa.binary()),
                     "error": pa.array(out["error"], pa.string())})


def _init(address: str | None, workers: int):
    import ray

    if ray.is_initialized():
        return
    kw = dict(ignore_reinit_error=True, log_to_driver=False, logging_level=logging.WARNING)
    if address:
        import bilat
        from bilat.records import BilatError

        if address.startswith("ray://"):
            try:
                import grpc  # noqa: F401  (what Ray Client needs beyond ray[data])
            except ImportError:
                raise BilatError(f"--address {address}: Ray Client needs pip install 'ray[client]' "
                                 f"(or give the cluster's HOST:PORT, or auto, on one of its nodes)") from None
        try:
            ray.init(address=address, runtime_env={"py_modules": [os.path.dirname(bilat.__file__)]}, **kw)
        except ConnectionError as e:
            raise BilatError(f"--address {address}: cannot join the Ray cluster ({e}); a cluster with token "
                             f"authentication needs RAY_AUTH_MODE=token and its token (RAY_AUTH_TOKEN)") from None
    else:  # a local cluster on this machine: --workers cores, or all of them
        ray.init(num_cpus=workers if workers > 1 else None, include_dashboard=False, **kw)


def _chunks(todo: list[str]) -> Iterator[list[tuple[int, str, bool, bytes]]]:
    chunk, size = [], 0
    for i, key in enumerate(todo):
        shipped, data = False, b""
        try:
            if os.path.getsize(key) <= SHIP_MAX:
                with open(key, "rb") as f:
                    data = f.read(SHIP_MAX + 1)
                shipped = len(data) <= SHIP_MAX
                data = data if shipped else b""
        except OSError:
            pass  # the worker reports why it cannot be read
        if chunk and (len(chunk) >= CHUNK_FILES or size + len(data) > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append((i, key, shipped, data))
        size += len(data)
    if chunk:
        yield chunk


def run_ray(todo: list[str], published: str | None, *, address: str | None = None, workers: int = 1):
    """Yield (path, result, error) for every file of `todo`, in order."""
    if not todo:
        return
    import ray

    _init(address, workers)
    ctx = ray.data.DataContext.get_current()
    log = logging.getLogger("ray.data")
    level = log.level
    log.setLevel(logging.ERROR)  # not the "progress bars disabled" notice
    ctx.enable_progress_bars = False  # the CLI shows its own
    ctx.print_on_execution_start = False
    log.setLevel(max(level, logging.WARNING))
    for chunk in _chunks(todo):
        items = [{"i": i, "path": key, "shipped": shipped, "data": data, "published": published or ""}
                 for i, key, shipped, data in chunk]
        ds = ray.data.from_items(items).map_batches(_extract_batch, batch_size=BATCH_SIZE, batch_format="pyarrow")
        del items
        waiting = {}
        next_i = chunk[0][0]
        last = chunk[-1][0]
        for row in ds.iter_rows():
            waiting[int(row["i"])] = row
            while next_i in waiting:  # hand results on in file order as soon as they are there
                r = waiting.pop(next_i)
                payload, error = bytes(r["payload"]), str(r["error"])
                yield todo[next_i], (pickle.loads(payload) if payload else None), (error or None)
                next_i += 1
        if next_i <= last:
            raise RuntimeError(f"Ray returned no result for {todo[next_i]}")
