# deque against a list model, with a seeded pseudo-random sequence of operations.
from collections import deque

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


for maxlen in (None, 0, 1, 5, 17):
    d, model = deque(maxlen=maxlen), []

    def trim_left():
        while maxlen is not None and len(model) > maxlen:
            model.pop(0)

    def trim_right():
        while maxlen is not None and len(model) > maxlen:
            model.pop()

    for step in range(3000):
        op = rnd(10)
        v = rnd(100)
        if op == 0:
            d.append(v); model.append(v); trim_left()
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim_right()
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4 and model:
            n = rnd(7) - 3
            d.rotate(n)
            if model:
                n %= len(model)
                model[:] = model[-n:] + model[:-n] if n else model
        elif op == 5:
            items = [rnd(10) for _ in range(rnd(4))]
            d.extend(items); model.extend(items); trim_left()
        elif op == 6:
            items = [rnd(10) for _ in range(rnd(4))]
            d.extendleft(items)
            for x in items:
                model.insert(0, x)
            trim_right()
        elif op == 7 and model:
            i = rnd(len(model))
            assert d[i] == model[i] and d[-i - 1] == model[-i - 1]
            del d[i]; del model[i]
        elif op == 8 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, v); model.insert(i, v)
        elif op == 9 and v in model:
            d.remove(v); model.remove(v)
        assert list(d) == model, (step, list(d), model)
        assert list(reversed(d)) == model[::-1]
    print(maxlen, len(d), list(d)[:8], d.count(3))
