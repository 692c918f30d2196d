# Test discovery over a package tree: patterns, packages, load_tests,
# module-level SkipTest, the discover command line and `-m unittest`.
import io
import os
import re
import runpy
import sys
import unittest


def norm(text):
    return re.sub(r"\d+\.\d+s", "N.NNNs", text)


def ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from ids(test)
        else:
            yield test.id()


here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
loader = unittest.TestLoader()


def discover(*args, **kw):
    try:
        suite = unittest.TestLoader().discover(*args, **kw)
    except ImportError as e:
        print("ImportError:", str(e).replace(here, "HERE"))
    else:
        print(sorted(ids(suite)))


# (where only .pyc files are left, there are no test*.py files to find,
# and a folder without __init__.py is no package: CPython finds nothing)
discover("proj", top_level_dir=".")
discover("proj", pattern="check_*.py", top_level_dir=".")
discover(".", pattern="check_*.py")
discover("proj/nopkg", top_level_dir=".")
discover("proj.sub", top_level_dir=".")


def main(argv):
    saved = sys.stderr, sys.argv
    sys.stderr = err = io.StringIO()
    sys.argv = ["prog"] + argv
    try:
        runpy.run_module("unittest", run_name="__main__", alter_sys=True)
    except SystemExit as e:
        status = e.code
    except ImportError as e:
        status = "ImportError: " + str(e).replace(here, "HERE")
    finally:
        sys.stderr, sys.argv = saved
    print(argv, "->", status)
    if status == 2:
        # the usage names the interpreter's executable: show the error only
        print(err.getvalue().rpartition("error: ")[2])
    else:
        print(norm(err.getvalue()))


for name in [m for m in sys.modules if m == "proj" or m.startswith("proj.")]:
    del sys.modules[name]
main(["discover", "-s", "proj", "-t", ".", "-v"])
main(["discover", "-s", "proj", "-t", ".", "-p", "test_b*.py"])
main(["discover", "proj", "check*.py", "."])
main(["-k", "inner", "discover", "-s", "proj", "-t", "."])
main(["discover", "-s", "proj", "-t", ".", "-k", "helper", "-q"])
main(["proj.test_alpha.Alpha.test_pass", "-v"])
main(["proj.sub.test_beta", "-q"])
main([])
