#!/usr/bin/env python3
"""Assembles the static site in dist/ from web/, assets/ and the compiled app.

Besides copying, it makes what depends on the content: the page's own texts (title, loading and
error messages, banners) and the web app manifests in both languages from the questionnaire's
messages, icons in the brand's colours, the single-file edition for USB sticks and e-mail
(phasecheck-offline.html), and the service worker whose cache name is a hash of every file it
caches, and the compressed copies (X.br, X.gz) a server sends. Run by the build (cmake/web.cmake):
Python's standard library, the pinned terser (scripts/minify, via node), Debian's brotli and zopfli.
"""
import argparse
import base64
import hashlib
import html as html_text
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

# What the service worker caches: everything the app needs, not the extras around it, and never a
# compressed copy (X.br, X.gz): the browser asks for X and the server picks the coding.
PRECACHE_EXCLUDE = {"sw.js", "phasecheck-offline.html", "phasecheck-meeting-offline.html", "embed.js"}
PRECACHE_EXCLUDE_DIRS = {"examples"}
LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"  # the language web/index.html is written in (<html lang="de">)
# What boot.js shows before the content is fetched, or when it cannot be: the page.* messages
# and the app's own error title.
BOOT_TEXT_KEYS = ("ui.error.title",)
BOOT_TEXT_PREFIX = "page."


class Content:
    """The questionnaire's messages, with the values its templates may name at build time."""

    def __init__(self, questionnaire: dict):
        self.messages = questionnaire["messages"]
        self.values = {"count": str(sum(len(s["questions"]) for s in questionnaire["sections"])),
                       "sections": str(len(questionnaire["sections"])),
                       "minutes": str(questionnaire["estimated_minutes"])}

    def text(self, key: str, lang: str) -> str:
        if key not in self.messages:
            raise SystemExit(f"assemble_site: assets/questionnaire.json has no message {key!r}")
        text = self.messages[key][lang]
        for name, value in self.values.items():
            text = text.replace("{" + name + "}", value)
        return text

    def boot_texts(self) -> dict:
        keys = [k for k in self.messages if k.startswith(BOOT_TEXT_PREFIX)] + list(BOOT_TEXT_KEYS)
        return {lang: {key: self.text(key, lang) for key in keys} for lang in LANGUAGES}


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


# What every first visit downloads goes out without what only a reader of the source needs. The
# scripts are minified by terser (scripts/minify: pinned, installed by `make deps-web`), renaming only
# what is local to a function; sw.js too, once its lists are filled in (service_worker()).
MINIFIED_SCRIPTS = ("phasecheck.js", "phasecheck-meeting.js", "boot.js", "mirror.js", "glyphs.js", "embed.js", "renderer.js")
# The style sheet loses its comments and indentation (there is no CSS minifier in the build).
SHIPPED_WITHOUT_COMMENTS = ("app.css",)


def minify_scripts(root: Path, paths: list) -> None:
    tool = root / "scripts/minify"
    if not (tool / "node_modules/terser/package.json").exists():
        raise SystemExit(f"assemble_site: the minifier is not installed in {tool} (make deps-web installs it)")
    subprocess.run(["node", str(tool / "minify.mjs"), *map(str, paths)], check=True)


def css_without_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line for line in (line.strip() for line in text.split("\n")) if line) + "\n"


