# fma rounds x * y + z once: exact cancellations, signed zeros, and the
# invalid-operation and overflow errors.
# lib: mathvalues
import math
from mathvalues import Stream, report, outcome

inf, nan = math.inf, math.nan
for args in [(2, 3, 4), (0.1, 10, -1), (1 + 2 ** -52, 1 - 2 ** -52, -1), (2 ** 27 + 1, 2 ** 27 + 1, -(2 ** 54)),
             (0.0, -1.0, 0.0), (-0.0, 1.0, -0.0), (0.0, -1.0, -0.0), (1.0, 1.0, -1.0), (-1.0, 1.0, 1.0),
             (inf, 1, 1), (inf, 0, 1), (0, inf, nan), (inf, 0, nan), (inf, 1, -inf), (inf, -1, inf), (nan, 1, 1),
             (1, 1, nan), (1e308, 10, -inf), (1e308, 10, 0), (1e308, -10, 0), (1e308, 10, -1e308), (1e-300, 1e-300, 0),
             (5e-324, 0.5, 0), (5e-324, 0.5, 5e-324), (True, 2, 3), (10 ** 20, 10 ** 20, 1)]:
    report("fma" + repr(args), math.fma, *args)
stream = Stream(8080)
print([outcome(math.fma, stream.float(), stream.float(), stream.float()) for _ in range(200)])
