import traceback, sys

def fail(i):
    raise ValueError(f"bad {i}")

errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("several", [errors[0], ExceptionGroup("nested", errors[1:]), TypeError("t")])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    print(traceback.format_exception_only(eg))
    print(traceback.format_exception_only(eg, show_group=True))
