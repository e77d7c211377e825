"""Locate runtime assets (`resources/`) in a checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


@cache
def resources_dir() -> Path:
    """The folder that holds sample articles, rating scales and icons."""
    if (_CHECKOUT_RESOURCES / "scales").is_dir():
        return _CHECKOUT_RESOURCES
    from importlib import resources  # an installed package only (it costs start-up time)

    installed = resources.files("factcheck_gui.resources")
    return Path(str(installed))


def resource_path(*parts: str) -> Path:
    """Path of one asset, e.g. `resource_path("scales", "default.json")`."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing application resource: {'/'.join(parts)}")
    return path
