"""Rating scales stored in the database (one active at a time), and changing the
active scale without silently rewriting a verdict."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import NotFoundError, ValidationError
from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.core.scales import check_scale
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.text import clean_text as _text
from factcheck_gui.core.translatable import translate


class UnaccountedLabelsError(ValidationError):
    """Verdicts in use that a new scale lacks and that were neither mapped nor kept."""

    def __init__(self, scale: RatingScale, labels: dict[str, int]) -> None:
        self.labels = labels
        listed = ", ".join(f"{label!r} ({claims(n)})" for label, n in labels.items())
        noun = "verdict" if len(labels) == 1 else "verdicts"
        super().__init__(
            f"the scale {scale.name!r} lacks {len(labels)} {noun} in use: {listed};"
            " map each to a label of the new scale or keep it as a retired label")


@dataclass(frozen=True, slots=True)
class ScaleChange:
    """What `change_scale` did, enough to undo it exactly."""

    old: RatingScale | None
    new: RatingScale
    #: claim id -> (verdict before, verdict after)
    relabelled: dict[str, tuple[str, str]] = field(default_factory=dict)
    kept_retired: tuple[str, ...] = ()


def claims(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n:,} claims"


class Scales:
    """The rating scales, the active one cached, and verdicts spelled as it spells them."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self._active_scale_cache: RatingScale | None = None

    def install_scale(self, scale: RatingScale, *, activate: bool = True) -> RatingScale:
        """Copy a scale into the database (replacing one with the same id).

        Does not look at the verdicts in use: to change the active scale of a
        database with claims, use `change_scale`.
        """
        with self._db.writing():
            activate = self._put_scale(scale, activate=activate)
            self._db.record("scale", scale.id, "install", None,
                         {"name": scale.name, "active": activate,
                          "labels": [asdict(label) for label in scale.labels]})
        return self.get_scale(scale.id)

    def _put_scale(self, scale: RatingScale, *, activate: bool) -> bool:
        """Write `scale`'s rows (inside a write); True if it is the active one now."""
        was_active = self._db.row(
            "SELECT 1 FROM rating_scales WHERE id = ? AND active = 1", (scale.id,)
        )
        activate = activate or was_active is not None
        self._db.conn.execute("DELETE FROM rating_scales WHERE id = ?", (scale.id,))
        if activate:
            self._db.conn.execute("UPDATE rating_scales SET active = 0 WHERE active = 1")
        self._db.table("rating_scales").insert(
            {"id": scale.id, "name": scale.name, "description": scale.description,
             "best_rating": scale.best_rating, "worst_rating": scale.worst_rating,
             "active": int(activate), "created_at": utc_now()}
        )
        self._db.table("rating_labels").insert_all(
            {"scale_id": scale.id, "position": label.position, "label": label.label,
             "value": label.value, "description": label.description, "colour": label.colour,
             "alternate_name": label.alternate_name, "retired": int(label.retired)}
            for label in scale.labels
        )
        self._active_scale_cache = None
        return activate

    def get_scale(self, scale_id: str) -> RatingScale:
        row = self._db.row("SELECT * FROM rating_scales WHERE id = ?", (scale_id,))
        if row is None:
            raise NotFoundError(translate(
                "Errors", "no rating scale {id} in this database").format(id=repr(scale_id)))
        labels = tuple(
            RatingLabel(label=r["label"], value=r["value"], position=r["position"],
                        description=r["description"], colour=r["colour"],
                        alternate_name=r["alternate_name"], retired=bool(r["retired"]))
            for r in self._db.rows(
                "SELECT * FROM rating_labels WHERE scale_id = ? ORDER BY position", (scale_id,)
            )
        )
        return RatingScale(id=row["id"], name=row["name"], description=row["description"],
                           best_rating=row["best_rating"], worst_rating=row["worst_rating"],
                           labels=labels)

    def active_scale(self) -> RatingScale | None:
        if self._active_scale_cache is None:
            row = self._db.row("SELECT id FROM rating_scales WHERE active = 1")
            if row is None:
                return None
            self._active_scale_cache = self.get_scale(row["id"])
        return self._active_scale_cache

    def verdict_usage(self) -> dict[str, int]:
        """How many claims carry each verdict (exact labels), most used first."""
        return {
            row["verdict"]: row["n"]
            for row in self._db.rows(
                "SELECT verdict, count(*) AS n FROM claims WHERE verdict IS NOT NULL"
                " GROUP BY verdict ORDER BY n DESC, verdict"
            )
        }

    def plan_scale_change(
        self,
        new: RatingScale,
        *,
        mapping: Mapping[str, str] | None = None,
        keep_retired: Iterable[str] | bool = (),
    ) -> tuple[RatingScale, dict[str, str], dict[str, int]]:
        """(the scale as it would be stored, the mapping with the new scale's spelling,
        the verdicts in use still unaccounted for with their claim counts). Writes nothing.
        """
        return self._plan(new, mapping, keep_retired, self.verdict_usage())

    def _plan(self, new: RatingScale, mapping: Mapping[str, str] | None,
              keep_retired: Iterable[str] | bool,
              usage: dict[str, int]) -> tuple[RatingScale, dict[str, str], dict[str, int]]:
        new = check_scale(new)
        mapping = dict(mapping or {})
        resolved: dict[str, str] = {}
        for given, target in mapping.items():
            old_label = given if given in usage else next(
                (used for used in usage if used.casefold() == " ".join(given.split()).casefold()),
                None)
            if old_label is None:
                continue  # nothing carries it: nothing to rewrite
            label = new.find(target)
            if label is None:
                raise ValidationError(translate(
                    "Errors", "cannot map {label} to {target}: the scale {scale} has no such"
                    " label").format(label=repr(old_label), target=repr(target),
                                     scale=repr(new.name)))
            if label.retired:
                raise ValidationError(translate(
                    "Errors", "cannot map {label} to {target}: it is a retired label, kept only"
                    " for old verdicts").format(label=repr(old_label), target=repr(label.label)))
            if label.label != old_label:
                resolved[old_label] = label.label
        present = {label.label for label in new.labels}
        missing = [v for v in usage if v not in present and v not in resolved]
        keep = set(missing) if keep_retired is True else set(keep_retired or ())
        old_scale = self.active_scale()
        extra: list[RatingLabel] = []
        for verdict in missing:
            if verdict in keep:
                twin = new.find(verdict)
                if twin is not None:
                    raise ValidationError(translate(
                        "Errors", "cannot keep {label} as a retired label beside {twin}, which"
                        " differs only in case or spacing; map {label} to it instead").format(
                        label=repr(verdict), twin=repr(twin.label)))
                extra.append(_retired_copy(verdict, old_scale, new, len(new.labels) + len(extra)))
        stored = replace(new, labels=new.labels + tuple(extra)) if extra else new
        unaccounted = {v: usage[v] for v in missing if v not in keep}
        return stored, resolved, unaccounted

    def change_scale(
        self,
        new: RatingScale,
        *,
        mapping: Mapping[str, str] | None = None,
        keep_retired: Iterable[str] | bool = (),
        relabels: Mapping[str, str] | None = None,
    ) -> ScaleChange:
        """Make `new` the active scale (or replace the active one when ids match).

        Every verdict in use that `new` lacks must be mapped (`mapping`, old label ->
        new label: those claims are rewritten, one "relabel" event each) or kept as a
        retired label (`keep_retired`: those labels, or True for all of them), which
        still displays and exports but cannot be chosen. Anything else is refused
        with UnaccountedLabelsError naming the labels and their claim counts.
        `relabels` (claim id -> verdict) rewrites single claims first (for undo).
        All of it is one transaction.
        """
        try:
            with self._db.writing():
                return self._change_scale(new, mapping, keep_retired, dict(relabels or {}))
        finally:
            self._active_scale_cache = None

    def _change_scale(self, new: RatingScale, mapping: Mapping[str, str] | None,
                      keep_retired: Iterable[str] | bool,
                      relabels: dict[str, str]) -> ScaleChange:
        old = self.active_scale()
        rows = self._db.rows("SELECT id, article_id, verdict FROM claims WHERE verdict IS NOT NULL")
        targets = {label.label for label in check_scale(new).labels}
        for verdict in relabels.values():
            if verdict not in targets:
                raise ValidationError(translate(
                    "Errors", "cannot give a claim the verdict {verdict}: the scale {scale} has"
                    " no such label").format(verdict=repr(verdict), scale=repr(new.name)))
        # The plan is made over the verdicts as they are once `relabels` are done.
        usage: dict[str, int] = {}
        for row in rows:
            verdict = relabels.get(row["id"], row["verdict"])
            usage[verdict] = usage.get(verdict, 0) + 1
        stored, resolved, unaccounted = self._plan(new, mapping, keep_retired, usage)
        if unaccounted:
            raise UnaccountedLabelsError(stored, unaccounted)
        self._put_scale(stored, activate=True)
        relabelled: dict[str, tuple[str, str]] = {}
        now = utc_now()
        for row in rows:
            before = row["verdict"]
            after = relabels.get(row["id"], resolved.get(before, before))
            if after == before:
                continue
            self._db.conn.execute("UPDATE claims SET verdict = ?, updated_at = ? WHERE id = ?",
                               (after, now, row["id"]))
            self._db.record("claim", row["id"], "relabel", {"verdict": before},
                         {"verdict": after, "scale": stored.id},
                         claim_id=row["id"], article_id=row["article_id"])
            relabelled[row["id"]] = (before, after)
        kept = tuple(label.label for label in stored.labels[len(new.labels):])
        action = "edit" if old is not None and old.id == stored.id else "activate"
        self._db.record(
            "scale", stored.id, action,
            _scale_fields(old) if old is not None else None,
            _scale_fields(stored) | {"mapping": dict(resolved), "kept_retired": list(kept),
                                     "relabelled": len(relabelled)},
        )
        return ScaleChange(old=old, new=self.get_scale(stored.id), relabelled=relabelled,
                           kept_retired=kept)

    def keep_verdict(self, verdict: str | None) -> str | None:
        """`verdict` as the active scale spells it (inside a write). A verdict the scale
        lacks (a claim judged on an earlier scale, brought back from its history) is
        added to the scale as a retired label, looking as it did on the scale it came
        from, so that it still displays and exports like every other retired verdict."""
        scale = self.active_scale()
        if verdict is None or scale is None:
            return verdict
        label = scale.find(verdict)
        if label is not None:
            return label.label
        extra = _retired_copy(verdict, self._earlier_scale_with(verdict), scale,
                              len(scale.labels))
        stored = replace(scale, labels=(*scale.labels, extra))
        self._put_scale(stored, activate=True)
        self._db.record("scale", stored.id, "edit", _scale_fields(scale),
                     _scale_fields(stored) | {"mapping": {}, "kept_retired": [verdict],
                                              "relabelled": 0})
        return verdict

    def _earlier_scale_with(self, verdict: str) -> RatingScale | None:
        """The latest scale in the history that had `verdict` (for its colour and value)."""
        for row in self._db.rows("SELECT before, after FROM events WHERE entity = 'scale'"
                              " ORDER BY id DESC"):
            for text in (row["after"], row["before"]):
                scale = _scale_from_fields(json.loads(text) if text else None)
                if scale is not None and any(item.label == verdict for item in scale.labels):
                    return scale
        return None

    def canonical_verdict(self, verdict: str | None) -> str | None:
        """The scale's spelling of `verdict` for filtering (any case, retired too)."""
        verdict = _text(verdict)
        scale = self.active_scale()
        label = scale.find(verdict) if scale and verdict else None
        return label.label if label else verdict

    def check_verdict(self, verdict: str | None, *, allow_retired: bool = False) -> str | None:
        """The scale's spelling of `verdict`; refuses labels the scale lacks, and retired
        ones unless `allow_retired` (an import bringing back a verdict it still shows)."""
        verdict = _text(verdict)
        if verdict is None:
            return None
        scale = self.active_scale()
        if scale is None:
            return verdict
        label = scale.find(verdict)
        if label is None or (label.retired and not allow_retired):
            known = ", ".join(item.label for item in scale.labels if not item.retired)
            raise ValidationError(translate(
                "Errors", "{verdict} is not a verdict of the scale {scale} (use one of: {known})"
            ).format(verdict=repr(verdict), scale=repr(scale.name), known=known))
        return label.label

    def forget_cached(self) -> None:
        """Read the active scale again next time (another write may have changed it)."""
        self._active_scale_cache = None

    def undo_scale_change(self, change: ScaleChange) -> ScaleChange:
        """Put back the scale and the verdicts `change` replaced."""
        if change.old is None:
            raise ValidationError(translate(
                "Errors", "there was no scale before this change to go back to"))
        back = {claim_id: before for claim_id, (before, _after) in change.relabelled.items()}
        return self.change_scale(change.old, relabels=back)

    def redo_scale_change(self, change: ScaleChange) -> ScaleChange:
        """Do `change` again after `undo_scale_change`."""
        forward = {claim_id: after for claim_id, (_before, after) in change.relabelled.items()}
        return self.change_scale(change.new, relabels=forward)


