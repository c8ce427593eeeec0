"""Event coding: PLOVER events (type, mode, CAMEO root, intensity, flags, date, place) with the
sentence that supports each one. ``code_events`` is the pipeline contract; ``scores`` holds the
one score table."""

from communique.events.coder import code_events

__all__ = ["code_events"]
