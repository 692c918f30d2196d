import sys, traceback

def lookup(d):
    return d["missing"]

try:
    lookup({"present": 1})
except KeyError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()
    traceback.print_exc(limit=0, file=sys.stdout)
