# Random class hierarchies, with abstract classes registering some of their
# classes, dispatched through registries of random classes and ABCs.
import abc
import collections.abc as cabc
from functools import singledispatch
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n
builtin_abcs = [cabc.Sized, cabc.Iterable, cabc.Container, cabc.Collection, cabc.Sequence, cabc.Mapping,
                cabc.Hashable, cabc.Reversible, cabc.MutableSequence, cabc.Set]
values = [[], (), 'x', b'y', {}, set(), frozenset(), 1, 2.5, None, range(2), iter([]), bytearray()]
for trial in range(80):
    # a random hierarchy of plain and abstract classes
    classes = []
    for i in range(7):
        nb = rnd(3)
        bases = []
        for _ in range(nb):
            if classes:
                b = classes[rnd(len(classes))]
                if b not in bases: bases.append(b)
        if rnd(3) == 0 and not bases:
            bases = [abc.ABC]
        try:
            meta = abc.ABCMeta if any(isinstance(b, abc.ABCMeta) for b in bases) else type
            c = meta(f'C{i}', tuple(bases) or (object,), {})
        except TypeError:
            c = type(f'C{i}', (object,), {})
        classes.append(c)
    abcs = [c for c in classes if isinstance(c, abc.ABCMeta)]
    for a in abcs:
        for _ in range(rnd(3)):
            target = classes[rnd(len(classes))]
            if target is not a and not issubclass(a, target):
                try: a.register(target)
                except RuntimeError: pass
    @singledispatch
    def f(o): return 'object'
    pool = classes + builtin_abcs + [int, list, str]
    for _ in range(2 + rnd(5)):
        t = pool[rnd(len(pool))]
        f.register(t, (lambda n: lambda o: n)(t.__name__))
    out = []
    for c in classes:
        try: out.append(f.dispatch(c)(None))
        except RuntimeError as e: out.append('!' + str(e).replace('__main__.', ''))
        except TypeError as e: out.append('T')
    for v in values:
        try: out.append(f(v))
        except RuntimeError as e: out.append('!' + str(e).replace('__main__.', ''))
    print(trial, ' '.join(out))
