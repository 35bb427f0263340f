#!/usr/bin/env python3
"""Assembles the static site in dist/ from web/, assets/ and the compiled app.

Besides copying, it makes what depends on the content: the subset fonts, the web app manifests
and icons in the brand's colours, the single-file edition for USB sticks and e-mail
(phasecheck-offline.html), and the service worker whose cache name is a hash of every file it
caches. Run by the build (cmake/web.cmake); standard library only.
"""
import argparse
import base64
import hashlib
import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

# What the service worker caches: everything the app needs, not the extras around it.
PRECACHE_EXCLUDE = {"sw.js", "phasecheck-offline.html", "embed.js"}
PRECACHE_EXCLUDE_DIRS = {"examples"}


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def subset_fonts(root: Path, build: Path, out: Path) -> None:
    script = root / "scripts/subset-font.sh"
    for weight in ("Regular", "SemiBold"):
        cached = build / "fonts" / f"Inter-{weight}.otf"
        if not cached.exists() or cached.stat().st_mtime < script.stat().st_mtime:
            subprocess.run([str(script), weight, str(cached)], check=True)
        copy(cached, out / "fonts" / cached.name)


# ---- Icons: a tiny PNG writer, so no imaging library is needed for three bars on a square.

def png(width: int, height: int, pixel) -> bytes:
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def hex_rgb(text: str):
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


def icon(size: int, primary, accent, maskable: bool) -> bytes:
    """The favicon's motif: three rising bars, the last in the accent colour."""
    inset = 0.1 if maskable else 0.0  # maskable icons keep their content in the safe zone
    radius = 0 if maskable else size * 0.22
    scale = 1 - 2 * inset
    bars = [(6, 18, 0.55, None), (13.5, 12, 0.8, None), (21, 6, 1.0, accent)]

    def inside_rounded(x, y):
        cx = min(max(x, radius), size - radius)
        cy = min(max(y, radius), size - radius)
        return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2

    def pixel(x, y):
        if not inside_rounded(x + 0.5, y + 0.5):
            return (0, 0, 0, 0)
        u = ((x + 0.5) / size - inset) / scale * 32
        v = ((y + 0.5) / size - inset) / scale * 32
        for left, top, alpha, colour in bars:
            if left <= u <= left + 5 and top <= v <= 26:
                c = colour or (255, 255, 255)
                return tuple(round(p * (1 - alpha) + q * alpha) for p, q in zip(primary, c)) + (255,)
        return primary + (255,)

    return png(size, size, pixel)


