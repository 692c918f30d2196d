# *args and **kwargs, and unpacking at the call site.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, *[2, 3], *"xy", k="v", **{"z": 0}))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1), head_tail(1, 2, 3), head_tail(*range(5)))

def kw_only_collect(a, b=2, **extra):
    return a, b, sorted(extra.items())

print(kw_only_collect(1, c=3, d=4), kw_only_collect(b=5, a=6))
args = (10, 20)
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(*range(101)))
