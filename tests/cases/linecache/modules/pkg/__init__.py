"""A package whose functions read their own lines."""
import linecache
import sys


def where():
    frame = sys._getframe()
    return linecache.getline(frame.f_code.co_filename, frame.f_lineno, frame.f_globals).strip()
