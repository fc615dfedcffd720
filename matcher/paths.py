"""Where the bundled data files live: the project folder's data/ (and static/ for pages).

``SOCIALMAP_HOME`` names the project folder when the code is installed elsewhere (as in the
container); by default it is the folder this package sits in.
"""

import os
from pathlib import Path

HOME = Path(os.environ.get("SOCIALMAP_HOME") or Path(__file__).resolve().parent.parent)
DATA_DIR = HOME / "data"
STATIC_DIR = HOME / "static"