def compact_json(value) -> str:
    """JSON without whitespace: what the app parses, in the fewest bytes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# The typefaces: the base set every text of the app needs (fetched at start), and the extra set for
# names beyond Western Europe (fetched by boot.js only when a text needs it). Name → (weight, set).
FONTS = {"Inter-Regular.ttf": ("Regular", "base"), "Inter-SemiBold.ttf": ("SemiBold", "base"),
         "Inter-Regular-extra.ttf": ("Regular", "extra"), "Inter-SemiBold-extra.ttf": ("SemiBold", "extra")}


def subset_fonts(root: Path, build: Path, out: Path) -> None:
    script = root / "scripts/subset-font.sh"
    newest_script = max(path.stat().st_mtime for path in (script, root / "scripts/truetype-outlines.py"))
    for name, (weight, glyph_set) in FONTS.items():
        cached = build / "fonts" / name
        if not cached.exists() or cached.stat().st_mtime < newest_script:
            subprocess.run([str(script), weight, str(cached), glyph_set], check=True)
        copy(cached, out / "fonts" / name)


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


def manifests(out: Path, brand: dict, content: Content) -> None:
    primary = hex_rgb(brand["colours"]["primary"])
    accent = hex_rgb(brand["colours"]["accent"])
    (out / "icons").mkdir(parents=True, exist_ok=True)
    (out / "icons/icon-192.png").write_bytes(icon(192, primary, accent, False))
    (out / "icons/icon-512.png").write_bytes(icon(512, primary, accent, False))
    (out / "icons/icon-maskable-512.png").write_bytes(icon(512, primary, accent, True))
    icons = [{"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
             {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
             {"src": "icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}]
    for lang in LANGUAGES:
        manifest = {"name": content.text("page.title", lang), "short_name": content.text("manifest.short_name", lang),
                    "description": content.text("manifest.description", lang), "lang": lang,
                    "start_url": f"./index.html?lang={lang}", "scope": "./", "display": "standalone",
                    "background_color": "#f4f6f9", "theme_color": brand["colours"]["primary"], "icons": icons}
        suffix = "" if lang == DEFAULT_LANGUAGE else "." + lang
        (out / f"manifest{suffix}.webmanifest").write_text(compact_json(manifest))


# ---- The single file

def sri_hash(data: bytes) -> str:
    """A Subresource Integrity value: what a CSP source (quoted) and fetch()'s integrity take."""
    return "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()


def csp_hash(text: str) -> str:
    return f"'{sri_hash(text.encode())}'"


def packed(path: Path) -> str:
    """A file as the single file carries it: gzip-compressed, then base64; boot.js's unpack() reverses
    it. Base64 of the raw bytes would hide most of their repeats from the gzip that the single file
    itself travels in: the check's single file was 379 KB gzip that way (issue #13). The X.gz copy that
    precompress() made is used while it is X's (it carries X's modification time, as scripts/serve.py
    checks), else X is compressed here the same way (an X edited since)."""
    compressed = path.with_name(path.name + ".gz")
    if compressed.is_file() and compressed.stat().st_mtime_ns == path.stat().st_mtime_ns:
        return base64.b64encode(compressed.read_bytes()).decode()
    try:
        done = subprocess.run(dict(COMPRESSORS)["zopfli"] + ["-c", str(path)], capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"assemble_site: zopfli could not compress {path} ({error}); make deps-web installs it")
    return base64.b64encode(done.stdout).decode()


