"""Child process for the crash loop: writes edits through the real store forever.

    python crash_writer.py DB SEED

Before each edit it prints `{"begin": {...}}` and after the store call returns
(the transaction is committed) `{"done": N}`, one JSON object a line, flushed.
The parent kills it with SIGKILL at a random moment and checks the file.
Ids are chosen here and passed to the store, so the parent knows exactly what a
half-done edit would have written.
"""

from __future__ import annotations

import json
import random
import sys
import uuid

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store

TEXT = ("The council said bus fares will rise by 18% in January. " * 40).strip()


def say(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def prepare(db: str) -> None:
    """The article the child writes claims on."""
    with Store.open(db, reviewer="crash") as store:
        store.articles.add_article(NewArticle(title="Crash test", text=TEXT))


def main(db: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(db, reviewer="crash")
    article_id = store.articles.list_articles()[0].id  # the parent adds it (see `prepare`)
    labels = [label.label for label in store.scales.active_scale().labels]
    claims = {c.id: c.verdict for c in store.claims.list_claims(article_id)}
    sources = {s.id: cid for cid in claims for s in store.sources.list_sources(cid)}
    say({"ready": True})
    number = 0
    while True:
        number += 1
        kind = rng.choice(["claim", "batch", "batch", "source", "verdict", "verdict",
                           "delete_claim", "delete_source"])
        if kind in ("verdict", "source", "delete_claim") and not claims:
            kind = "claim"
        if kind == "delete_source" and not sources:
            kind = "batch"
        start = rng.randrange(0, len(TEXT) - 30)
        op: dict = {"op": kind}
        if kind in ("claim", "batch"):
            op["claim"] = uuid.uuid4().hex
            op["verdict"] = rng.choice(labels)
            op["sources"] = [uuid.uuid4().hex for _ in range(2 if kind == "batch" else 0)]
        elif kind == "source":
            op["claim"] = rng.choice(sorted(claims))
            op["source"] = uuid.uuid4().hex
        elif kind == "verdict":
            op["claim"] = rng.choice(sorted(claims))
            op["verdict"] = rng.choice([x for x in labels if x != claims[op["claim"]]])
        elif kind == "delete_claim":
            op["claim"] = rng.choice(sorted(claims))
        else:
            op["source"] = rng.choice(sorted(sources))
        say({"begin": op, "n": number})
        if kind in ("claim", "batch"):
            with store.batch():
                store.claims.add_claim(article_id, start, start + 20, verdict=op["verdict"],
                                       claim_id=op["claim"])
                for ident in op["sources"]:
                    store.sources.add_source(op["claim"], f"https://example.org/{ident}",
                                             source_id=ident, title="'); DROP TABLE claims;--")
            claims[op["claim"]] = op["verdict"]
            sources.update(dict.fromkeys(op["sources"], op["claim"]))
        elif kind == "source":
            store.sources.add_source(op["claim"], f"https://example.org/{op['source']}",
                                     source_id=op["source"])
            sources[op["source"]] = op["claim"]
        elif kind == "verdict":
            store.claims.update_claim(op["claim"], verdict=op["verdict"])
            claims[op["claim"]] = op["verdict"]
        elif kind == "delete_claim":
            store.claims.delete_claim(op["claim"])
            del claims[op["claim"]]
            for ident in [s for s, c in sources.items() if c == op["claim"]]:
                del sources[ident]
        else:
            store.sources.delete_source(op["source"])
            del sources[op["source"]]
        say({"done": number})


if __name__ == "__main__":
    if sys.argv[2] == "prepare":
        prepare(sys.argv[1])
    else:
        main(sys.argv[1], int(sys.argv[2]))
