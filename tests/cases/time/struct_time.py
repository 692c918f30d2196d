# time.gmtime() and time.struct_time: a struct sequence with nine items
# and two attribute-only fields, made from a sequence and a dict.
import time


def attempt(action):
    try:
        print(action())
    except (TypeError, AttributeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__ + ":", e)


g = time.gmtime(0)
print(g)
print(repr(g), str(g) == repr(g))
print(len(g), tuple(g), g[:3], g[-1], g[1::2], g.tm_year, g.tm_zone, g.tm_gmtoff)
print(g == tuple(g), g != (1970,), g < (1971,), hash(g) == hash(tuple(g)))
print(g + (1,), type(g + (1,)).__name__, g * 2 == tuple(g) * 2, 1970 in g)
print(g.count(0), g.index(1))
print(g.__reduce__())
print(time.gmtime(-1))
print(time.gmtime(86400 * 365.75))
print(time.gmtime(951782400))  # a leap day
print(time.gmtime(1e9).tm_wday, time.gmtime(2**31).tm_yday)

st = time.struct_time
print(st.__name__, st.__qualname__, st.__module__, st.__mro__)
print(st.n_sequence_fields, st.n_fields, st.n_unnamed_fields, st.__match_args__)
print(st.tm_year, st.tm_zone, repr(st.tm_zone.__doc__), repr(st.tm_sec.__doc__))
print(st.__doc__)
print(sorted(st.__dict__))
print(st((1, 2, 3, 4, 5, 6, 7, 8, 9)))
s = st((1, 2, 3, 4, 5, 6, 7, 8, 9, 'UTC', 3600))
print(s, s.tm_zone, s.tm_gmtoff, len(s), s.__reduce__())
s = st([1, 2, 3, 4, 5, 6, 7, 8, 9], {'tm_zone': 'CET'})
print(s.tm_zone, s.tm_gmtoff, s.__reduce__()[1])
print(st(range(9)), st(iter(range(10))).tm_zone, st(range(9), {}).tm_zone)
print(st(sequence=range(9), dict={'tm_gmtoff': -60}).tm_gmtoff)
print(st.__new__(st, range(9)))
print(st(range(9)) == tuple(range(9)), st(range(9)) == st(range(9)))

for args, kwargs in [(((1, 2),), {}), ((tuple(range(12)),), {}), ((5,), {}), ((None,), {}),
                     (("abcdefghi",), {}), ((range(9), [1]), {}), ((range(9), {'spam': 1}), {}),
                     ((range(9), {'tm_year': 1}), {}), ((range(10), {'tm_zone': 1}), {}),
                     ((), {}), ((range(9), {}, 3), {}), ((), {'dict': {}}),
                     ((range(9),), {'spam': 1})]:
    attempt(lambda: st(*args, **kwargs))

print(g.__replace__(tm_year=2000, tm_zone='X'))
print(g.__replace__().tm_zone, g.__replace__() == g)
attempt(lambda: g.__replace__(spam=1))
attempt(lambda: g.__replace__(1))
attempt(lambda: g.__replace__(spam=1, eggs=2))
for name in ("tm_year", "tm_zone", "spam"):
    attempt(lambda: setattr(g, name, 0))
attempt(lambda: tuple.__new__(st, range(9)))
attempt(lambda: st.tm_year.__get__((1, 2)))
attempt(lambda: type("Sub", (st,), {}))

match g:
    case st(tm_year=y, tm_mon=m, tm_mday=d):
        print(y, m, d)

for bad in (float("nan"), 1e300, -1e300, 2**70, "0", None.__class__):
    attempt(lambda: time.gmtime(bad))
attempt(lambda: time.gmtime(0, 1))
attempt(lambda: time.gmtime(seconds=0))
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024)
lt = time.localtime(0)
print(type(lt).__name__, len(lt), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.localtime().tm_year >= 2024, time.localtime(10.9).tm_sec == time.localtime(10).tm_sec)
for v in (2**55, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, 1e18, 67767976233316799, 67767976233316800,
          -0.5, 0.999, -1.0, True):
    attempt(lambda: time.gmtime(v)[:6])
