"""The rating-scale presets in the user's language.

A preset is offered with its name, labels and descriptions translated; the scale a
database is given keeps the words it was made with (they are stored, and verdicts
refer to them), so switching the window's language later renames nothing.

`PRESET_TEXTS` lists every text of resources/scales/*.json for lupdate (a test
checks that none is missing when a preset is added or reworded).
"""

from __future__ import annotations

from dataclasses import replace

from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.scales import load_preset
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

PRESET_TEXTS = (
    QT_TRANSLATE_NOOP("ScalePresets", "Plain six-point scale"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "A general-purpose scale running from True (5) down to False (1), with "
        "Misleading in the middle at 3; Unverifiable has no rating value "
        "because it judges the evidence, not the claim.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "True"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is accurate and nothing important has been left out.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Mostly true"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is right in substance but needs a small correction or a "
        "missing detail.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Misleading"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The facts may be correct, but the way they are used leaves a false "
        "impression.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Mostly false"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim holds a grain of truth, but its central point is wrong.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "False"),
    QT_TRANSLATE_NOOP("ScalePresets", "The claim is wrong."),
    QT_TRANSLATE_NOOP("ScalePresets", "Unverifiable"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The evidence that can be reached does not show whether the claim is "
        "true or false.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "FEVER research labels"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The three labels of the FEVER fact-extraction and verification task: "
        "Supported (2) and Refuted (1), with Not Enough Info left without a "
        "rating value.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Supported"),
    QT_TRANSLATE_NOOP("ScalePresets", "The evidence found confirms the claim."),
    QT_TRANSLATE_NOOP("ScalePresets", "Refuted"),
    QT_TRANSLATE_NOOP("ScalePresets", "The evidence found contradicts the claim."),
    QT_TRANSLATE_NOOP("ScalePresets", "Not Enough Info"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The evidence found neither confirms nor contradicts the claim.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Platform fact-checking programme"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "Labels used by fact-checkers who work with social-media platforms, "
        "rated from True (4) through Missing Context (3) and Partly False (2) "
        "to False and Altered (both 1); Satire has no rating value because it "
        "is not a claim of fact.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "The content has no basis in fact."),
    QT_TRANSLATE_NOOP("ScalePresets", "Altered"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "An image, audio or video has been edited or generated in a way that "
        "misleads.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Partly False"),
    QT_TRANSLATE_NOOP("ScalePresets", "The content contains some factual errors."),
    QT_TRANSLATE_NOOP("ScalePresets", "Missing Context"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The content could mislead without more context, even though it is not "
        "false as such.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Satire"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The content is humour or parody, not a statement of fact, though some "
        "readers may take it as one.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "The content is factually accurate."),
    QT_TRANSLATE_NOOP("ScalePresets", "Snopes-style scale"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "Five graded steps from True (5) down to False (1), with Mixture at 3, "
        "plus Unproven and Outdated, which have no rating value because they "
        "describe the state of the evidence rather than the truth of the claim.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "The main elements of the claim are shown to be true."),
    QT_TRANSLATE_NOOP("ScalePresets", "Mostly True"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The main point is correct, but some details are inaccurate or cannot "
        "be confirmed.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Mixture"),
    QT_TRANSLATE_NOOP("ScalePresets", "The claim combines significant true and false elements."),
    QT_TRANSLATE_NOOP("ScalePresets", "Mostly False"),
    QT_TRANSLATE_NOOP("ScalePresets", "The main point is wrong, though some details are accurate."),
    QT_TRANSLATE_NOOP("ScalePresets", "The main elements of the claim are shown to be false."),
    QT_TRANSLATE_NOOP("ScalePresets", "Unproven"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "There is not enough evidence to settle the claim either way, or the "
        "evidence conflicts.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Outdated"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim was accurate, or at least open, at one time, but later "
        "events have overtaken it.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Six-step truth meter"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "A graded meter from True (6) down to Outrageously False (1); every "
        "step has a rating value, and the last one is kept for claims that are "
        "not only false but absurd or reckless.",
    ),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is accurate and no significant information is missing.",
    ),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is accurate but needs clarification or extra information.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "Half True"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is partly accurate but leaves out important details or takes "
        "things out of context.",
    ),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim has an element of truth but ignores facts that would change "
        "the impression it gives.",
    ),
    QT_TRANSLATE_NOOP("ScalePresets", "The claim is not accurate."),
    QT_TRANSLATE_NOOP("ScalePresets", "Outrageously False"),
    QT_TRANSLATE_NOOP(
        "ScalePresets",
        "The claim is not accurate and is also absurd, reckless or wildly "
        "exaggerated.",
    ),
)


def preset_text(text: str | None) -> str | None:
    """A preset's text in the user's language (as it is when there is no translation)."""
    return translate("ScalePresets", text) if text else text


def translated_preset(name: str) -> RatingScale:
    """The named preset with its name, labels and descriptions translated."""
    scale = load_preset(name)
    labels = tuple(replace(label, label=preset_text(label.label) or label.label,
                           alternate_name=preset_text(label.alternate_name),
                           description=preset_text(label.description))
                   for label in scale.labels)
    return replace(scale, name=preset_text(scale.name) or scale.name,
                   description=preset_text(scale.description), labels=labels)
