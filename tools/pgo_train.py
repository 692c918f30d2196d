#!/usr/bin/env python3
"""Training run of the profile-guided build (`make pgo`).

    tools/python3.14 tools/pgo_train.py CIPY OUTDIR

Compiles the cases of a selection of tests/cases folders (the language's
core and the modules programs use most) and the bundled examples into
OUTDIR, then runs each under CIPY, an instrumented binary that records
which branches and functions run.  Output and exit status do not matter
here: the differential suite checks those.  Each case runs in a scratch
directory of its own, with a time limit.  The benchmark programs of bench/
are deliberately not part of the training.
"""
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = """
    assignment bool_none builtins bytes classes collections comprehension
    control coro dataclasses deep dict enum exceptions float fstring functions
    functools generators int iteration itertools json list math matching
    operator re set str string struct tuple tracebacks
""".split()


def sources():
    """(source path, name of its .pyc) for every training program."""
    for folder in FOLDERS:
        base = os.path.join(ROOT, "tests", "cases", folder)
        for name in sorted(os.listdir(base)):
            if name.endswith(".py"):
                yield os.path.join(base, name), "%s_%s" % (folder, name[:-3])
    examples = os.path.join(ROOT, "examples")
    for name in sorted(os.listdir(examples)):
        if name.endswith(".py"):
            yield os.path.join(examples, name), "examples_" + name[:-3]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cipy, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED="0", NO_COLOR="1")
    ran = 0
    for src, name in sources():
        pyc = os.path.abspath(os.path.join(out, name + ".pyc"))
        try:
            py_compile.compile(src, cfile=pyc, doraise=True)
        except py_compile.PyCompileError:
            continue  # a case about compile errors: nothing to run
        scratch = tempfile.mkdtemp(prefix="cipy-pgo-")
        try:
            subprocess.run([cipy, pyc], cwd=scratch, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
        except subprocess.TimeoutExpired:
            pass
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        ran += 1
    print("pgo_train: ran %d programs under %s" % (ran, sys.argv[1]))


if __name__ == "__main__":
    main()
