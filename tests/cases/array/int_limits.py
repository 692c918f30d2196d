# lib: arrcheck
import array
from arrcheck import show
for code in "bBhHiIlLqQ":
    bits = 8 * array.array(code).itemsize
    signed = code.islower()
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    a = array.array(code, [lo, hi, 0])
    print(code, a, a.tobytes().hex())
    for v in (lo - 1, hi + 1, 10**30, -10**30, -1, 2**63, -2**63 - 1, 2**64):
        show(f"{code} {v}", lambda: array.array(code, [v]))
