"""The window is assembled, not inherited: no class in ui/ has more than one base
class of ours (features are controllers handed what they need, not mixins)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import factcheck_gui.ui


def _our_classes() -> list[type]:
    classes = []
    for module_info in pkgutil.walk_packages(factcheck_gui.ui.__path__, "factcheck_gui.ui."):
        module = importlib.import_module(module_info.name)
        classes += [obj for _name, obj in inspect.getmembers(module, inspect.isclass)
                    if obj.__module__ == module.__name__]
    return classes


def test_no_ui_class_has_more_than_one_base_of_ours(qapp) -> None:
    classes = _our_classes()
    assert len(classes) > 50  # the walk found the package
    mixed = {cls.__qualname__: [b.__name__ for b in cls.__bases__
                                if b.__module__.startswith("factcheck_gui.")]
             for cls in classes}
    assert {name: bases for name, bases in mixed.items() if len(bases) > 1} == {}
