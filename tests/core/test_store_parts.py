"""The store is one object made of parts that are given what they need."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factcheck_gui.core.errors import DatabaseError
from factcheck_gui.core.store import Store

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck_gui"
REPO = PACKAGE.parent


def test_closed_is_public_and_a_closed_store_says_so(db_path: Path) -> None:
    store = Store.open(db_path)
    assert not store.closed
    store.close()
    assert store.closed
    store.close()  # twice is fine
    with pytest.raises(DatabaseError, match="is closed"):
        store.claims.list_claims()


def test_parts_share_one_transaction(store: Store, article) -> None:
    """A batch spans parts: a failure in one rolls back what another wrote."""
    count = len(store.claims.list_claims())
    with pytest.raises(DatabaseError), store.batch():
        claim = store.claims.add_claim(article.id, 0, 3)
        store.sources.add_source(claim.id, "https://example.org/a")
        store.sources.add_source(claim.id, "https://example.org/b", source_id=claim.id)
        store.sources.add_source(claim.id, "https://example.org/c", source_id=claim.id)
    assert len(store.claims.list_claims()) == count


def test_no_store_class_inherits_from_another_of_ours() -> None:
    """Parts are composed, not mixed in."""
    for path in (PACKAGE / "core" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(base) for base in node.bases]
            ours = [b for b in bases if not b.endswith(("Error", "Exception"))]
            assert not ours, f"{path.name}: class {node.name}({', '.join(bases)})"


def test_no_type_ignore_between_parts() -> None:
    for path in (PACKAGE / "core" / "store").glob("*.py"):
        assert "ignore[attr-defined]" not in path.read_text(encoding="utf-8"), path.name
