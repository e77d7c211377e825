"""Rating-scale presets shipped in `resources/scales/*.json`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from factcheck_gui.assets import resources_dir
from factcheck_gui.core.contrast import hex_colour, parse_colour
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.core.translatable import translate

DEFAULT_SCALE = "default"
_preset_language = "en"


def set_preset_language(language: str) -> None:
    """The language new databases' presets are made in (the window's; the CLI's is
    English). A preset file carries its own translations; a database keeps the labels
    it was made with."""
    global _preset_language
    _preset_language = language


def preset_language() -> str:
    return _preset_language


def preset_names() -> list[str]:
    return sorted(path.stem for path in (resources_dir() / "scales").glob("*.json"))


def load_preset(name: str = DEFAULT_SCALE, language: str | None = None) -> RatingScale:
    """The named preset, e.g. `default`, `truth-meter`, `fever`, in `language` (by
    default the one set by `set_preset_language`) where the file translates it."""
    path = resources_dir() / "scales" / f"{name}.json"
    if not path.is_file():
        raise LookupError(f"no rating scale preset {name!r} (have: {', '.join(preset_names())})")
    data = json.loads(path.read_text(encoding="utf-8"))
    return scale_from_json(translated(data, language or _preset_language), fallback_id=path.stem)


def translated(data: dict, language: str) -> dict:
    """A preset file's contents with its `translations[language]` applied: the scale's
    name and description, and each label's text, description and ClaimReview
    alternate name (by the English label). Unknown languages leave it as it is."""
    words = (data.get("translations") or {}).get(language)
    if not words:
        return data
    labels = []
    for item in data["labels"]:
        label = dict(item)
        own = (words.get("labels") or {}).get(item["label"], {})
        if "label" in own:
            label["label"] = own["label"]
            label["alternate_name"] = own.get("alternate_name", own["label"])
        if "description" in own:
            label["description"] = own["description"]
        labels.append(label)
    return {**data, "name": words.get("name", data.get("name")),
            "description": words.get("description", data.get("description")),
            "labels": labels}


def scale_from_json(data: dict, *, fallback_id: str) -> RatingScale:
    labels = tuple(
        RatingLabel(
            label=item["label"],
            value=item.get("value"),
            position=index,
            description=item.get("description"),
            colour=item.get("colour"),
            alternate_name=item.get("alternate_name") or item["label"],
            retired=bool(item.get("retired", False)),
        )
        for index, item in enumerate(data["labels"])
    )
    return RatingScale(
        id=str(data.get("id") or fallback_id),
        name=data.get("name") or fallback_id,
        description=data.get("description"),
        best_rating=data.get("best_rating"),
        worst_rating=data.get("worst_rating"),
        labels=labels,
    )


def scale_to_json(scale: RatingScale) -> dict[str, Any]:
    """The preset-file form of `scale` (what `scale_from_json` reads back)."""
    labels = []
    for label in scale.labels:
        item: dict[str, Any] = {"label": label.label, "value": _number(label.value),
                                "description": label.description, "colour": label.colour,
                                "alternate_name": label.alternate_name or label.label}
        if label.retired:
            item["retired"] = True
        labels.append(item)
    return {"id": scale.id, "name": scale.name, "description": scale.description,
            "best_rating": _number(scale.best_rating),
            "worst_rating": _number(scale.worst_rating), "labels": labels}


def load_scale_file(path: str | os.PathLike[str]) -> RatingScale:
    """A scale from a JSON file in the preset format, checked; one-sentence errors."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValidationError(translate("Errors", "cannot read {name}: {error}").format(
            name=path.name, error=error.strerror or error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(translate("Errors", "{name} is not a JSON rating scale ({error})"
                                        ).format(name=path.name, error=error)) from None
    if not isinstance(data, dict) or not isinstance(data.get("labels"), list) or not all(
            isinstance(item, dict) and isinstance(item.get("label"), str)
            for item in data["labels"]):
        raise ValidationError(translate(
            "Errors", "{name} is not a rating scale: it needs a \"labels\" list of objects"
            " with a \"label\" each").format(name=path.name))
    try:
        scale = scale_from_json(data, fallback_id=path.stem)
    except (TypeError, ValueError) as error:
        raise ValidationError(translate("Errors", "{name} is not a valid rating scale ({error})"
                                        ).format(name=path.name, error=error)) from None
    return check_scale(scale)


