"""Moved to :mod:`kroniek.sources`; kept for ``cli/explain.py`` and ``bench/batch_scaling.py``, which import it."""

from __future__ import annotations

from .sources.article import RawArticle
from .sources.files import read
from .sources.text import headline

__all__ = ["RawArticle", "headline", "read"]
