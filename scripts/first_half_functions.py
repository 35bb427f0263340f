#!/usr/bin/env python3
"""The functions phasecheck.wasm keeps (issue #13), for wasm-split --keep-funcs.

cmake/first-question-functions.txt names them as the profile found them. Link-time optimisation
numbers some local copies (`strtox.2850`, `ImQsort(...) (.2712)`), and the number shifts when
unrelated code changes. An entry the linked module lacks is matched to the module's functions of
the same name with any number, so such a shift does not send code the first question runs to
the deferred half. What still matches nothing is printed (the profile is then stale: see
`make first-question-functions`), and split.test.mjs fails if the first question reaches it.

usage: first_half_functions.py LIST WASM_SPLIT_VERBOSE_OUTPUT OUT
(the verbose output of a first wasm-split run names every function of the module).
"""
import re
import sys
from pathlib import Path

LTO_NUMBER = re.compile(r"(\.\d+|\\20\\28\.\d+\\29)$")


def module_functions(verbose: str) -> list:
    names = []
    for heading in ("Keeping functions", "Splitting out functions"):
        match = re.search(rf"^{heading}: (.*)$", verbose, re.M)
        if match:
            names += match.group(1).split(", ")
    return names


def resolve(wanted: list, present: list) -> tuple:
    present_set = set(present)
    by_base = {}
    for name in present:
        by_base.setdefault(LTO_NUMBER.sub("", name), []).append(name)
    kept, unmatched = [], []
    for name in wanted:
        if name in present_set:
            kept.append(name)
        elif LTO_NUMBER.sub("", name) in by_base:
            kept += by_base[LTO_NUMBER.sub("", name)]
        else:
            unmatched.append(name)
    return sorted(set(kept)), unmatched


def main() -> None:
    listed, verbose, out = (Path(a) for a in sys.argv[1:4])
    wanted = [line for line in listed.read_text().splitlines() if line]
    kept, unmatched = resolve(wanted, module_functions(verbose.read_text()))
    for name in unmatched:
        print(f"first_half_functions: {listed.name} names {name}, which the module lacks", file=sys.stderr)
    out.write_text("\n".join(kept) + "\n")


if __name__ == "__main__":
    main()
