# choices' errors.
import random

r = random.Random(2)
inf, nan = float("inf"), float("nan")
calls = [
    (([1, 2], 3), {}), (([1, 2], [1, 2]), {"cum_weights": [1, 2]}), (([1, 2], [1]), {}),
    (([1, 2], [0, 0]), {}), (([1, 2], [1, inf]), {}), (([1, 2], [1, nan]), {}),
    (([1, 2], ["a", "b"]), {}), (([],), {"k": 2}), (([], []), {"k": 0}), (([1], [-1]), {}),
    (([1, 2], None), {"cum_weights": [1]}), (([1, 2],), {"k": 2.0}), (([1, 2], 3.5), {}),
    (([1, 2], [1, -inf]), {}),
]
for args, kwargs in calls:
    try:
        print(r.choices(*args, **kwargs))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
