"""Rating-scale presets shipped in `resources/scales/*.json`."""

from __future__ import annotations

import json

from factcheck_gui.assets import resources_dir
from factcheck_gui.core.models import RatingLabel, RatingScale

DEFAULT_SCALE = "default"


def preset_names() -> list[str]:
    return sorted(path.stem for path in (resources_dir() / "scales").glob("*.json"))


def load_preset(name: str = DEFAULT_SCALE) -> RatingScale:
    """The named preset, e.g. `default`, `truth-meter`, `fever`."""
    path = resources_dir() / "scales" / f"{name}.json"
    if not path.is_file():
        raise LookupError(f"no rating scale preset {name!r} (have: {', '.join(preset_names())})")
    return scale_from_json(json.loads(path.read_text(encoding="utf-8")), fallback_id=path.stem)


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
