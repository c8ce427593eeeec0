"""Imports flow one way: ingest -> clean -> nlp -> quotes/actors -> events -> store -> api/web.

Read from the source with ``ast`` so a wrong-way import fails here, not in a Dask worker.
"""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "communique"
BOTTOM = {"records", "settings", "errors", "resources"}
# For each layer, the layers it may import (besides itself and the bottom).
ALLOWED: dict[str, set[str]] = {
    "ingest": set(),
    "clean": {"ingest"},
    "nlp": set(),
    "quotes": {"nlp"},
    "actors": {"nlp"},
    "events": {"nlp", "actors"},
    "pipeline": {"ingest", "clean", "nlp", "quotes", "actors", "events"},
    # The store reads the one score table (events.scores) and nothing else of the stages.
    "store": {"events.scores"},
    "scale": {"pipeline", "store", "ingest"},
    "evaluate": {"pipeline", "clean.document", "ingest", "clean", "nlp", "events.scores"},
    "cli": {"cli", "pipeline", "store", "evaluate", "scale", "api", "web"},
    "api": {"pipeline", "store", "web", "events.scores"},
    "web": {"store", "events.scores"},
}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("communique.")}


def _allowed(src_layer: str, target: str) -> bool:
    tgt = target.split(".", 1)[1]
    tgt_layer = tgt.split(".")[0]
    if tgt_layer in BOTTOM or tgt_layer == src_layer:
        return True
    allowed = ALLOWED.get(src_layer, set())
    return any(tgt == a or tgt.startswith(a + ".") or tgt_layer == a for a in allowed)


def test_imports_follow_the_layers() -> None:
    wrong = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        module = ".".join(rel.parts)
        layer = _layer(module)
        if layer in BOTTOM or layer in {"__init__", ""}:
            if layer in BOTTOM:
                bad = [m for m in _imports(path) if _layer(m) not in BOTTOM]
                wrong += [f"{module} -> {m}" for m in bad]
            continue
        for target in _imports(path):
            if not _allowed(layer, target):
                wrong.append(f"{module} -> {target}")
    assert not wrong, "imports against the layer order:\n" + "\n".join(wrong)


def test_quotes_and_actors_stay_apart() -> None:
    for a, b in (("quotes", "actors"), ("actors", "quotes")):
        for path in (PKG / a).rglob("*.py"):
            assert not any(m.startswith(f"communique.{b}") for m in _imports(path)), path
