"""Runtime assets (rating scales, the sample article, icons), shipped in the wheel
as the data package factcheck_gui.resources; see factcheck_gui/assets.py."""
