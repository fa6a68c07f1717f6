"""The web page served by ``kroniek serve``: static HTML, JS and CSS (no build step at runtime).

``static/`` holds the page (index.html, app.js, style.css), the offline base map
(``basemap.geojson``, built by :mod:`kroniek.web.build_basemap` from Natural Earth) and the
vendored Leaflet and Swagger UI files (each with its LICENSE and SOURCE.txt).
"""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
INDEX_HTML = STATIC_DIR / "index.html"
DOCS_HTML = STATIC_DIR / "docs.html"
BASEMAP = STATIC_DIR / "basemap.geojson"

__all__ = ["STATIC_DIR", "INDEX_HTML", "DOCS_HTML", "BASEMAP"]
