"""Recipe for the offline base map: Natural Earth countries (world-atlas TopoJSON) -> compact GeoJSON.

Run ``python -m kroniek.web.build_basemap [SOURCE] [OUT]``; by default it reads
``../shared/data/naturalearth/countries-50m.json`` and writes ``static/basemap.geojson``
beside this file (committed as a build output, so the page needs no tile server).

The arcs are decoded from the quantized TopoJSON, simplified with Douglas-Peucker per arc
(shared borders stay shared) and rounded, which keeps the asset well under 2 MB.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[2].parent / "shared" / "data" / "naturalearth" / "countries-50m.json"
DEFAULT_OUT = HERE / "static" / "basemap.geojson"
TOLERANCE = 0.03  # degrees: Douglas-Peucker tolerance
DECIMALS = 2      # rounding of coordinates (about 1 km)

Point = tuple[float, float]


def _decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    transform = topo.get("transform")
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        points: list[Point] = []
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def _perpendicular(p: Point, a: Point, b: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return float(((x - x1) ** 2 + (y - y1) ** 2) ** 0.5)
    return float(abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5)


def simplify(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker (iterative); the end points are always kept."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(indices: Sequence[int], arcs: list[list[Point]]) -> list[list[float]]:
    out: list[list[float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        for n, (x, y) in enumerate(arc):
            if n == 0 and out:
                continue  # the first point repeats the previous arc's last one
            point = [round(x, DECIMALS), round(y, DECIMALS)]
            if not out or out[-1] != point:
                out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def _unwrap(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian, made drawable on a flat map.

    A ring circling the pole (Antarctica) is closed along the pole instead of jumping across the
    map; any other crossing ring (Russia, Fiji) moves its western-hemisphere points east by 360°.
    """
    jumps = [i for i in range(len(ring) - 1) if abs(ring[i + 1][0] - ring[i][0]) > 180]
    if not jumps:
        return ring
    winding = 0.0
    for a, b in zip(ring, ring[1:], strict=False):
        d = b[0] - a[0]
        winding += d - 360 if d > 180 else d + 360 if d < -180 else d
    if abs(winding) > 180 and len(jumps) == 1:
        i = jumps[0]
        a, b = ring[i], ring[i + 1]
        pole = -90.0 if sum(p[1] for p in ring) < 0 else 90.0
        edge_a, edge_b = (180.0 if a[0] > 0 else -180.0), (180.0 if b[0] > 0 else -180.0)
        bridge = [[edge_a, a[1]], [edge_a, pole], [edge_b, pole], [edge_b, b[1]]]
        return ring[:i + 1] + bridge + ring[i + 1:]
    return [[x + 360 if x < 0 else x, y] for x, y in ring]


def _polygon(rings: Sequence[Sequence[int]], arcs: list[list[Point]]) -> list[list[list[float]]]:
    return [_unwrap(r) for r in (_ring(ring, arcs) for ring in rings) if len(r) >= 4]


def build(source: Path, *, tolerance: float = TOLERANCE) -> dict[str, Any]:
    """The base-map GeoJSON FeatureCollection built from a world-atlas countries TopoJSON file."""
    try:
        topo = json.loads(source.read_text(encoding="utf-8"))
        geometries = topo["objects"]["countries"]["geometries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"expected a world-atlas countries TopoJSON file, could not read it ({exc}); "
                         "pass the path of ../shared/data/naturalearth/countries-50m.json",
                         source=str(source)) from None
    arcs = [simplify(a, tolerance) for a in _decode_arcs(topo)]
    features = []
    for g in geometries:
        if g.get("type") == "Polygon":
            polys = [_polygon(g["arcs"], arcs)]
        elif g.get("type") == "MultiPolygon":
            polys = [_polygon(p, arcs) for p in g["arcs"]]
        else:
            continue
        polys = [p for p in polys if p]
        if not polys:
            continue
        geometry = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                    else {"type": "MultiPolygon", "coordinates": polys})
        features.append({"type": "Feature", "id": g.get("id"),
                         "properties": {"name": (g.get("properties") or {}).get("name")},
                         "geometry": geometry})
    return {"type": "FeatureCollection",
            "attribution": "Natural Earth (public domain) via world-atlas (ISC)",
            "features": features}


def write(source: Path = DEFAULT_SOURCE, out: Path = DEFAULT_OUT) -> Path:
    data = build(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    log.info("wrote %s (%d countries, %d bytes)", out, len(data["features"]), out.stat().st_size)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    source = Path(args[0]) if args else DEFAULT_SOURCE
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    write(source, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
