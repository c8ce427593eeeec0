"""Error types. ``InputError`` renders the one-line message the CLI prints for bad input."""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error Communique raises on purpose."""


class InputError(CommuniqueError):
    """A document could not be read: names the file and the reason, on one line."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class SettingsError(CommuniqueError):
    """A settings file or environment variable holds an invalid value."""


class ModelError(CommuniqueError):
    """The configured spaCy model cannot be loaded."""
