"""Scoring against gold sets; used by ``communique eval`` and by the CI quality floors."""
