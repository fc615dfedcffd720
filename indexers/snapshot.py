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
import mmap
import os
import shutil
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

FORMAT = "2"
POINTER = "snapshot"


class Blob(Sequence):
    """Byte strings stored end to end: item ``i`` is bytes ``offsets[i]:offsets[i + 1]`` of
    the data file. Mapped, or read with ``pread`` when each item is read rarely: read
    pages stay in the shared file cache instead of counting in every worker's memory."""

    def __init__(self, path: Path, offsets: np.ndarray, mapped: bool):
        self.offsets = offsets
        self._mapped = None
        self._fd = None
        self._fd = os.open(path, os.O_RDONLY)
        if mapped:
            self._mapped = mmap.mmap(self._fd, 0, access=mmap.ACCESS_READ) if offsets[-1] else b""
            os.close(self._fd)
            self._fd = None

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        start, end = int(self.offsets[i]), int(self.offsets[i + 1])
        if self._fd is None:
            return self._mapped[start:end]
        return os.pread(self._fd, end - start, start)

    def __del__(self):
        if self._fd is not None:
            os.close(self._fd)

    @staticmethod
    def write(path: Path, items: Sequence[bytes]) -> None:
        offsets = np.zeros(len(items) + 1, dtype=np.int64)
        np.cumsum([len(x) for x in items], out=offsets[1:])
        with open(path.with_suffix(".data"), "wb") as f:
            for item in items:
                f.write(item)
        np.save(path.with_suffix(".offsets.npy"), offsets)

    @staticmethod
    def open(path: Path, mapped: bool) -> "Blob":
        offsets = np.load(path.with_suffix(".offsets.npy"))  # small: read, not mapped
        return Blob(path.with_suffix(".data"), offsets, mapped)


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


def load(directory: Path, mapped_blobs: tuple[str, ...] = ()) -> Snapshot | None:
    """The current snapshot, its arrays mapped; its blobs are read with ``pread`` but for
    those in ``mapped_blobs``. None when there is none or it cannot be read."""
    try:
        folder = directory / (directory / POINTER).read_text().strip()
        meta = json.loads((folder / "meta.json").read_text())
        if meta.get("format") != FORMAT:
            return None
        arrays, blobs = {}, {}
        for path in folder.glob("*.npy"):
            stem = path.name[: -len(".npy")]
            if stem.endswith(".offsets"):
                blob = stem[: -len(".offsets")]
                blobs[blob] = Blob.open(folder / blob, mapped=blob in mapped_blobs)
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
