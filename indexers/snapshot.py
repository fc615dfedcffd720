"""A built index on disk, mapped by every process instead of being built again.

A snapshot is a folder of numpy arrays (``.npy``, mapped read-only: the pages are the
operating system's file cache, shared by all workers and read only where a search looks),
JSON lists, byte blobs (one ``uint8`` array and an offsets array per blob) and a bm25s
index, with ``meta.json`` naming what it was built from. It is written into a new folder
and made current by an atomic replace of a pointer file, so that no reader ever sees half
of one; a process that still maps an older folder keeps reading it after it is removed.
A snapshot is derived data: one that is missing, partial or unreadable is ignored and
the caller builds from the index file instead.
"""

import json
import os
import shutil
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

FORMAT = "1"
POINTER = "snapshot"


class Blob(Sequence):
    """Byte strings stored end to end: item ``i`` is ``data[offsets[i]:offsets[i + 1]]``."""

    def __init__(self, data: np.ndarray, offsets: np.ndarray):
        self.data = data
        self.offsets = offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.data[self.offsets[i] : self.offsets[i + 1]].tobytes()

    @staticmethod
    def write(path: Path, items: Sequence[bytes]) -> None:
        offsets = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum([len(x) for x in items], out=offsets[1:])
        np.save(path.with_suffix(".data.npy"), np.frombuffer(b"".join(items), dtype=np.uint8))
        np.save(path.with_suffix(".offsets.npy"), offsets)

    @staticmethod
    def open(path: Path) -> "Blob":
        return Blob(
            np.load(path.with_suffix(".data.npy"), mmap_mode="r"),
            np.load(path.with_suffix(".offsets.npy")),  # small: read, not mapped
        )


@dataclass
class Snapshot:
    meta: dict
    arrays: dict[str, np.ndarray]  # mapped read-only
    lists: dict[str, list]
    blobs: dict[str, Blob]
    bm25: bm25s.BM25


def save(
    directory: Path,
    meta: dict,
    arrays: dict[str, np.ndarray],
    lists: dict[str, list],
    blobs: dict[str, Sequence[bytes]],
    bm25: bm25s.BM25,
) -> bool:
    """Write a snapshot and make it the current one; False when it could not be written
    (a snapshot is an optimisation: the next start builds again)."""
    meta = {**meta, "format": FORMAT}
    name = f"snapshot-{uuid.uuid4().hex[:16]}"  # never a folder another process may map
    folder, tmp = directory / name, directory / f"{name}.tmp"
    try:
        tmp.mkdir()
        for key, array in arrays.items():
            np.save(tmp / f"{key}.npy", array, allow_pickle=False)
        for key, items in blobs.items():
            Blob.write(tmp / key, items)
        (tmp / "lists.json").write_text(json.dumps(lists, ensure_ascii=False))
        bm25.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "meta.json").write_text(json.dumps(meta))
        os.replace(tmp, folder)
        pointer = directory / f"{POINTER}.{name}.tmp"
        pointer.write_text(name)
        os.replace(pointer, directory / POINTER)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return False
    try:
        current = (directory / POINTER).read_text().strip()
    except OSError:
        current = name
    for old in directory.glob("snapshot-*"):  # a process that maps one keeps its pages
        if not old.is_dir() or old.name in (name, current):
            continue
        if not old.name.endswith(".tmp") or time.time() - old.stat().st_mtime > 3600:
            shutil.rmtree(old, ignore_errors=True)  # a writer's, or left by one that died
    return True


def load(directory: Path) -> Snapshot | None:
    """The current snapshot, mapped; None when there is none or it cannot be read."""
    try:
        folder = directory / (directory / POINTER).read_text().strip()
        meta = json.loads((folder / "meta.json").read_text())
        if meta.get("format") != FORMAT:
            return None
        arrays, blobs = {}, {}
        for path in folder.glob("*.npy"):
            stem = path.name[: -len(".npy")]
            if stem.endswith((".data", ".offsets")):
                blob = stem.rsplit(".", 1)[0]
                if blob not in blobs:
                    blobs[blob] = Blob.open(folder / blob)
            else:
                arrays[stem] = np.load(path, mmap_mode="r", allow_pickle=False)
        lists = json.loads((folder / "lists.json").read_text())
        bm25 = bm25s.BM25.load(str(folder / "bm25"), mmap=True, show_progress=False, verbosity=0)
    except (OSError, ValueError, KeyError):
        return None
    return Snapshot(meta, arrays, lists, blobs, bm25)


def remove(directory: Path) -> None:
    """Forget every snapshot (the index file was cleared or replaced)."""
    (directory / POINTER).unlink(missing_ok=True)
    for old in directory.glob("snapshot-*"):
        shutil.rmtree(old, ignore_errors=True)
