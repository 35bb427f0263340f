#!/usr/bin/env python3
"""Writes docs/bad-inputs.md from tests/catalogue/bad_inputs.json, or with --check fails when the
document is out of date (run by the test suite, so the catalogue and its documentation agree)."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def describe(case):
    if "args" in case:
        text = "phasecheck " + " ".join(case["args"])
        return text + (" (with 1 MiB + 1 byte on stdin)" if "stdin_repeat" in case else "")
    if "edit_of" in case:
        change = "remove" if case.get("remove") else "set to " + json.dumps(case["set"], ensure_ascii=False)
        return f"{case['edit_of']}: {case['pointer']} {change}"
    if "input_repeat" in case:
        return f"{case['input_repeat']['times']:,} bytes"
    if "input_hex" in case:
        return "bytes that are not UTF-8 inside a string"
    text = case["input"]
    return (text[:60] + "…") if len(text) > 60 else (text or "(empty)")


def visitor_reads(case, messages):
    """What the page shows instead of the technical text: the reason's German wording."""
    if "says" not in case:
        return ""
    return messages[case["says"]]["de"].replace("{number}", "N")


def render():
    catalogue = json.loads((ROOT / "tests/catalogue/bad_inputs.json").read_text())
    messages = json.loads((ROOT / "assets/questionnaire.json").read_text())["messages"]
    lines = ["# Catalogue of bad inputs", "",
             "Generated from `tests/catalogue/bad_inputs.json` by `scripts/catalogue_doc.py`; do not edit by hand.",
             "Every case is run by `tests/unit/test_catalogue.cpp` (natively, through the core, the app session",
             "and the command line) and by `tests/browser/catalogue.test.mjs` (in the browser, through the page's",
             "own entry points). Each must be refused with a message containing the expected text, and no",
             "answers, stored data or files may be lost or changed.",
             "",
             "That text is for developers and support. Where a visitor meets the input (a link, a file, the",
             "browser's stored data), the page says instead, in plain words of their language, what is wrong",
             "and where (the column \"the visitor reads\", a message `problem.*` of the questionnaire); the",
             "technical text goes to the browser's console and to the notice's \"Details kopieren\". Both tests",
             "check, in German and English, that it never reaches the visible text.", ""]
    for entry, title in catalogue["entry_points"].items():
        cases = [c for c in catalogue["cases"] if c["entry"] == entry]
        plain = any("says" in c for c in cases)
        header = "| id | input | message contains |" + (" the visitor reads |" if plain else "")
        lines += [f"## {title} ({len(cases)})", "", header, "|---|---|---|" + ("---|" if plain else "")]
        for c in cases:
            cell = describe(c).replace("|", "\\|").replace("\n", " ")
            row = f"| `{c['id']}` | `{cell}` | {c['expect'].replace('|', chr(92) + '|')} |"
            lines.append(row + (f" {visitor_reads(c, messages)} |" if plain else ""))
        lines.append("")
    lines.append(f"{len(catalogue['cases'])} cases in all.")
    return "\n".join(lines) + "\n"


def main():
    target = ROOT / "docs/bad-inputs.md"
    text = render()
    if "--check" in sys.argv:
        if not target.exists() or target.read_text() != text:
            print("docs/bad-inputs.md is out of date: run scripts/catalogue_doc.py")
            return 1
        print("docs/bad-inputs.md matches the catalogue")
        return 0
    target.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
