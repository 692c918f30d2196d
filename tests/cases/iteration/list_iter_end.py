# A for loop over a list iterator: what the iterator holds after the loop
# ends (it lets go of the list for good; __reduce__ shows it), a list grown
# after the end, an iterator whose index was set past the end or below zero,
# and the list freed as the loop ends (its items' finalizers run then).
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


it = iter([1, 2, 3])
for x in it:
    pass
print(it.__reduce__(), list(it))

data = [1, 2]
it = iter(data)
for x in it:
    if x == 2:
        data.append(3)  # seen: the loop has not ended yet
print(x, list(it), data)
data.append(4)
print(list(it))  # ended: stays ended

it = iter([5, 6, 7])
it.__setstate__(10)
for x in it:
    print("never", x)
print(it.__reduce__())

it = iter([5, 6, 7])
it.__setstate__(-3)
print(it.__reduce__(), next(it, "end"))

rit = reversed([1, 2, 3])
for x in rit:
    pass
print(rit.__reduce__(), list(rit))


def loop_over_temp():
    for item in [Noisy("a"), Noisy("b")][1:]:
        print("body", item.name)
        del item
    print("after")


loop_over_temp()
print([len([*range(n)]) for n in range(4)], [[a, b, c] for a, b, c in [(1, 2, 3)]])
print([1, [2, [3, []]], *"ab", *[4, 5]])
gc.collect()
