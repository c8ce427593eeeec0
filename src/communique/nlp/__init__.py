"""spaCy set-up: one lazily built pipeline per process and model name."""

from communique.nlp.build import make_nlp, paragraph_starts

__all__ = ["make_nlp", "paragraph_starts"]
