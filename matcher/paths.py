"""Where the bundled data files live (the repository's data/ folder)."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
