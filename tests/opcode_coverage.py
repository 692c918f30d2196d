"""Checks that the differential suite executes every CPython 3.14 opcode.

    tools/python3.14 tests/opcode_coverage.py COUNTS_FILE

COUNTS_FILE holds "OPNAME count" lines, appended at exit by every run of the
opcode-counting build (build/opcount/cipy, compiled with -DCIPY_OPCOUNT, run
with CIPY_OPCOUNT_FILE set); `make opcode-coverage` does all of it.

Every opcode of opcode.opmap must have run at least once, except the
instrumented variants, ENTER_EXECUTOR, CACHE, RESERVED, the pseudo-ops (>= 256)
and the few opcodes no unspecialised interpreter can run (NOT_CHECKED).  For
each missing opcode the table names the compiled cases that contain it (it is
there but never ran) or says that no case contains it.  Exit status 1 if any
opcode is missing.
"""
import dis
import marshal
import opcode
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYC_DIR = os.path.join(ROOT, "build", "tests")

EXCLUDED = {"ENTER_EXECUTOR", "CACHE", "RESERVED"}
# Opcodes no unspecialised interpreter runs: EXIT_INIT_CHECK comes from
# specialising CALL for a class and INTERPRETER_EXIT ends CPython's C-to-Python
# trampoline (no .pyc contains them).
NOT_CHECKED = {
    "EXIT_INIT_CHECK": "only written by CPython's specialiser (CALL_ALLOC_AND_ENTER_INIT)",
    "INTERPRETER_EXIT": "only in CPython's internal trampoline code",
}


def wanted_opcodes():
    return sorted(name for name, num in opcode.opmap.items()
                  if num < 256 and not name.startswith("INSTRUMENTED_")
                  and name not in EXCLUDED and name not in NOT_CHECKED)


def read_counts(path):
    counts = {}
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            if len(parts) != 2 or not parts[1].isdigit():
                sys.exit("%s:%d: malformed line %r" % (path, lineno, line))
            counts[parts[0]] = counts.get(parts[0], 0) + int(parts[1])
    return counts


def code_objects(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from code_objects(c)


def static_occurrences(names):
    """{opcode name: [case names whose compiled code contains it]}."""
    found = {n: [] for n in names}
    for dirpath, dirnames, filenames in os.walk(PYC_DIR):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith(".pyc"):
                continue
            path = os.path.join(dirpath, fn)
            try:
                with open(path, "rb") as f:
                    top = marshal.loads(f.read()[16:])
            except (OSError, ValueError, EOFError, TypeError):
                continue
            if not hasattr(top, "co_code"):
                continue
            seen = set()
            for co in code_objects(top):
                for ins in dis.get_instructions(co):
                    if ins.opname in found:
                        seen.add(ins.opname)
            case = os.path.relpath(path, PYC_DIR)[:-4]
            for n in seen:
                found[n].append(case)
    return found


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: opcode_coverage.py COUNTS_FILE")
    try:
        counts = read_counts(sys.argv[1])
    except OSError as e:
        print("opcode_coverage: cannot read the counts: %s" % e)
        return 1
    wanted = wanted_opcodes()
    missing = [n for n in wanted if not counts.get(n)]
    unknown = sorted(n for n in counts if n not in opcode.opmap)
    if unknown:
        print("note: counts for names CPython does not know: %s" % " ".join(unknown))
    print("%d of %d opcodes executed (%d instructions in all)"
          % (len(wanted) - len(missing), len(wanted), sum(counts.values())))
    for n, why in sorted(NOT_CHECKED.items()):
        print("not checked: %s (%s)" % (n, why))
    if not missing:
        return 0
    where = static_occurrences(missing)
    width = max(len(n) for n in missing)
    print()
    print("%-*s  %s" % (width, "missing opcode", "compiled into"))
    print("%s  %s" % ("-" * width, "-" * 40))
    for n in missing:
        cases = where[n]
        if cases:
            shown = ", ".join(cases[:4]) + (" (+%d more)" % (len(cases) - 4) if len(cases) > 4 else "")
        else:
            shown = "(no case)"
        print("%-*s  %s" % (width, n, shown))
    print()
    print("%d opcode%s never executed" % (len(missing), "" if len(missing) == 1 else "s"))
    return 1


if __name__ == "__main__":
    sys.exit(main())
