"""The README stays honest: every command is shown, and its two set-up commands exist."""

import re
from pathlib import Path

import typer.main

from communique.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def _command_names() -> set[str]:
    group = typer.main.get_command(app)
    names = set(group.commands)  # type: ignore[attr-defined]
    return names


def test_every_command_appears_in_the_readme() -> None:
    missing = [n for n in sorted(_command_names()) if f"communique {n}" not in README]
    assert not missing, f"commands not shown in README: {missing}"


def test_readme_set_up_commands_are_make_targets() -> None:
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M), target
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make test" in ci
