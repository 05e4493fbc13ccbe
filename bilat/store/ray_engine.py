"""`bilat ingest --engine ray`: the same per-document function, run by Ray Data beyond one machine.

Workers extract; the driver alone writes to the store (PostgreSQL for a
team), in the order of the files, so the store ends up exactly as the local
engine leaves it.
"""
from __future__ import annotations

import pickle


def _extract_batch(batch: dict) -> dict:
    from bilat.store.ingest import _attempt

    published = batch["published"][0] if len(batch["published"]) else None
    out = {"path": [], "payload": [], "error": []}
    for path in batch["path"]:
        result, error = _attempt(str(path), published or None)
        out["path"].append(str(path))
        out["payload"].append(pickle.dumps(result) if result is not None else b"")
        out["error"].append(error or "")
    return out


def run_ray(todo: list[str], published: str | None, *, address: str | None = None, workers: int = 1):
    """Yield (path, result, error) for every file of `todo`, in order."""
    import ray

    if not todo:
        return
    if not ray.is_initialized():
        if address:
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False)
        else:  # a local cluster in this process's machine
            ray.init(num_cpus=max(1, workers), include_dashboard=False, ignore_reinit_error=True,
                     log_to_driver=False)
    items = [{"path": p, "published": published or ""} for p in todo]
    ds = ray.data.from_items(items).map_batches(_extract_batch, batch_size=4, batch_format="numpy")
    by_path = {}
    for row in ds.iter_rows():
        by_path[row["path"]] = row
        while todo and todo[0] in by_path:  # hand results on in file order as soon as they are there
            r = by_path.pop(todo.pop(0))
            yield r["path"], (pickle.loads(r["payload"]) if r["payload"] else None), (r["error"] or None)
