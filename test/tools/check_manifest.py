#!/usr/bin/env python3
"""Check test/programs/manifest.json against the files on disk and print a coverage table.

Verifies that:
  - every program (*.py under test/programs, except helper modules) is listed by at least
    one manifest item;
  - every file the manifest names (programs and "_helpers") exists;
  - every non-optional item has at least one program;
  - every program has its <name>.expected.json, with "stdout", "stderr" and "status", and
    no expected file is left without its program;
  - the first-line "# covers:" header of each program names exactly the items that list it
    (so manifest.json is in sync with build_manifest.py).

Prints programs per area and the item table (id, number of programs, first program).
Exit status 1 if anything is wrong.

Usage: python3 test/tools/check_manifest.py [--quiet]
"""
import json
import os
import sys

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.normpath(os.path.join(TOOLS_DIR, "..", "programs"))
MANIFEST = os.path.join(PROGRAMS_DIR, "manifest.json")


def walk(suffix):
    out = []
    for root, dirs, files in os.walk(PROGRAMS_DIR):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(suffix):
                rel = os.path.relpath(os.path.join(root, name), PROGRAMS_DIR)
                out.append(rel.replace(os.sep, "/"))
    return out


def header_ids(rel):
    with open(os.path.join(PROGRAMS_DIR, rel), encoding="utf-8") as f:
        first = f.readline()
    if not first.startswith("# covers:"):
        return None
    return {i.strip() for i in first[len("# covers:"):].split(",") if i.strip()}


def main(argv):
    quiet = "--quiet" in argv
    errors = []
    with open(MANIFEST, encoding="utf-8") as f:
        manifest = json.load(f)
    helpers = set(manifest.get("_helpers", []))
    items = {k: v for k, v in manifest.items() if not k.startswith("_")}

    for h in sorted(helpers):
        if not os.path.isfile(os.path.join(PROGRAMS_DIR, h)):
            errors.append(f"helper {h} listed in _helpers does not exist")

    listed = {}
    for item, entry in items.items():
        if "doc" not in entry or "programs" not in entry:
            errors.append(f"item {item}: needs 'doc' and 'programs'")
            continue
        if not entry["programs"] and not entry.get("optional"):
            errors.append(f"item {item}: no program covers it")
        for p in entry["programs"]:
            listed.setdefault(p, set()).add(item)
            if not os.path.isfile(os.path.join(PROGRAMS_DIR, p)):
                errors.append(f"item {item}: program {p} does not exist")
            if p in helpers:
                errors.append(f"item {item}: {p} is a helper, not a program")

    all_py = walk(".py")
    programs = [p for p in all_py if p not in helpers and not os.path.basename(p).startswith("mod_")]
    for p in all_py:
        if os.path.basename(p).startswith("mod_") and p not in helpers:
            errors.append(f"{p}: helper module missing from _helpers")
    for p in programs:
        if p not in listed:
            errors.append(f"{p}: not listed by any manifest item")
        ids = header_ids(p)
        if ids is None:
            errors.append(f"{p}: no '# covers:' header")
        elif ids != listed.get(p, set()):
            errors.append(f"{p}: header {sorted(ids)} differs from manifest {sorted(listed.get(p, ()))}"
                          " (run build_manifest.py)")
        exp = os.path.join(PROGRAMS_DIR, p[:-3] + ".expected.json")
        if not os.path.isfile(exp):
            errors.append(f"{p}: missing {os.path.basename(exp)} (run record_expected.py)")
            continue
        try:
            with open(exp, encoding="utf-8") as f:
                data = json.load(f)
            if set(data) != {"stdout", "stderr", "status"}:
                errors.append(f"{p}: expected file keys are {sorted(data)}")
        except ValueError as e:
            errors.append(f"{p}: bad expected file: {e}")
    program_set = set(programs)
    for e in walk(".expected.json"):
        if e[:-len(".expected.json")] + ".py" not in program_set:
            errors.append(f"{e}: expected file without a program")

    if not quiet:
        areas = {}
        for p in programs:
            areas[p.split("/")[0]] = areas.get(p.split("/")[0], 0) + 1
        print(f"{'area':<22}programs")
        for a in sorted(areas):
            print(f"{a:<22}{areas[a]:>8}")
        print(f"{'TOTAL':<22}{len(programs):>8}\n")
        print(f"{'item':<34}{'n':>4}  first program")
        for item, entry in items.items():
            progs = entry.get("programs", [])
            mark = " (optional)" if entry.get("optional") else ""
            print(f"{item:<34}{len(progs):>4}  {progs[0] if progs else '-'}{mark}")
        covered = sum(1 for e in items.values() if e.get("programs"))
        print(f"\n{len(items)} items, {covered} covered, "
              f"{sum(1 for e in items.values() if e.get('optional') and not e.get('programs'))} optional "
              f"without programs; {len(programs)} programs, {len(helpers)} helpers")
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
