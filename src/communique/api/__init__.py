"""HTTP API: ``create_app(settings, db_path)`` builds the FastAPI app (JSON + dashboard)."""

from communique.api.app import create_app
from communique.api.security import UnsafeBindError

__all__ = ["UnsafeBindError", "create_app"]
