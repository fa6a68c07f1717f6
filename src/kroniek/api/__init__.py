"""The read-only REST API of kroniek (FastAPI)."""

from __future__ import annotations

from .app import create_app
from .security import require_token

__all__ = ["create_app", "require_token"]
