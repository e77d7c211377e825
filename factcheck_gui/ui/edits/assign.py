"""Assigning an article or claims to a team member as one undoable step."""

from __future__ import annotations

from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.i18n import translate


class Assign(StoreCommand):
    """Give `targets` ((kind, id) pairs: "article" or "claim") to `assignee`, or
    take them back (None); undo gives each its earlier assignee again."""

    def __init__(self, store: Store, targets: list[tuple[str, str]], assignee: str | None
                 ) -> None:
        text = (translate("Assign", "Assign to {name}").format(name=assignee) if assignee
                else translate("Assign", "Take Back Assignment"))
        super().__init__(store, text)
        self.targets, self.assignee = targets, assignee
        self._before: dict[str, str | None] = {}

    def forward(self) -> str | None:
        had = {row["target"]: row["assignee"] for row in self.store.team.assignments()}
        self._before = {target: had.get(target) for _, target in self.targets}
        with self.store.batch():
            for kind, target in self.targets:
                self.store.team.assign(kind, target, self.assignee)
        return self._claim()

    def backward(self) -> str | None:
        with self.store.batch():
            for kind, target in self.targets:
                self.store.team.assign(kind, target, self._before.get(target))
        return self._claim()

    def _claim(self) -> str | None:
        return next((target for kind, target in self.targets if kind == "claim"), None)
