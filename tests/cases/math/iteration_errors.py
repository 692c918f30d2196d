# Errors raised while fsum, prod, sumprod and dist walk their inputs:
# raising iterators, __float__ raising half way, lists changed while read.
# lib: mathvalues
import math
from mathvalues import report

def items(*values, fail_at=None):
    for i, v in enumerate(values):
        if i == fail_at:
            raise LookupError("item %d" % i)
        yield v

class Flaky:
    def __init__(self, seq):
        self.seq = seq
    def __float__(self):
        self.seq.append(1.0)
        return 2.0
    def __mul__(self, other):
        return 0.5

report("fsum raising", math.fsum, items(1.0, 2.0, 3.0, fail_at=2))
report("prod raising", math.prod, items(1.0, 2.0, fail_at=1))
report("sumprod p raising", math.sumprod, items(1.0, 2.0, fail_at=1), [1.0, 2.0])
report("sumprod q raising", math.sumprod, [1.0, 2.0], items(1.0, 2.0, fail_at=1))
report("sumprod both short", math.sumprod, items(1.0), items(1.0, 2.0))
report("dist raising", math.dist, items(1.0, 2.0, fail_at=1), (1.0, 2.0))
grow = [1.0, 2.0]
grow.insert(1, Flaky(grow))
report("fsum growing list", math.fsum, grow[:3])
shared = [1.0]
shared.append(Flaky(shared))
report("fsum list grows as read", math.fsum, shared)
print(len(shared))
tup = (1.5, Flaky([]), 2.5)
report("fsum tuple", math.fsum, tup)
report("sumprod flaky", math.sumprod, [1.0, Flaky([]), 3.0], [1.0, 1.0, 1.0])
report("prod flaky", math.prod, [2.0, Flaky([])])
