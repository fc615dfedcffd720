#!/usr/bin/env python3
"""Check the second Deventer writer's vignettes.json against ../catalog.json, with the checks
of ../check_vignettes.py (standard library only): the shape, every graded listing meeting
its vignette's hard requirements, and nothing of the needed kinds passing a no-fit case.

Run: python3 check_vignettes.py [-v]   (-v lists ungraded listings that pass, per vignette)
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_vignettes import ACTIVITY, main  # noqa: E402

# For each no-fit vignette: the (true) categories in which nothing may pass ("*" = every category), and
# listings that pass the requirements on paper but are plainly not for this client, each with the reason.
NO_FIT_NEEDS = {
    # dx06: hard of hearing in Loo, in person only, hearing loop required: nothing at all within 3 km.
    "dx06": ({"*"}, {}),
    # dx14: wheelchair user in Okkenbroek wants to move; the need is movement.
    "dx14": ({"sport_movement"}, {}),
    # dx19: carer free only on Sunday afternoon; she wants an activity for herself (not a volunteer job,
    # not help with papers).
    "dx19": (
        ACTIVITY,
        {"vl-taalmaatje": "taalmaatje voor nieuwkomers die Nederlands leren; geen vaste tijd"},
    ),
    # dx26: Turkish-speaking widow in Bathmen: nothing in Turkish within 3 km, online or at home.
    "dx26": ({"*"}, {}),
}

if __name__ == "__main__":
    sys.exit(main(HERE / "vignettes.json", NO_FIT_NEEDS, minimum=40))