def preset_or_file(name: str) -> RatingScale:
    """A preset by name, or a scale file when `name` ends in .json or is a file."""
    if name.lower().endswith(".json") or os.sep in name or Path(name).is_file():
        return load_scale_file(name)
    try:
        return check_scale(load_preset(name))
    except LookupError as error:
        raise ValidationError(str(error.args[0])) from None


def check_scale(scale: RatingScale) -> RatingScale:
    """`scale` with tidy labels and positions 0..n-1, or ValidationError saying what is wrong."""
    name = " ".join(str(scale.name or "").split())
    if not name:
        raise ValidationError(translate("Errors", "the rating scale needs a name"))
    if not str(scale.id or "").strip():
        raise ValidationError(translate("Errors", "the rating scale needs an id"))
    if not scale.labels:
        raise ValidationError(translate("Errors", "the rating scale {name} has no labels").format(
            name=repr(name)))
    best = _float(scale.best_rating, translate("Errors", "best rating"))
    worst = _float(scale.worst_rating, translate("Errors", "worst rating"))
    if best is not None and worst is not None and best == worst:
        raise ValidationError(translate("Errors", "the best and the worst rating must differ"))
    seen: dict[str, str] = {}
    labels = []
    for position, label in enumerate(scale.labels):
        text = " ".join(str(label.label or "").split())
        if not text:
            raise ValidationError(translate(
                "Errors", "label {number} of the rating scale has no name").format(
                number=position + 1))
        if text.casefold() in seen:
            raise ValidationError(translate("Errors", "the rating scale has the label {label} twice"
                                            ).format(label=repr(text)))
        seen[text.casefold()] = text
        value = _float(label.value, translate("Errors", "the rating value of {label}").format(
            label=repr(text)))
        if value is not None and best is not None and worst is not None and not (
                min(best, worst) <= value <= max(best, worst)):
            raise ValidationError(translate(
                "Errors", "the rating value {value} of {label} lies outside the scale's range"
                " {worst} (worst) to {best} (best)").format(
                value=_number(value), label=repr(text), worst=_number(worst),
                best=_number(best)))
        colour = (label.colour or "").strip() or None
        if colour is not None:
            rgb = parse_colour(colour)
            if rgb is None:
                raise ValidationError(translate(
                    "Errors", "the colour {colour} of {label} is not like #3aa89b").format(
                    colour=repr(colour), label=repr(text)))
            colour = hex_colour(rgb)
        labels.append(RatingLabel(
            label=text, value=value, position=position,
            description=" ".join((label.description or "").split()) or None, colour=colour,
            alternate_name=" ".join((label.alternate_name or "").split()) or text,
            retired=bool(label.retired)))
    if all(label.retired for label in labels):
        raise ValidationError(translate("Errors", "the rating scale {name} has no label left to"
                                        " choose").format(name=repr(name)))
    return RatingScale(id=str(scale.id).strip(), name=name,
                       description=" ".join((scale.description or "").split()) or None,
                       best_rating=best, worst_rating=worst, labels=tuple(labels))


def _float(value: object, what: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(translate("Errors", "{what} must be a number").format(what=what))
    try:
        number = float(value)  # type: ignore[arg-type]  # any object: float() says if it is not a number
    except (TypeError, ValueError):
        raise ValidationError(translate("Errors", "{what} must be a number, not {value}").format(
            what=what, value=repr(value))) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise ValidationError(translate("Errors", "{what} must be a finite number").format(
            what=what))
    return number


def _number(value: float | None) -> float | int | None:
    """Whole numbers as ints in JSON (5, not 5.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
