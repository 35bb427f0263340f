#!/usr/bin/env python3
"""Checks that dependencies between the source folders point down only (docs/architecture.md):
entry -> app, platform, core; app -> platform.hpp (the interface), core; platform -> core; core -> core.
Prints every include that breaks the rule and exits 1; `--self-test` shows the check can fail."""
import re
import sys
from pathlib import Path

# What each layer may include, by the include path's first folders.
ALLOWED = {
    "core": ("core/",),
    "platform": ("core/", "platform/"),
    "app": ("core/", "app/", "platform/platform.hpp"),
    "cli": ("core/", "cli/"),
    "entry": ("core/", "app/", "platform/", "entry/"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def violations(src: Path):
    found = []
    for file in sorted(src.rglob("*")):
        if file.suffix not in (".cpp", ".hpp"):
            continue
        layer = file.relative_to(src).parts[0]
        allowed = ALLOWED.get(layer)
        if allowed is None:
            found.append(f"{file}: folder '{layer}' has no place in the layering (tests/layering_check.py)")
            continue
        for target in INCLUDE.findall(file.read_text(encoding="utf-8")):
            if "/" in target and not target.startswith(allowed):
                found.append(f"{file.relative_to(src.parent)}: {layer}/ may not include \"{target}\"")
    return found


def self_test(src: Path) -> int:
    import tempfile, shutil
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "src"
        shutil.copytree(src, copy)
        (copy / "platform" / "probe.cpp").write_text('#include "app/assessment_flow.hpp"\n', encoding="utf-8")
        found = violations(copy)
    if any("platform/probe.cpp" in line for line in found):
        print("layering self-test: a platform file including app/ is caught")
        return 0
    print("layering self-test: the check missed platform/ including app/")
    return 1


def main() -> int:
    src = Path(__file__).resolve().parent.parent / "src"
    if "--self-test" in sys.argv:
        return self_test(src)
    found = violations(src)
    for line in found:
        print(line)
    print(f"layering: {len(found)} violation(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
