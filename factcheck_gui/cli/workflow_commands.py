"""`workflow`: show or change the database's workflow rules (core/workflow.py)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from factcheck_gui.cli.output import emit_json, tsv
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import MAX_SOURCES


def cmd_workflow(store: Store, args: argparse.Namespace) -> int:
    rules = store.workflow.workflow_rules()
    changes = {}
    for option, key in (("rules", "enabled"), ("second_reviewer", "second_reviewer"),
                        ("publishes", "publishes")):
        value = getattr(args, option)
        if value is not None:
            changes[key] = value == "on"
    if args.min_sources is not None:
        if not 0 <= args.min_sources <= MAX_SOURCES:
            raise ValidationError(f"--min-sources must be between 0 and {MAX_SOURCES}")
        changes["min_sources"] = args.min_sources
    if changes:
        rules = replace(rules, **changes)
        store.workflow.set_workflow_rules(rules)
    if args.json:
        emit_json(rules.to_setting())
        return 0
    on = {True: "on", False: "off"}
    tsv("rules", on[rules.enabled])
    tsv("min_sources", rules.min_sources)
    tsv("second_reviewer", on[rules.second_reviewer])
    tsv("publishes", on[rules.publishes])
    return 0