def _retired_copy(verdict: str, old: RatingScale | None, new: RatingScale,
                  position: int) -> RatingLabel:
    """A retired label for `verdict` on `new`, looking as it did on the old scale.

    Its rating value keeps its place between worst and best: 3 on a 1..5 scale (the
    middle) becomes 3.5 on a 1..6 one, so that ClaimReview's ratingValue means the
    same against the new bestRating/worstRating. Without both ranges it has no value
    (it exports its alternateName only, like Unverifiable).
    """
    before = next((item for item in (old.labels if old else ()) if item.label == verdict), None)
    return RatingLabel(
        label=verdict, value=rescale(before.value if before else None, old, new),
        position=position, description=before.description if before else None,
        colour=before.colour if before else None,
        alternate_name=(before.alternate_name if before else None) or verdict, retired=True)


def rescale(value: float | None, old: RatingScale | None, new: RatingScale) -> float | None:
    """`value` on `old`'s worst..best range moved to the same place on `new`'s."""
    if value is None or old is None:
        return None
    low, high = old.worst_rating, old.best_rating
    new_low, new_high = new.worst_rating, new.best_rating
    if low is None or high is None or new_low is None or new_high is None:
        return None
    if (low, high) == (new_low, new_high):
        return value
    if high == low:
        return None
    place = (value - low) / (high - low)
    return round(new_low + place * (new_high - new_low), 2)


def _scale_fields(scale: RatingScale) -> dict:
    return {"id": scale.id, "name": scale.name, "best_rating": scale.best_rating,
            "worst_rating": scale.worst_rating,
            "labels": [asdict(label) for label in scale.labels]}


def _scale_from_fields(data: Any) -> RatingScale | None:
    """A scale from a scale event's `before`/`after` (None if it holds no labels)."""
    if not isinstance(data, dict) or not isinstance(data.get("labels"), list):
        return None
    names = {f.name for f in fields(RatingLabel)}
    try:
        labels = tuple(RatingLabel(**{k: v for k, v in item.items() if k in names})
                       for item in data["labels"] if isinstance(item, dict))
    except TypeError:
        return None
    return RatingScale(id=str(data.get("id") or ""), name=str(data.get("name") or ""),
                       description=None, best_rating=data.get("best_rating"),
                       worst_rating=data.get("worst_rating"), labels=labels)
