import sys, traceback

try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)
try:
    [][1]
except IndexError as e:
    sys.last_exc = e
traceback.print_last(file=sys.stdout)
del sys.last_exc
sys.last_type, sys.last_value, sys.last_traceback = KeyError, KeyError("old style"), None
traceback.print_last(file=sys.stdout)
