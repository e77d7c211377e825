"""One editor of the team load test, as a process of its own.

    python team_editor.py DB SEED EDITS CLAIM_IDS_JSON OUT_JSON

Edits random fields of the shared claims with values no one else writes,
syncing now and then and going "offline" (not syncing) for random stretches;
syncs at the end and writes the edits it made to OUT_JSON.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
from pathlib import Path

from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import OfflineError

FIELDS = ("claimant", "rationale", "claim_text")


def main() -> None:
    path, seed, count, ids_file, out_file = sys.argv[1:6]
    rng = random.Random(int(seed))
    claim_ids = json.loads(Path(ids_file).read_text(encoding="utf-8"))
    made = []
    offline_for = 0
    with Store.open(path) as store:
        who = store.reviewer
        for n in range(int(count)):
            claim_id = rng.choice(claim_ids)
            field = rng.choice(FIELDS)
            value = f"{who} {n}"
            store.claims.update_claim(claim_id, **{field: value})
            made.append([claim_id, field, value])
            if offline_for:
                offline_for -= 1
            elif rng.random() < 0.05:
                offline_for = rng.randint(5, 60)
            elif rng.random() < 0.3:
                with contextlib.suppress(OfflineError):
                    store.team.sync()
        store.team.sync()
    with open(out_file, "w", encoding="utf-8") as handle:
        json.dump(made, handle)


if __name__ == "__main__":
    main()
