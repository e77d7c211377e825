"""Nothing is told by colour alone: stacked parts and their legend carry a pattern,
and the library's status bar is in words for screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from factcheck_gui.core.overview import TimeBucket
from factcheck_gui.ui.overview.timeline import Series, TimelineChart
from factcheck_gui.ui.widgets.patterns import PATTERNS, fill_patterned


def _swatch(colour: QColor, index: int) -> QImage:
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    fill_patterned(painter, QRect(0, 0, 24, 24), colour, index)
    painter.end()
    return image


def test_one_colour_still_gives_series_apart() -> None:
    grey = QColor("#808080")
    images = [_swatch(grey, i) for i in range(len(PATTERNS))]
    assert len({image.bits().tobytes() for image in images}) == len(PATTERNS)


def test_the_hatching_shows_on_light_and_dark_colours() -> None:
    for colour in ("#f0f0f0", "#202020", "#3a9a6e"):
        image = _swatch(QColor(colour), 1)
        assert len({image.pixel(x, y) for x in range(24) for y in range(24)}) >= 2


def test_the_timeline_columns_carry_the_patterns(qtbot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    same = QColor("#4f86c6")  # the worst case: two series of one colour
    chart.set_data([TimeBucket(date(2026, 1, 5), date(2026, 1, 12), {"a": 3, "b": 3})],
                   [Series("a", "Alpha", same), Series("b", "Beta", same)], "week")
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    slot = chart.column_rect(0)
    column = [QColor(image.pixel(x, y)).rgb() for x in range(slot.left(), slot.right())
              for y in range(slot.top(), slot.bottom())]
    plain = column.count(same.rgb())
    hatched = [c for c in column if c != same.rgb() and c != column[0]]
    assert plain and hatched  # the first part plain, the second hatched over one colour


def test_the_library_bar_is_described_in_words(open_window, db_path) -> None:
    from factcheck_gui.core.store import Store
    from tests.ui.claims.test_highlights_and_table import add_claims

    store = Store.open(db_path, reviewer="ann")
    add_claims(store)
    store.close()
    window = open_window()
    model = window.library.view.model()
    said = model.index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert said.endswith("Claims by status: To check 1 · Needs review 1 · Final 1")
