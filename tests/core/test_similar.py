"""Claim memory: candidates, fuzzy matching, copied judgements, dismissed suggestions."""

from __future__ import annotations

import pytest

from factcheck_gui.core.errors import NotFoundError, ValidationError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.similar import normalise, similar_claims, similar_to_text
from factcheck_gui.core.store import Store

EARLIER = ("Unemployment in the region fell to 3.9% in the third quarter. "
           "Unemployment in the region rose to 5.2% in the first quarter. "
           "The new stadium cost £450m, almost double the original estimate.")
LATER = "The regional unemployment rate dropped to 3.9 per cent in the third quarter."


def _claim(store: Store, article_id: str, text: str, quote: str, **fields):
    start = text.index(quote)
    return store.claims.add_claim(article_id, start, start + len(quote), **fields)


@pytest.fixture
def library(store: Store):
    old = store.articles.add_article(NewArticle(title="Jobs report", text=EARLIER,
                                                published="2026-06-01"))
    fell = _claim(store, old.id, EARLIER, "Unemployment in the region fell to 3.9% in the "
                  "third quarter.", verdict="True", rationale="ONS table 4.")
    rose = _claim(store, old.id, EARLIER, "Unemployment in the region rose to 5.2% in the "
                  "first quarter.", verdict="False")
    stadium = _claim(store, old.id, EARLIER, "The new stadium cost £450m, almost double the "
                     "original estimate.")
    store.sources.add_source(fell.id, "https://example.org/ons", title="Labour market",
                             stance="supports")
    new = store.articles.add_article(NewArticle(title="Jobless rate", text=LATER))
    later = _claim(store, new.id, LATER, LATER)
    return {"fell": fell, "rose": rose, "stadium": stadium, "later": later, "old": old}


def test_normalise_writes_figures_one_way() -> None:
    assert normalise("Fares rose 18 per cent") == normalise("fares ROSE 18%")
    assert normalise("It cost £4.2m.") == "it cost 4.2 million pounds"
    assert normalise("1,400 workers; twelve sites") == "1400 workers 12 sites"
    assert normalise("Zoë’s café") == "zoe cafe"


def test_finds_the_paraphrase_first_and_never_itself(store: Store, library) -> None:
    found = similar_claims(store, library["later"].id)
    ids = [f.claim_id for f in found]
    assert ids[0] == library["fell"].id
    assert library["later"].id not in ids
    first = found[0]
    assert first.verdict == "True" and first.article_title == "Jobs report"
    assert first.article_published == "2026-06-01" and 0 < first.score <= 1
    # Same words, other figures: ranked below the paraphrase if shown at all.
    if library["rose"].id in ids:
        assert ids.index(library["rose"].id) > 0
    assert library["stadium"].id not in ids


def test_free_text_query_and_nothing_to_find(store: Store, library) -> None:
    assert similar_to_text(store, "stadium cost 450 million pounds")[0].claim_id == (
        library["stadium"].id)
    assert similar_to_text(store, "the of and") == []
    assert similar_to_text(store, "") == []
    assert similar_to_text(store, 'zebra "crossings" OR NOT *') == []


def test_candidate_claims_is_an_or_search_without_the_claim_itself(store: Store,
                                                                   library) -> None:
    found = store.memory.candidate_claims(["stadium", "unemployment"], limit=10)
    assert {c.claim_id for c in found} == {library[k].id for k in
                                           ("fell", "rose", "stadium", "later")}
    found = store.memory.candidate_claims(["unemployment"], exclude_id=library["fell"].id)
    assert {c.claim_id for c in found} == {library["rose"].id, library["later"].id}
    assert store.memory.candidate_claims([]) == []
    # Search syntax in the words is just text.
    assert isinstance(store.memory.candidate_claims(["3.9%", "U.S.", '"quoted"', "OR", "*"]), list)


def test_copy_judgement_copies_and_is_recorded(store: Store, library) -> None:
    later, fell = library["later"], library["fell"]
    copied = store.memory.copy_judgement(fell.id, later.id)
    assert copied.claim.verdict == "True" and copied.claim.rationale == "ONS table 4."
    sources = store.sources.list_sources(later.id)
    assert [s.url for s in sources] == ["https://example.org/ons"]
    assert sources[0].title == "Labour market" and sources[0].stance.value == "supports"
    events = store.events.for_claim(later.id)
    copy = next(e for e in events if e.action == "copy")
    assert copy.after["copied_from"] == fell.id
    assert copy.before == {"verdict": None, "rationale": None}
    assert any(e.action == "create" and e.entity == "source" for e in events)
    # Copying again adds no duplicate source.
    assert store.memory.copy_judgement(fell.id, later.id).added_source_ids == ()
    assert len(store.sources.list_sources(later.id)) == 1


def test_revert_copied_judgement_restores_the_claim(store: Store, library) -> None:
    later = store.claims.update_claim(library["later"].id, rationale="My own notes")
    copied = store.memory.copy_judgement(library["fell"].id, later.id)
    restored = store.memory.revert_copied_judgement(copied)
    assert restored.verdict is None and restored.rationale == "My own notes"
    assert store.sources.list_sources(later.id) == []


def test_copy_judgement_again_can_reuse_the_source_ids(store: Store, library) -> None:
    """Redo after undo in the window: the copied sources come back as they were."""
    later, fell = library["later"], library["fell"]
    copied = store.memory.copy_judgement(fell.id, later.id)
    ids = {s.url: s.id for s in store.sources.list_sources(later.id)}
    store.memory.revert_copied_judgement(copied)
    again = store.memory.copy_judgement(fell.id, later.id, source_ids=ids)
    assert again.added_source_ids == copied.added_source_ids
    assert {s.url: s.id for s in store.sources.list_sources(later.id)} == ids


def test_copy_judgement_refusals(store: Store, library) -> None:
    with pytest.raises(ValidationError, match="own judgement"):
        store.memory.copy_judgement(library["fell"].id, library["fell"].id)
    with pytest.raises(ValidationError, match="no verdict, rationale or sources"):
        store.memory.copy_judgement(library["stadium"].id, library["later"].id)
    with pytest.raises(NotFoundError):
        store.memory.copy_judgement("missing", library["later"].id)
    assert store.claims.get_claim(library["later"].id).verdict is None


def test_dismissed_suggestions_are_kept_per_article(store: Store, library) -> None:
    old = library["old"]
    store.memory.dismiss_suggestion(old.id, "The new  stadium cost £450m.")
    store.memory.dismiss_suggestion(old.id, "The new stadium cost £450m.")  # once is enough
    assert store.memory.dismissed_suggestions(old.id) == {"The new stadium cost £450m."}
    assert store.memory.dismissed_suggestions(library["later"].article_id) == set()
    store.memory.undismiss_suggestion(old.id, "The new stadium cost £450m.")
    assert store.memory.dismissed_suggestions(old.id) == set()
    store.memory.dismiss_suggestion(old.id, "Something else entirely.")
    store.articles.delete_article(old.id)
    assert store.memory.dismissed_suggestions(old.id) == set()
    with pytest.raises(NotFoundError):
        store.memory.dismiss_suggestion("missing", "A sentence.")


def test_segmenter_and_fuzzy_matcher_load_only_when_used() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import factcheck_gui.cli.commands, factcheck_gui.core.suggest, "
        "factcheck_gui.core.similar\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('syntok', 'rapidfuzz'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
