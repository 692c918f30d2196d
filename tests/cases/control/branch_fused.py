# Conditional jumps right after a comparison of small ints or a truth test
# (the loop takes them at once), with long jumps, truth values that raise,
# and a trace function set while such a loop runs.
import sys


def count_small(n):
    hits = []
    for i in range(n):
        if i < 3:
            hits.append("lt")
        elif i == 5:
            hits.append("eq")
        if not i >= 7:
            continue
        hits.append(i)
    return hits


print(count_small(10))


def long_body(x):
    # enough code in each branch that the jumps need EXTENDED_ARG
    total = 0
    if x > 0:
        total += x * 1; total += x * 2; total += x * 3; total += x * 4
        total += x * 5; total += x * 6; total += x * 7; total += x * 8
        total += x * 9; total += x * 10; total += x * 11; total += x * 12
        total += x * 13; total += x * 14; total += x * 15; total += x * 16
        total += x * 17; total += x * 18; total += x * 19; total += x * 20
        total += x * 21; total += x * 22; total += x * 23; total += x * 24
        total += x * 25; total += x * 26; total += x * 27; total += x * 28
        total += x * 29; total += x * 30; total += x * 31; total += x * 32
        total += x * 33; total += x * 34; total += x * 35; total += x * 36
    else:
        total -= 1
    while total > 1000:
        total -= 999; total -= 1; total += 1; total -= 1; total += 1
        total -= 1; total += 1; total -= 1; total += 1; total -= 1
        total += 1; total -= 1; total += 1; total -= 1; total += 1
        total -= 1; total += 1; total -= 1; total += 1; total -= 1
        total += 1; total -= 1; total += 1; total -= 1; total += 1
        total -= 1; total += 1; total -= 1; total += 1; total -= 1
        total += 1; total -= 1; total += 1; total -= 1; total += 1
    return total


print([long_body(x) for x in (-2, 0, 1, 2, 50)])


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


def truths(items):
    out = []
    for t in items:
        try:
            if t:
                out.append("yes")
            else:
                out.append("no")
            if not t:
                out.append("not")
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(truths([True, False, 0, 1, [], [0], None, "", "x", Truth(True), Truth(False),
              Truth(ValueError("bad")), Truth(1), Truth(None)]))


def flags(values):
    seen = 0
    for v in values:
        b = v > 2
        if b:
            seen += 1
        if b is True:
            seen += 10
        while v:
            v = v - 1
            if v == 1:
                break
    return seen


print(flags([0, 1, 2, 3, 4, 5]))


def mixed(a, b):
    # not both small ints: the generic comparison, then the jump
    return ["lt" if a < b else "ge", "eq" if a == b else "ne"]


print(mixed(1, 2.5), mixed(2 ** 70, 2 ** 70), mixed("a", "b"))
try:
    mixed(1, "x")
except TypeError as e:
    print("TypeError:", e)


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_loop":
        events.append((event, frame.f_lineno - traced_loop.__code__.co_firstlineno))
    return tracer


def traced_loop(n):
    k = 0
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        if i < 4:
            k += 1
        elif not i:
            k -= 1
    sys.settrace(None)
    return k


print(traced_loop(6))
print(events)
