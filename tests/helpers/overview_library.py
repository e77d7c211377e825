"""A generated library for the overview tests: several outlets (one missing, one
blank, one with markup in its name), reviewers, verdicts (one retired, one no
longer on the scale), statuses and creation dates over ten months, written through
the real store with a stepped clock."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factcheck_gui.core.models import NewArticle, Status
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules

OUTLETS = ("The Harbour Courier", "Saltmere Gazette", None, "   ",
           "<b>Bold</b> & <i>Co</i> Weekly", "The Extraordinarily Long-Named Evening Chronicle "
           "and Harbour Advertiser")
REVIEWERS = ("ann", "Bob Marsh", "<img src='file:///etc/hostname'>")
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
SENTENCE = "Claim number {n} says that {x}% of buses ran late in {y}. "


def build_library(path: Path, *, articles: int = 9, claims: int = 120, seed: int = 7) -> None:
    rng = random.Random(seed)
    stamps = iter(START + timedelta(hours=rng.randint(0, 24 * 300)) for _ in range(10**6))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("factcheck_gui.core.store.claims.utc_now",
                      lambda: next(stamps).isoformat(timespec="microseconds"))
        with Store.open(path, reviewer=REVIEWERS[0]) as store:
            # Random statuses: final claims without sources are part of the mix.
            store.workflow.set_workflow_rules(WorkflowRules(enabled=False))
            scale = store.scales.active_scale()
            assert scale is not None
            labels = [label.label for label in scale.labels]
            ids = []
            for number in range(articles):
                text = "".join(SENTENCE.format(n=n, x=rng.randint(1, 99), y=2000 + n)
                               for n in range(30))
                ids.append(store.articles.add_article(NewArticle(
                    title=f"Article {number}: <script>alert(1)</script>" if number == 0
                    else f"Article {number}", text=text,
                    outlet=OUTLETS[number % len(OUTLETS)])).id)
            for _ in range(claims):
                store.reviewer = rng.choice(REVIEWERS)
                article_id = rng.choice(ids)
                start = rng.randrange(0, 1200)
                store.claims.add_claim(article_id, start, start + rng.randint(5, 60),
                                       verdict=rng.choice([*labels, None, None]),
                                       status=rng.choice(list(Status)))
            # A new scale: "Misleading" retired, "Mostly true" gone from it.
            store.scales.install_scale(replace(scale, labels=tuple(
                replace(label, retired=label.label == "Misleading")
                for label in scale.labels if label.label != "Mostly true")))
