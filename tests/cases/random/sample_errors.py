# sample's errors.
import random

r = random.Random(1)
calls = [
    (({1, 2}, 1), {}), (({"a": 1}, 1), {}), (([1, 2], 3), {}), (([1, 2], -1), {}),
    (([1, 2], 1), {"counts": [1]}), (([1, 2], 1), {"counts": [1, -3]}),
    (([1, 2], 1), {"counts": [1.5, 2]}), (([1, 2], 1), {"counts": 5}),
    (([1, 2], 5), {"counts": [1, 1]}), (([1, 2],), {}), ((iter([1, 2]), 1), {}),
    (([1, 2], 1.5), {}), (([1, 2], 1), {"bogus": 1}),
]
for args, kwargs in calls:
    try:
        print(r.sample(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
