"""DuckDB storage: ``Store`` (the one writer), near-duplicate clustering, queries and exports.

Only this package writes SQL. Readers call the named functions in ``store.queries``; exporters
register in ``store.export.EXPORTERS``.
"""

from communique.store.store import STORE_SCHEMA, Added, Store, StoreError, Summary

__all__ = ["STORE_SCHEMA", "Added", "Store", "StoreError", "Summary"]
