import sys, traceback

try:
    {}["k"]
except KeyError:
    etype, value, tb = sys.exc_info()
print("".join(traceback.format_exception(etype, value, tb)), end="")
print(traceback.format_exception_only(etype, value))
traceback.print_exception(etype, value, tb, file=sys.stdout)
traceback.print_exception(etype, value, None, file=sys.stdout)
for bad in ((etype, value), ):
    try:
        traceback.format_exception(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    traceback.print_exception(etype, tb=tb)
except ValueError as e:
    print("ValueError:", e)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
