# Argument checking of time.struct_time, time.gmtime/localtime and
# types.SimpleNamespace, compared with CPython.
# lib: argprobe
from argprobe import attempt as a
import time
import sys

st = time.struct_time
print(st.__text_signature__, st.__reduce__.__text_signature__, st.__replace__.__text_signature__, repr(st.__reduce__.__doc__))
a("st 2", st, (1,2))
a("st 0", st)
a("st 3", st, 1, 2, 3)
a("st kw", st, x=1)
t = time.gmtime(0)
a("reduce 1", t.__reduce__, 1)
a("replace pos", t.__replace__, 1)
print(time.gmtime.__text_signature__, repr(time.gmtime.__doc__.split(chr(10))[0]), time.localtime.__text_signature__, repr(time.localtime.__doc__.split(chr(10))[0]))
a("gmtime 2", time.gmtime, 1, 2)
a("gmtime kw", time.gmtime, x=1)
a("localtime 2", time.localtime, 1, 2)
print(time.gmtime(0).tm_year, t.__replace__(tm_year=2000).tm_year)
n = type(sys.implementation)
print(n.__text_signature__, n.__reduce__.__text_signature__, n.__replace__.__text_signature__, repr(n.__reduce__.__doc__))
a("ns 2", n, 1, 2)

class N(n):
    pass

a("N 2", N, 1, 2)
x = n(a=1)
a("reduce 1", x.__reduce__, 1)
a("replace pos", x.__replace__, 1)
print(x.__replace__(a=2), n({"b": 1}, c=2))
