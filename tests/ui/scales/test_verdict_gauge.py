"""The claims table's verdict chip says the verdict by shape as well as by hue."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QImage

from factcheck_gui.core.scales import load_preset
from factcheck_gui.ui.scales.verdict_look import rating_level, verdict_chip


def coloured_columns(image: QImage) -> int:
    """How many pixel columns of the chip's middle row are painted solid."""
    y = image.height() // 2
    return sum(1 for x in range(image.width()) if QColor.fromRgba(image.pixel(x, y)).alpha() > 200)


def test_levels_follow_the_rating_and_unrated_labels_have_none() -> None:
    scale = load_preset("default")
    levels = {label.label: rating_level(label, scale) for label in scale.labels}
    assert levels["True"] == 1.0 and levels["False"] == 0.25
    assert levels["True"] > levels["Mostly true"] > levels["Misleading"] > levels["False"]
    assert levels["Unverifiable"] is None


def test_the_same_colour_at_two_ratings_looks_different(qapp) -> None:
    teal = "#369d91"  # the shape alone must tell them apart
    full = verdict_chip(teal, 1.0).toImage()
    most = verdict_chip(teal, 0.81).toImage()
    low = verdict_chip(teal, 0.25).toImage()
    assert coloured_columns(full) > coloured_columns(most) > coloured_columns(low)
    dot = verdict_chip(teal, None).toImage()
    outline = verdict_chip(teal, None, judged=False).toImage()
    assert dot != outline and coloured_columns(dot) < coloured_columns(full)
    assert coloured_columns(outline) <= 4  # an empty box: only its edges are painted


def test_the_table_shows_the_gauge(open_window) -> None:
    from factcheck_gui.ui.claims.claims_model import VERDICT
    from tests.ui.conftest import select_text

    window = open_window()
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    assert window.claims.create_claim()
    proxy = window.claims_table.proxy
    icon = proxy.index(0, VERDICT).data(1)  # DecorationRole
    assert isinstance(icon, QIcon) and not icon.isNull()