def manifests(out: Path, brand: dict) -> None:
    primary = hex_rgb(brand["colours"]["primary"])
    accent = hex_rgb(brand["colours"]["accent"])
    (out / "icons").mkdir(parents=True, exist_ok=True)
    (out / "icons/icon-192.png").write_bytes(icon(192, primary, accent, False))
    (out / "icons/icon-512.png").write_bytes(icon(512, primary, accent, False))
    (out / "icons/icon-maskable-512.png").write_bytes(icon(512, primary, accent, True))
    icons = [{"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
             {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
             {"src": "icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}]
    texts = {
        "de": ("Phasencheck – In welcher Phase ist Ihr Vertrieb?", "Phasencheck",
               "Skalieren, optimieren oder neu gestalten? Der Selbstcheck für Ihren Vertrieb."),
        "en": ("Sales Phase Check – which phase is your sales team in?", "Phase Check",
               "Scale, optimise or redesign? The self-check for your sales organisation."),
    }
    for lang, (name, short, description) in texts.items():
        manifest = {"name": name, "short_name": short, "description": description, "lang": lang,
                    "start_url": f"./index.html?lang={lang}", "scope": "./", "display": "standalone",
                    "background_color": "#f4f6f9", "theme_color": brand["colours"]["primary"], "icons": icons}
        suffix = "" if lang == "de" else ".en"
        (out / f"manifest{suffix}.webmanifest").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")


# ---- The single file

def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def offline_html(out: Path) -> None:
    b64 = lambda path: base64.b64encode((out / path).read_bytes()).decode()
    inline = {
        "wasm": b64("phasecheck.wasm"),
        "assets": {"questionnaire": b64("questionnaire.json"), "brand": b64("brand.json"),
                   "font-regular": b64("fonts/Inter-Regular.otf"), "font-semibold": b64("fonts/Inter-SemiBold.otf"),
                   "report-css": b64("report.css")},
    }
    scripts = ["window.phasecheckInline = " + json.dumps(inline) + ";",
               (out / "boot.js").read_text(), (out / "phasecheck.js").read_text()]
    style = (out / "app.css").read_text()
    for text in scripts + [style]:
        if "</script" in text.lower() or "</style" in text.lower():
            raise SystemExit("assemble_site: an inlined file contains a closing tag")
    report_style = csp_hash((out / "report.css").read_text())
    csp = ("default-src 'none'; script-src " + " ".join(csp_hash(s) for s in scripts) + " 'wasm-unsafe-eval'; "
           f"style-src {csp_hash(style)} {report_style}; img-src data:; base-uri 'none'; form-action 'none'")
    favicon = "data:image/svg+xml;base64," + b64("favicon.svg")
    html = (out / "index.html").read_text()
    start = html.index('<meta http-equiv="Content-Security-Policy"')
    end = html.index(">", start) + 1
    html = html[:start] + f'<meta http-equiv="Content-Security-Policy" content="{csp}">' + html[end:]
    for line in ('<link rel="manifest" href="manifest.webmanifest">\n',
                 '<link rel="apple-touch-icon" href="icons/icon-192.png">\n'):
        html = html.replace(line, "")
    html = html.replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">', f'<link rel="icon" href="{favicon}">')
    html = html.replace('<link rel="stylesheet" href="app.css">', f"<style>{style}</style>")
    html = html.replace('<script src="boot.js"></script>\n<script src="phasecheck.js" async></script>',
                        "".join(f"<script>{s}</script>\n" for s in scripts))
    if 'src="boot.js"' in html or "app.css" in html:
        raise SystemExit("assemble_site: index.html changed shape; update offline_html()")
    (out / "phasecheck-offline.html").write_text(html)


def service_worker(root: Path, out: Path) -> None:
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                   if p.is_file() and p.name not in PRECACHE_EXCLUDE and p.relative_to(out).parts[0] not in PRECACHE_EXCLUDE_DIRS)
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (out / name).read_bytes())
    template = (root / "web/sw.js").read_text()
    text = template.replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16])).replace("__FILES__", json.dumps(["./"] + files))
    (out / "sw.js").write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--build", type=Path, required=True, help="folder with phasecheck.js/.wasm")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    root, out = args.source, args.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in ("index.html", "app.css", "boot.js", "favicon.svg", "embed.js", "report.css"):
        copy(root / "web" / name, out / name)
    for path in (root / "web/examples").iterdir():
        copy(path, out / "examples" / path.name)
    for name in ("questionnaire.json", "brand.json"):
        copy(root / "assets" / name, out / name)
    for name in ("phasecheck.js", "phasecheck.wasm"):
        copy(args.build / name, out / name)
    subset_fonts(root, args.build, out)
    brand = json.loads((root / "assets/brand.json").read_text())
    index = out / "index.html"
    html = index.read_text().replace('name="theme-color" content="#1d4e89"',
                                     f'name="theme-color" content="{brand["colours"]["primary"]}"')
    # The printed report is written into a new tab and inherits this policy: allow its one <style>.
    html = html.replace("style-src 'self';", f"style-src 'self' {csp_hash((out / 'report.css').read_text())};")
    index.write_text(html)
    manifests(out, brand)
    offline_html(out)
    service_worker(root, out)


if __name__ == "__main__":
    main()
