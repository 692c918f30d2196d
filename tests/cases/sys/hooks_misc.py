# call_tracing, the switch interval, thread_info and copyright.
import sys

print(sys.call_tracing(divmod, (7, 2)), sys.call_tracing(max, (3, 9, 4)))
for args in [(len, [1]), (len,), (len, (1, 2))]:
    try:
        print(sys.call_tracing(*args))
    except TypeError as e:
        print("TypeError:", e)
print(sys.call_tracing.__text_signature__, sys.call_tracing.__doc__)
print(sys.getswitchinterval())
for v in [0.0123456789, True, 1, 2.5, 0.0000001]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
for v in [0, -1, "x", None, float("nan")]:
    try:
        sys.setswitchinterval(v)
        print("accepted", v, sys.getswitchinterval())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ti = sys.thread_info
print(type(ti).__name__, type(ti).__module__, ti.name, ti.lock, type(ti.version).__name__, len(ti), ti[:2])
print(type(ti).__doc__)
print(type(ti)(("a", "b", "c")))
print(sys.copyright)
