"""Checks (or, with --fix, applies) the include style of the C sources.

The style: every #include "..." names its header by its path under src/
(cipy.h by its name under include/), never relative to the including
file's directory ("../object.h", or "str.h" from src/objects/). In each
run of consecutive #include lines, the project's headers come sorted, then
the system's <...> headers sorted; in a .c file's first run its own header
(src/objects/str.c: "objects/str.h") comes first. This is the order
clang-format gives with the repository's .clang-format. Anything between two #include lines (a blank
line, a comment, an #if) ends a run, so a deliberate order can be kept by
separating it.

Usage: tools/python3.14 tools/check_includes.py [--fix] [FILE...]
Without FILE, every .c and .h under src/ and tests/. Without --fix it lists
what --fix would change and exits 1 if anything."""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRS = ("src", "tests")
BASES = ("src", "include")  # the -I directories, in the compiler's order
INCLUDE = re.compile(r'^(\s*#\s*include\s+)(["<])([^">]+)([">])(.*)$')


def sources():
    for top in DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames.sort()
            for fn in sorted(filenames):
                if fn.endswith((".c", ".h")):
                    yield os.path.join(dirpath, fn)


def canonical(path, name):
    """The spelling of #include "name" in the file at path: the included
    file's path under src/ (or include/), found as the compiler finds it
    (the including file's directory first, then the -I directories).
    None if the header is not found."""
    for d in [os.path.dirname(path)] + [os.path.join(ROOT, b) for b in BASES]:
        target = os.path.normpath(os.path.join(d, name))
        if os.path.isfile(target):
            for base in BASES:
                rel = os.path.relpath(target, os.path.join(ROOT, base))
                if not rel.startswith(".."):
                    # The short spelling must not find another file first.
                    if canonical_finds(path, rel) == target:
                        return rel.replace(os.sep, "/")
            return None
    return None


def canonical_finds(path, name):
    for d in [os.path.dirname(path)] + [os.path.join(ROOT, b) for b in BASES]:
        target = os.path.normpath(os.path.join(d, name))
        if os.path.isfile(target):
            return target
    return None


def own_header(path):
    """The header a .c file implements: same directory, same stem."""
    if not path.endswith(".c"):
        return None
    h = path[:-2] + ".h"
    if not os.path.isfile(h):
        return None
    for base in BASES:
        rel = os.path.relpath(h, os.path.join(ROOT, base))
        if not rel.startswith(".."):
            return rel.replace(os.sep, "/")
    return None


def fixed_run(path, run, problems, own):
    """The lines of one run of #include lines, in the style; own is the
    header to put first (None after the file's first run)."""
    first, local, system = [], [], []
    for lineno, line in run:
        prefix, open_, name, close, rest = INCLUDE.match(line).groups()
        if open_ == "<":
            system.append((name, line))
            continue
        new = canonical(path, name)
        if new is None:
            problems.append("%s:%d: header \"%s\" not found" % (os.path.relpath(path, ROOT), lineno, name))
            new = name
        line = '%s"%s"%s' % (prefix, new, rest)
        (first if new == own else local).append((new, line))
    out = []
    for _, line in first + sorted(local) + sorted(system):
        if line not in out:  # a header named twice (as a merge can leave it)
            out.append(line)
    return out


def fixed(path, text, problems):
    lines = text.split("\n")
    out, run = [], []
    own = own_header(path)
    for lineno, line in enumerate(lines, 1):
        if INCLUDE.match(line):
            run.append((lineno, line))
            continue
        if run:
            out.extend(fixed_run(path, run, problems, own))
            run, own = [], None
        out.append(line)
    if run:
        out.extend(fixed_run(path, run, problems, own))
    return "\n".join(out)


def main(argv):
    fix = "--fix" in argv
    files = [os.path.abspath(a) for a in argv if a != "--fix"] or list(sources())
    problems, changed = [], []
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = fixed(path, text, problems)
        if new == text:
            continue
        changed.append(os.path.relpath(path, ROOT))
        if fix:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
    for p in problems:
        print(p)
    if fix:
        print("check_includes: %d file(s) rewritten" % len(changed))
        return 1 if problems else 0
    for c in changed:
        print("%s: includes not in the style (tools/check_includes.py --fix rewrites them)" % c)
    return 1 if problems or changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
