#!/usr/bin/env python3
"""Vendor the page's JavaScript, CSS, font and base map from npm into bilat/api/static/vendor/.

The page served by `bilat serve` loads nothing from the internet: every script,
style sheet, font and the country outlines come from this folder, served from
the same origin (the page's CSP allows scripts from 'self' only). The vendored
files are committed, so neither installing bilat nor CI needs npm; run this
script only to change a version (edit web/package.json, then
`python scripts/vendor_web.py --update-lock`).

    python scripts/vendor_web.py            # npm ci from web/package-lock.json in a temp dir, copy dist files
    python scripts/vendor_web.py --check    # exit 1 when a vendored file differs from what npm gives

Packages (versions pinned in web/package.json and web/package-lock.json):
vis-timeline (standalone UMD build, carries vis-data and moment), leaflet,
leaflet.markercluster, cytoscape, vazirmatn (Persian font), and world-atlas
(Natural Earth 1:110m countries, TopoJSON), converted here to GeoJSON with
topojson-client so the browser needs no converter.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
VENDOR = ROOT / "bilat" / "api" / "static" / "vendor"

# package -> [(path in the package, path under vendor/)]
FILES: dict[str, list[tuple[str, str]]] = {
    "vis-timeline": [
        ("standalone/umd/vis-timeline-graph2d.min.js", "vis-timeline/vis-timeline-graph2d.min.js"),
        ("styles/vis-timeline-graph2d.min.css", "vis-timeline/vis-timeline-graph2d.min.css"),
        ("LICENSE.MIT.txt", "vis-timeline/LICENSE.MIT.txt"),
        ("LICENSE.Apache-2.0.txt", "vis-timeline/LICENSE.Apache-2.0.txt"),
    ],
    "leaflet": [
        ("dist/leaflet.js", "leaflet/leaflet.js"),
        ("dist/leaflet.css", "leaflet/leaflet.css"),
        ("dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
        ("dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
        ("dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
        ("dist/images/layers.png", "leaflet/images/layers.png"),
        ("dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
        ("LICENSE", "leaflet/LICENSE"),
    ],
    "leaflet.markercluster": [
        ("dist/leaflet.markercluster.js", "leaflet.markercluster/leaflet.markercluster.js"),
        ("dist/MarkerCluster.css", "leaflet.markercluster/MarkerCluster.css"),
        ("dist/MarkerCluster.Default.css", "leaflet.markercluster/MarkerCluster.Default.css"),
        ("MIT-LICENCE.txt", "leaflet.markercluster/MIT-LICENCE.txt"),
    ],
    "cytoscape": [
        ("dist/cytoscape.min.js", "cytoscape/cytoscape.min.js"),
        ("LICENSE", "cytoscape/LICENSE"),
    ],
    "vazirmatn": [
        ("fonts/webfonts/Vazirmatn[wght].woff2", "vazirmatn/Vazirmatn-wght.woff2"),
        ("OFL.txt", "vazirmatn/OFL.txt"),
    ],
    "world-atlas": [
        ("LICENSE", "world-atlas/LICENSE"),
    ],
    "topojson-client": [
        ("LICENSE", "topojson-client/LICENSE"),
    ],
}

LICENSES = """# Vendored web assets

Copied from npm by `scripts/vendor_web.py` (versions pinned in `web/package.json`
and `web/package-lock.json`); each package's own licence file sits beside its files.
Nothing here is loaded from the internet: the page serves these files itself.

| package | version | files | licence |
| --- | --- | --- | --- |
{rows}

Notes

- `world-atlas/countries-110m.geojson` is the 1:110m country outlines of
  Natural Earth (public domain), as packaged in
  TopoJSON by world-atlas (ISC) and converted to GeoJSON with topojson-client (ISC)
  at vendoring time.
- Vazirmatn is under the SIL Open Font License 1.1 (`vazirmatn/OFL.txt`); the
  variable font file is renamed (`[wght]` -> `-wght`) and otherwise unchanged.
- vis-timeline's standalone build bundles vis-data, vis-util, moment, hammerjs and
  xss (all MIT) and is dual-licensed Apache-2.0 OR MIT.
