"""Writes generated text between two marker lines of a file kept in the
repository (the generators of lib/mimetypes.py's and lib/http/__init__.py's
tables use it)."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def replace_region(path, begin, end, body, tool):
    """Puts body (which starts with the begin line and ends with the end line)
    in place of the region of path those lines mark.  With --check on the
    command line, writes nothing and exits 1 if path is stale."""
    with open(path, encoding="utf-8") as f:
        current = f.read()
    head, sep1, rest = current.partition(begin)
    _, sep2, tail = rest.partition(end)
    if not (sep1 and sep2):
        sys.exit("%s has no marker lines for the tables" % os.path.relpath(path, ROOT))
    text = head + body + tail
    if "--check" in sys.argv[1:]:
        if text != current:
            print("%s is stale: run tools/python3.14 %s" % (os.path.relpath(path, ROOT), tool))
            sys.exit(1)
        return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
