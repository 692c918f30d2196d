# setstate's errors, as 3.14 words them.
import random

r = random.Random(3)
good = r.getstate()
cases = [
    5, (), (3,), (4, good[1], None), (1, good[1], None), (3, (1, 2), None),
    (3, good[1][:-1] + (625,), None), (3, good[1][:-1] + (-1,), None),
    (3, (1.5,) * 625, None), (3, (-1,) * 625, None), (3, (2**64,) * 624 + (0,), None),
    (3, [0] * 625, None), (3, good[1][:-1] + (1.0,), None), (3, good[1][:-1] + (2**64,), None),
    (3, good[1], None, 4), "abc",
]
for state in cases:
    try:
        r.setstate(state)
        print("ok", r.random())
    except Exception as e:
        print(type(e).__name__, e)
r.setstate([3, good[1], None])
print(r.random())
r.setstate((3, (2**32 + 5,) * 624 + (624,), None))
print(r.getstate()[1][:3], r.random())
r.setstate((3, (0,) * 624 + (624,), 0.25))
print(r.random(), r.gauss())
