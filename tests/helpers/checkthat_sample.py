"""A tiny invented debate data set in the CheckThat! 2019 layout (training/ and
test/ of `line_number<TAB>speaker<TAB>text<TAB>label`), for the suite's run of
the claim finder's evaluation and training. Every line is made up."""

from __future__ import annotations

from pathlib import Path

_DEBATES = {
    "training/20200101_first.tsv": [
        ("HOST", "Good evening and welcome to the first debate.", 0),
        ("HOST", "Governor, what would you do about housing costs?", 0),
        ("PARKER", "Thank you for having me.", 0),
        ("PARKER", "Rents in this state rose by 40 percent in five years.", 1),
        ("PARKER", "We built fewer homes last year than in any year since 1995.", 1),
        ("PARKER", "I believe families deserve better.", 0),
        ("SYSTEM", "(APPLAUSE)", 0),
        ("HOST", "Senator, your response?", 0),
        ("LANE", "My opponent is not telling you the whole story.", 0),
        ("LANE", "Our plan cut waiting lists by half and saved 3 billion dollars.", 1),
        ("LANE", "That is a fact.", 0),
        ("HOST", "Thank you both.", 0),
    ],
    "training/20200115_second.tsv": [
        ("HOST", "Welcome back to the second debate.", 0),
        ("HOST", "Let us turn to jobs.", 0),
        ("LANE", "Unemployment fell to 4 percent, the lowest level in twenty years.", 1),
        ("LANE", "We should be proud of that.", 0),
        ("PARKER", "Wages have not kept up with prices.", 0),
        ("PARKER", "The average worker lost 2,000 dollars a year since 2016.", 1),
        ("PARKER", "I think we can do better.", 0),
        ("HOST", "Why should voters trust you?", 0),
        ("LANE", "Because I kept my promises.", 0),
        ("SYSTEM", "(LAUGHTER)", 0),
    ],
    "test/20200201_third.tsv": [
        ("HOST", "Good evening.", 0),
        ("HOST", "What about the hospitals?", 0),
        ("PARKER", "Waiting times doubled while the budget was cut by 10 percent.", 1),
        ("PARKER", "It is a scandal.", 0),
        ("LANE", "Hospital funding rose every year since 2015.", 1),
        ("LANE", "Thank you.", 0),
        ("SYSTEM", "(APPLAUSE)", 0),
        ("HOST", "Thank you both.", 0),
    ],
    "test/20200215_fourth.tsv": [
        ("HOST", "Welcome to the final debate.", 0),
        ("LANE", "Crime fell by 12 percent in our cities last year.", 1),
        ("LANE", "I am proud of our police.", 0),
        ("PARKER", "That is simply not true.", 0),
        ("PARKER", "Burglaries rose to 80,000, the highest number in a decade.", 1),
        ("HOST", "Closing statements, please.", 0),
    ],
}


def write_sample(root: Path) -> Path:
    """Write the sample under `root` (CRLF line ends, as the lab's files have)."""
    for name, lines in _DEBATES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [f"{i}\t{s}\t{t}\t{label}" for i, (s, t, label) in enumerate(lines, start=1)]
        path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    return root