def offline_html(out: Path, page: str = "index.html", app: str = "phasecheck",
                 extra_assets: dict = None, target: str = "phasecheck-offline.html", report_css: str = "report.css") -> None:
    """The single file of a page: the check's (index.html), or meeting mode's (meeting.html, with its
    own wasm and wording), each for a USB stick or an e-mail."""
    inline = {
        "wasm": packed(out / (app + ".wasm")),
        **deferred_wasm_inline(out, app),
        "assets": {"questionnaire": packed(out / "questionnaire.json"), "brand": packed(out / "brand.json"),
                   "font-regular": packed(out / "fonts/Inter-Regular.ttf"),
                   "font-semibold": packed(out / "fonts/Inter-SemiBold.ttf"),
                   "report-css": packed(out / report_css),
                   **{name: packed(out / path) for name, path in (extra_assets or {}).items()}},
        # Not the extra letters' fonts (fonts/*-extra.ttf): they would take the file past its size
        # budget. Its glyphs.js draws names with such letters in the system's fonts instead.
    }
    # mirror.js before boot.js: boot.js starts the mirror at once when it is there.
    scripts = ["window.phasecheckInline = " + json.dumps(inline) + ";", (out / "mirror.js").read_text(),
               (out / "renderer.js").read_text(), (out / "boot.js").read_text(), (out / "glyphs.js").read_text(), (out / (app + ".js")).read_text()]
    # No font files to fetch: boot.js gives the intro the inline font bytes.
    style = re.sub(r"@font-face \{[^}]*\}\n?", "", (out / "app.css").read_text())
    html = (out / page).read_text()
    head_scripts = inline_script_hashes(html)  # the page's own, before the app's scripts are inlined
    for text in scripts + [style]:
        if "</script" in text.lower() or "</style" in text.lower():
            raise SystemExit("assemble_site: an inlined file contains a closing tag")
    report_style = csp_hash((out / report_css).read_text())
    csp = ("default-src 'none'; script-src " + " ".join(head_scripts + [csp_hash(s) for s in scripts]) + " 'wasm-unsafe-eval'; "
           f"style-src {csp_hash(style)} {report_style}; img-src data:; base-uri 'none'; form-action 'none'")
    start = html.index('<meta http-equiv="Content-Security-Policy"')
    end = html.index(">", start) + 1
    html = html[:start] + f'<meta http-equiv="Content-Security-Policy" content="{csp}">' + html[end:]
    for line in ('<link rel="manifest" href="manifest.webmanifest">\n',
                 '<link rel="apple-touch-icon" href="icons/icon-192.png">\n'):
        html = html.replace(line, "")
    html = re.sub(r'<link rel="preload"[^>]*>\n', "", html)  # no files to preload
    # No files to start the renderer's worker from either: index.html's head script draws on the page then.
    html = html.replace("<html ", "<html data-single-file ", 1)
    favicon = "data:image/svg+xml;base64," + base64.b64encode((out / "favicon.svg").read_bytes()).decode()
    html = html.replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">', f'<link rel="icon" href="{favicon}">')
    html = html.replace('<link rel="stylesheet" href="app.css">', f"<style>{style}</style>")
    html = html.replace(f'<script src="boot.js"></script>\n<script src="{app}.js" async></script>',
                        "".join(f"<script>{s}</script>\n" for s in scripts))
    if 'src="boot.js"' in html or "app.css" in html or "data-single-file" not in html:
        raise SystemExit(f"assemble_site: {page} changed shape; update offline_html()")
    (out / target).write_text(html)


# ---- The check's wasm in two halves (issue #13): phasecheck.deferred.wasm holds the code the first
# question does not need (cmake/web.cmake splits it); boot.js loads it once the check is ready.

DEFERRED_WASM = "phasecheck.deferred.wasm"


def copy_deferred_wasm(build: Path, out: Path) -> None:
    copy(build / DEFERRED_WASM, out / DEFERRED_WASM)


def deferred_wasm_inline(out: Path, app: str) -> dict:
    """The single file carries the deferred half too, as boot.js's inline.deferred (meeting mode's wasm is not split)."""
    if app != "phasecheck":
        return {}
    return {"deferred": packed(out / DEFERRED_WASM)}


# ---- Meeting mode's page (issue #14)

def meeting_page(index_source: str) -> str:
    """meeting.html from the same shell as index.html: its own wasm and preload, the meeting's wording
    fetched by boot.js (data-page), and no HTML intro (the page opens on its participants, so it shows
    only that it is loading, as for a shared link)."""
    replacements = [
        ('<link rel="preload" href="phasecheck.wasm"', '<link rel="preload" href="phasecheck-meeting.wasm"'),
        ('<link rel="preload" href="phasecheck.js"', '<link rel="preload" href="phasecheck-meeting.js"'),
        ('<script src="phasecheck.js" async></script>', '<script src="phasecheck-meeting.js" async></script>'),
        ("  root.dataset.opens = opens;", "  root.dataset.opens = 'link';\n  root.dataset.page = 'meeting';"),
        ("<title>{{page.title}}</title>", "<title>{{meeting.title}} – {{brand.name}}</title>"),
    ]
    html = index_source
    for old, new in replacements:
        if old not in html:
            raise SystemExit(f"assemble_site: index.html changed shape; update meeting_page() ({old!r})")
        html = html.replace(old, new)
    return html


# ---- Compressed copies

# What a server may send compressed: text, wasm and fonts (the PNG icons are compressed already).
COMPRESSIBLE_SUFFIXES = {".js", ".wasm", ".json", ".css", ".html", ".svg", ".ttf", ".webmanifest"}
COMPRESSED_SUFFIXES = {".br", ".gz"}


