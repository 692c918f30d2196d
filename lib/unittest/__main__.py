"""python -m unittest: run tests named on the command line, or discover
them."""

import sys

# run by -m, argv[0] is this module's origin (a frozen module's is "frozen")
if (sys.argv[0].endswith("__main__.py")
        or sys.argv[0] == getattr(__spec__, "origin", None)):
    import os.path
    # the usage text shows how the runner was started
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
