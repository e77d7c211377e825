"""Only the package list lives here; all other metadata is in pyproject.toml.

`resources/` stays at the top of the checkout (where people look for it) and is
shipped inside the wheel as the data package `factcheck_gui.resources`.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["factcheck_gui", "factcheck_gui.*"]),
        "factcheck_gui.resources",
    ],
    package_dir={"factcheck_gui.resources": "resources"},
)
