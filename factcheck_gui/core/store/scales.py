"""Rating scales stored in the database (one active at a time)."""

from __future__ import annotations

from dataclasses import asdict

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import NotFoundError
from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.core.store.base import StoreBase


class ScaleOps(StoreBase):
    _active_scale_cache: RatingScale | None = None

    def install_scale(self, scale: RatingScale, *, activate: bool = True) -> RatingScale:
        """Copy a scale into the database (replacing one with the same id)."""
        with self._writing():
            was_active = self._row(
                "SELECT 1 FROM rating_scales WHERE id = ? AND active = 1", (scale.id,)
            )
            activate = activate or was_active is not None
            self._conn.execute("DELETE FROM rating_scales WHERE id = ?", (scale.id,))
            if activate:
                self._conn.execute("UPDATE rating_scales SET active = 0 WHERE active = 1")
            self.db["rating_scales"].insert(
                {"id": scale.id, "name": scale.name, "description": scale.description,
                 "best_rating": scale.best_rating, "worst_rating": scale.worst_rating,
                 "active": int(activate), "created_at": utc_now()}
            )
            self.db["rating_labels"].insert_all(
                {"scale_id": scale.id, "position": label.position, "label": label.label,
                 "value": label.value, "description": label.description, "colour": label.colour,
                 "alternate_name": label.alternate_name, "retired": int(label.retired)}
                for label in scale.labels
            )
            self._record("scale", scale.id, "install", None,
                         {"name": scale.name, "active": activate,
                          "labels": [asdict(label) for label in scale.labels]})
            self._active_scale_cache = None
        return self.get_scale(scale.id)

    def get_scale(self, scale_id: str) -> RatingScale:
        row = self._row("SELECT * FROM rating_scales WHERE id = ?", (scale_id,))
        if row is None:
            raise NotFoundError(f"no rating scale {scale_id!r} in this database")
        labels = tuple(
            RatingLabel(label=r["label"], value=r["value"], position=r["position"],
                        description=r["description"], colour=r["colour"],
                        alternate_name=r["alternate_name"], retired=bool(r["retired"]))
            for r in self._rows(
                "SELECT * FROM rating_labels WHERE scale_id = ? ORDER BY position", (scale_id,)
            )
        )
        return RatingScale(id=row["id"], name=row["name"], description=row["description"],
                           best_rating=row["best_rating"], worst_rating=row["worst_rating"],
                           labels=labels)

    def active_scale(self) -> RatingScale | None:
        if self._active_scale_cache is None:
            row = self._row("SELECT id FROM rating_scales WHERE active = 1")
            if row is None:
                return None
            self._active_scale_cache = self.get_scale(row["id"])
        return self._active_scale_cache