# Both at their best, which costs a few seconds of the build: brotli at quality 11 (the default of
# its command), and zopfli, whose gzip is 5 % smaller than zlib's -9. One zopfli iteration gets
# nearly all of that (the wasm: 221.9 KB, 15 iterations 221.6 KB, zlib -9 232.5 KB) in a third of
# the time.
COMPRESSORS = (("brotli", ["brotli", "--best", "--force", "--"]), ("zopfli", ["zopfli", "--i1", "--gzip"]))


def precompress(out: Path, files: list = None) -> None:
    """X.br and X.gz beside every compressible X in `out` (or beside each of `files`), so that a server
    sends them without compressing on each request (nginx's brotli_static/gzip_static, scripts/serve.py).

    Each copy carries X's modification time to the nanosecond: scripts/serve.py takes a copy for X's
    only while the times match, so an X edited after the build is served as it is, never stale.
    """
    for tool, _ in COMPRESSORS:
        if shutil.which(tool) is None:
            raise SystemExit(f"assemble_site: the {tool} command is missing (Debian's {tool}; make deps-web installs it)")
    if files is None:
        files = sorted(p for p in out.rglob("*") if p.is_file() and p.suffix in COMPRESSIBLE_SUFFIXES)
    # Both at once, one process each: two cores.
    running = [subprocess.Popen(command + [str(f) for f in files]) for _, command in COMPRESSORS]
    if any(process.wait() != 0 for process in running):
        raise SystemExit("assemble_site: compressing dist/ failed")
    for path in files:
        stamp = path.stat()
        for suffix in COMPRESSED_SUFFIXES:
            os.utime(path.with_name(path.name + suffix), ns=(stamp.st_atime_ns, stamp.st_mtime_ns))


# ---- The page's texts

def json_in_script(value) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


# The intro's block in index.html, written once per language (the page shows the visitor's one).
PER_LANGUAGE = re.compile(r"<!-- per language:[^>]*-->\n(.*?)<!-- /per language -->\n", re.S)
PLACEHOLDER = re.compile(r"\{\{([a-z0-9_.]+)(?:@([a-z]+))?\}\}")


def page_texts(html: str, content: Content, brand: dict) -> str:
    """Fills index.html's {{key}} and {{key@lang}} placeholders and hands boot.js its texts.

    Keys are the questionnaire's messages, brand.name and brand.tagline, and inside the per-language
    block lang and lang.other. The texts go in as a JSON data block: browsers never run it, so the
    page's script-src 'self' (and the single file's script hashes) need nothing for it. The page's
    one inline script (the language, before the first paint) is allowed by its hash.
    """
    def text(key: str, lang: str) -> str:
        if key == "brand.name":
            return brand["name"]
        if key == "brand.tagline":
            return brand["tagline"][lang]
        if key == "lang":
            return lang
        if key == "lang.other":
            return next(other for other in LANGUAGES if other != lang)
        return content.text(key, lang)

    def fill(source: str, lang: str) -> str:
        return PLACEHOLDER.sub(lambda m: html_text.escape(text(m[1], m[2] or lang)), source)

    html = PER_LANGUAGE.sub(lambda m: "".join(fill(m[1], lang) for lang in LANGUAGES), html)
    html = fill(html, DEFAULT_LANGUAGE)
    if "{{" in html:
        raise SystemExit("assemble_site: index.html has a placeholder that is not {{key}} or {{key@lang}}")
    anchor = '<script src="boot.js"></script>'
    if anchor not in html:
        raise SystemExit("assemble_site: index.html changed shape; update page_texts()")
    block = f'<script type="application/json" id="page-texts">{json_in_script(content.boot_texts())}</script>\n'
    html = html.replace(anchor, block + anchor)
    return html.replace("script-src 'self'", "script-src 'self' " + " ".join(inline_script_hashes(html)), 1)


def inline_script_hashes(html: str) -> list:
    """The CSP hashes of the page's own inline scripts (not data blocks)."""
    return [csp_hash(s) for s in re.findall(r"<script>(.*?)</script>", html, re.S)]


def embed_script(out: Path, content: Content) -> None:
    """The iframe's title, in the host page's language (web/embed.js)."""
    path = out / "embed.js"
    titles = {lang: content.text("ui.app_title", lang) for lang in LANGUAGES}
    text = path.read_text()
    if "__TITLES__" not in text:
        raise SystemExit("assemble_site: embed.js changed shape; update embed_script()")
    path.write_text(text.replace("__TITLES__", json.dumps(titles, ensure_ascii=False)))


