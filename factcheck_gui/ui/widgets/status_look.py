"""How a workflow status looks wherever it is drawn as a colour: the library's
progress bar under each article and the overview's status chart and timeline.
One palette, so that orange means the same status in both."""

from __future__ import annotations

from factcheck_gui.core.models import Status

# Mid-tone colours, readable as bars on light and dark backgrounds alike, and
# told apart by lightness as well as hue (to-check lightest grey, published darkest).
STATUS_COLOURS = {
    Status.TO_CHECK.value: "#9a9fa8",
    Status.IN_PROGRESS.value: "#4f86c6",
    Status.NEEDS_REVIEW.value: "#d08c2b",
    Status.FINAL.value: "#3a9a6e",
    Status.PUBLISHED.value: "#6a55b0",
}
