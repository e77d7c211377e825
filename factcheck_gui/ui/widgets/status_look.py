"""How a workflow status looks wherever it is drawn as a colour: the library's
progress bar under each article and the overview's status chart and timeline.
One palette, so that orange means the same status in both."""

from __future__ import annotations

from factcheck_gui.core import colours
from factcheck_gui.core.models import Status

# Mid-tone colours, readable as bars on light and dark backgrounds alike (checked
# by core/contrast.py), by status value.
STATUS_COLOURS = {status.value: colours.STATUS_COLOURS[status.value] for status in Status}
