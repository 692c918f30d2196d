# Logarithms of ints of any size are exact in their exponent: no overflow
# for huge ints, and the int path names no value in its error.
# lib: mathvalues
import math
from mathvalues import report

class BigInt(int):
    pass

for k in [1, 2, 52, 53, 54, 1023, 1024, 1025, 2000, 10000, 123457]:
    for n in [2 ** k, 2 ** k - 1, 2 ** k + 1, 3 ** k, 10 ** k, 7 * 2 ** k + 5]:
        report("log", math.log, n)
        report("log2", math.log2, n)
        report("log10", math.log10, n)
report("round up to 2**k", math.log2, 2 ** 2000 - 1)
report("tie", math.log, (2 ** 53 + 1) * 2 ** 1000)
report("tie odd", math.log, (2 ** 53 + 3) * 2 ** 1000)
report("sticky", math.log, (2 ** 54 + 1) * 2 ** 1000 + 1)
report("subclass", math.log, BigInt(10 ** 400))
report("bool", math.log, True)
report("zero", math.log, 0)
report("negative huge", math.log2, -(10 ** 400))
report("negative", math.log10, -1)
report("False", math.log10, False)
