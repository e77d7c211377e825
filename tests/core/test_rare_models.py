"""core/rare_models.py: the objects core.models hands out on first use."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

from factcheck_gui.core import models, rare_models


def test_core_models_hands_out_every_rare_model_by_its_name() -> None:
    defined = {name for name, value in vars(rare_models).items()
               if dataclasses.is_dataclass(value) and value.__module__ == rare_models.__name__}
    assert defined == models._RARE
    for name in defined:
        assert getattr(models, name) is getattr(rare_models, name)


def test_importing_core_models_makes_none_of_them() -> None:
    code = ("import sys, factcheck_gui.core.models;"
            "print('factcheck_gui.core.rare_models' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"