def service_worker(root: Path, out: Path) -> None:
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                   if p.is_file() and p.name not in PRECACHE_EXCLUDE and p.suffix not in COMPRESSED_SUFFIXES
                   and p.relative_to(out).parts[0] not in PRECACHE_EXCLUDE_DIRS)
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (out / name).read_bytes())
    integrity = lambda name: sri_hash((out / name).read_bytes())
    entries = [["./", integrity("index.html")]] + [[name, integrity(name)] for name in files]
    template = (root / "web/sw.js").read_text()
    text = template.replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16])).replace("__FILES__", json.dumps(entries))
    (out / "sw.js").write_text(text)
    minify_scripts(root, [out / "sw.js"])


CONTENT_FILES = ("questionnaire.json", "brand.json", "meeting.json")


def write_content(root: Path, out: Path) -> None:
    """The content files as the site ships them. The web build indexes exactly these bytes before it
    links (--content-only, cmake/web.cmake), so both calls must write the same."""
    out.mkdir(parents=True, exist_ok=True)
    for name in CONTENT_FILES:
        (out / name).write_text(compact_json(json.loads((root / "assets" / name).read_text(encoding="utf-8"))),
                                encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--build", type=Path, help="folder with phasecheck.js/.wasm")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--content-only", action="store_true", help="write only the content files to --out")
    args = parser.parse_args()
    root, out = args.source, args.out
    if args.content_only:
        write_content(root, out)
        return
    if args.build is None:
        parser.error("--build is needed to assemble the site")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in ("index.html", "app.css", "boot.js", "mirror.js", "glyphs.js", "favicon.svg", "embed.js", "report.css", "renderer.js"):
        copy(root / "web" / name, out / name)
    # The meeting report's stylesheet: the report's and its own rules, loaded by the meeting page only.
    (out / "meeting-report.css").write_text((out / "report.css").read_text() + (root / "web/meeting-report.css").read_text())
    for name in SHIPPED_WITHOUT_COMMENTS:
        (out / name).write_text(css_without_comments((out / name).read_text()))
    for path in (root / "web/examples").iterdir():
        copy(path, out / "examples" / path.name)
    write_content(root, out)
    for name in ("phasecheck.js", "phasecheck.wasm", "phasecheck-meeting.js", "phasecheck-meeting.wasm"):
        copy(args.build / name, out / name)
    copy_deferred_wasm(args.build, out)
    subset_fonts(root, args.build, out)
    brand = json.loads((root / "assets/brand.json").read_text())
    content = Content(json.loads((root / "assets/questionnaire.json").read_text()))
    index = out / "index.html"
    # The meeting page's texts may name the meeting's wording too (its title).
    meeting_content = Content(json.loads((root / "assets/questionnaire.json").read_text()))
    meeting_content.messages = {**meeting_content.messages, **json.loads((root / "assets/meeting.json").read_text())["messages"]}
    for page, page_content, source, report_css in ((index, content, index.read_text(), "report.css"),
                                                   (out / "meeting.html", meeting_content, meeting_page(index.read_text()), "meeting-report.css")):
        html = page_texts(source, page_content, brand).replace('name="theme-color" content="#1d4e89"',
                                                               f'name="theme-color" content="{brand["colours"]["primary"]}"')
        # The printed report is written into a new tab and inherits this policy: allow its one <style>.
        html = html.replace("style-src 'self';", f"style-src 'self' {csp_hash((out / report_css).read_text())};")
        page.write_text(html)
    manifests(out, brand, content)
    embed_script(out, content)
    minify_scripts(root, [out / name for name in MINIFIED_SCRIPTS])
    precompress(out)  # before the single files, which carry the X.gz copies (packed())
    offline_html(out)
    offline_html(out, "meeting.html", "phasecheck-meeting", {"meeting": "meeting.json"}, "phasecheck-meeting-offline.html",
                 "meeting-report.css")
    service_worker(root, out)
    precompress(out, [out / "phasecheck-offline.html", out / "phasecheck-meeting-offline.html", out / "sw.js"])


if __name__ == "__main__":
    main()