"""


def npm_install(tmp: Path, update_lock: bool) -> Path:
    shutil.copy(WEB / "package.json", tmp / "package.json")
    lock = WEB / "package-lock.json"
    if lock.exists() and not update_lock:
        shutil.copy(lock, tmp / "package-lock.json")
        cmd = ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"]
    else:
        cmd = ["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund"]
    print("$", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=tmp, check=True)
    if update_lock:
        shutil.copy(tmp / "package-lock.json", lock)
    return tmp / "node_modules"


def to_geojson(modules: Path, out: Path) -> None:
    """countries-110m.json (TopoJSON) -> GeoJSON FeatureCollection {name, id (ISO 3166 numeric)}, 3 decimals."""
    script = (
        "const t=require('topojson-client');const fs=require('fs');"
        "const topo=JSON.parse(fs.readFileSync(process.argv[1]));"
        "const fc=t.feature(topo, topo.objects.countries);"
        "const r=c=>typeof c[0]==='number'?[Math.round(c[0]*1e3)/1e3,Math.round(c[1]*1e3)/1e3]:c.map(r);"
        "fc.features=fc.features.map(f=>({type:'Feature',id:f.id,properties:{name:f.properties.name},"
        "geometry:{type:f.geometry.type,coordinates:r(f.geometry.coordinates)}}));"
        "fs.writeFileSync(process.argv[2], JSON.stringify(fc));"
    )
    subprocess.run(["node", "-e", script, str(modules / "world-atlas" / "countries-110m.json"), str(out)],
                   cwd=modules.parent, check=True)


def build(dest: Path, update_lock: bool = False) -> dict[str, str]:
    versions: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bilat-vendor-") as t:
        tmp = Path(t)
        modules = npm_install(tmp, update_lock)
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        rows = []
        for pkg, files in FILES.items():
            meta = json.loads((modules / pkg / "package.json").read_text())
            versions[pkg] = meta["version"]
            for src, dst in files:
                target = dest / dst
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(modules / pkg / src, target)
            lic = meta.get("license") or meta.get("licence") or "see licence file"
            shown = ", ".join(f"`{d}`" for _, d in files if not Path(d).name.upper().startswith(("LICEN", "MIT-", "OFL")))
            if pkg == "world-atlas":
                shown = "`world-atlas/countries-110m.geojson`"
            rows.append(f"| {pkg} | {meta['version']} | {shown or '(used at vendoring time)'} | {lic} |")
        geo = dest / "world-atlas" / "countries-110m.geojson"
        to_geojson(modules, geo)
        (dest / "LICENSES.md").write_text(LICENSES.format(rows="\n".join(rows)))
        (dest / "versions.json").write_text(json.dumps(versions, indent=2, sort_keys=True) + "\n")
    return versions


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the vendored files; change nothing")
    ap.add_argument("--update-lock", action="store_true", help="npm install (not ci) and rewrite web/package-lock.json")
    a = ap.parse_args()
    if shutil.which("npm") is None or shutil.which("node") is None:
        print("npm and node are needed to vendor the web assets (apt-get install npm)", file=sys.stderr)
        return 2
    if a.check:
        with tempfile.TemporaryDirectory() as t:
            fresh = Path(t) / "vendor"
            build(fresh)
            cmp = filecmp.dircmp(fresh, VENDOR)
            bad = _diff(cmp)
            for b in bad:
                print("differs:", b)
            return 1 if bad else 0
    versions = build(VENDOR, a.update_lock)
    size = sum(p.stat().st_size for p in VENDOR.rglob("*") if p.is_file())
    print(f"vendored {', '.join(f'{k} {v}' for k, v in versions.items())} -> {VENDOR.relative_to(ROOT)} "
          f"({size / 1e6:.1f} MB)")
    return 0


def _diff(cmp: filecmp.dircmp, prefix: str = "") -> list[str]:
    out = [prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files]
    for name, sub in cmp.subdirs.items():
        out += _diff(sub, prefix + name + "/")
    return out


if __name__ == "__main__":
    sys.exit(main())
