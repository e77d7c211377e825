"""CLI `scale`: list, show, use and export rating scales (headless)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck_gui.cli.output import emit_json, tsv
from factcheck_gui.core.contrast import problems
from factcheck_gui.core.errors import FactcheckError, ValidationError
from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.scales import load_preset, preset_names, preset_or_file, scale_to_json
from factcheck_gui.core.store import Store, UnaccountedLabelsError
from factcheck_gui.core.store.scales import claims
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.json_text import safe_dumps


def add_scale_parser(command, common: argparse.ArgumentParser) -> None:
    """`scale list|show|use|export` (called from cli/parser.py)."""
    p = command("scale", "the database's rating scale: list presets, show, change, export")
    sub = p.add_subparsers(dest="scale_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[common],
                             help="presets and the database's scale (* marks the active one)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    show = sub.add_parser("show", parents=[common],
                          help="the active scale's labels: key, label, value, claims, colour")
    show.add_argument("--json", action="store_true", help="the scale as a preset-style file")
    use = sub.add_parser(
        "use", parents=[common],
        help="make a preset or a scale file the active scale; verdicts in use that it lacks "
             "must be mapped (--map) or kept as retired labels (--keep-retired)")
    use.add_argument("scale", metavar="PRESET|FILE.json")
    use.add_argument("--map", action="append", default=[], metavar="OLD=NEW",
                     help="rewrite the claims with verdict OLD to NEW (repeatable)")
    use.add_argument("--keep-retired", action="append", nargs="?", const=True, default=[],
                     metavar="LABEL",
                     help="keep LABEL (without a LABEL: every verdict in use that the scale "
                          "lacks) as a retired label: still shown and exported, not offered")
    use.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    export = sub.add_parser("export", parents=[common],
                            help="write the active scale as a JSON file `scale use` reads")
    export.add_argument("out", metavar="FILE", help="output file; - for stdout")


def cmd_scale(store: Store, args: argparse.Namespace) -> int:
    return {"list": _list, "show": _show, "use": _use, "export": _export}[
        args.scale_command](store, args)


def _list(store: Store, args: argparse.Namespace) -> int:
    active = store.scales.active_scale()
    entries = []
    own = active is not None
    for name in preset_names():
        preset = load_preset(name)
        is_active = active is not None and active == preset
        own = own and not is_active
        entries.append({"name": name, "title": preset.name, "labels": len(preset.labels),
                        "active": is_active, "kind": "preset"})
    if active is not None and own:  # edited, or from a file
        entries.append({"name": active.id, "title": active.name, "labels": len(active.labels),
                        "active": True, "kind": "database"})
    if args.json:
        emit_json(entries)
        return 0
    for entry in entries:
        tsv("*" if entry["active"] else " ", entry["name"], entry["title"],
            f"{entry['labels']} labels" + (" (this database's own)"
                                           if entry["kind"] == "database" else ""))
    return 0


def _show(store: Store, args: argparse.Namespace) -> int:
    scale = _active(store)
    if args.json:
        emit_json(scale_to_json(scale))
        return 0
    usage = store.scales.verdict_usage()
    print(f"{scale.name} ({scale.id}): best {_num(scale.best_rating)},"
          f" worst {_num(scale.worst_rating)}")
    key = 0
    for label in scale.labels:
        if not label.retired:
            key += 1
        notes = [f.describe() for f in problems(label.colour)] if label.colour else []
        tsv(str(key) if not label.retired and key <= 9 else "-", label.label,
            _num(label.value), claims(usage.get(label.label, 0)), label.colour or "",
            "retired" if label.retired else "", "; ".join(notes))
    return 0


def _use(store: Store, args: argparse.Namespace) -> int:
    new = preset_or_file(args.scale)
    mapping = {}
    for item in args.map:
        old, sep, target = item.partition("=")
        if not sep or not old.strip() or not target.strip():
            raise ValidationError(f"--map {item!r} should look like OLD=NEW")
        mapping[old.strip()] = target.strip()
    keep: list[str] | bool = True if True in args.keep_retired else [
        k for k in args.keep_retired if isinstance(k, str)]
    try:
        if args.dry_run:
            stored, resolved, unaccounted = store.scales.plan_scale_change(
                new, mapping=mapping, keep_retired=keep)
            if unaccounted:
                raise UnaccountedLabelsError(stored, unaccounted)
            usage = store.scales.verdict_usage()
            for old, target in resolved.items():
                tsv("map", old, target, claims(usage.get(old, 0)))
            for label in stored.labels[len(new.labels):]:
                tsv("retire", label.label, "", claims(usage.get(label.label, 0)))
            return 0
        change = store.scales.change_scale(new, mapping=mapping, keep_retired=keep)
    except UnaccountedLabelsError as error:
        hint = _hint(store, new, error.labels)
        raise ValidationError(f"{error}{hint}") from None
    relabelled = len(change.relabelled)
    kept = ", ".join(change.kept_retired)
    print(f"active scale: {change.new.name} ({change.new.id}); {claims(relabelled)} relabelled"
          + (f"; kept as retired: {kept}" if kept else ""))
    return 0


def _hint(store: Store, new: RatingScale, labels: dict[str, int]) -> str:
    """` (e.g. --map 'Mostly true=Mostly True' ...)`: the near twins, else the options."""
    twins = [f"--map '{old}={twin.label}'" for old in labels
             if (twin := new.find(old)) is not None]
    if twins:
        return f" (e.g. {' '.join(twins)}, or --keep-retired)"
    return " (with --map OLD=NEW, or --keep-retired)"


def _export(store: Store, args: argparse.Namespace) -> int:
    scale = _active(store)
    text = safe_dumps(scale_to_json(scale), indent=2) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    out = Path(args.out).expanduser()
    try:
        with atomic_write(out) as handle:
            handle.write(text.encode("utf-8"))
    except OSError as error:
        raise FactcheckError(f"cannot write {out}: {error.strerror or error}") from error
    print(f"wrote the scale {scale.name!r} to {out}", file=sys.stderr)
    return 0


def _active(store: Store) -> RatingScale:
    scale = store.scales.active_scale()
    if scale is None:
        raise ValidationError("this database has no rating scale")
    return scale


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else str(value)


SCALE_HANDLERS = {"scale": cmd_scale}
