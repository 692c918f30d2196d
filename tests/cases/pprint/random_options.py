# Seeded random nests laid out with random options: compact, indent (0 to
# 4), depth, sort_dicts, underscore_numbers; some nests contain themselves
# or subclasses of the containers.
import collections
import pprint
import types

# lib: nests
from nests import Point, build, rnd, seed

seed(77)


class SubDict(dict):
    pass


class SubList(list):
    pass


class OwnRepr(list):
    def __repr__(self):
        return 'OwnRepr(%d items)' % len(self)


class SubDeque(collections.deque):
    pass


class SubSpace(types.SimpleNamespace):
    pass


def wrap(obj):
    """Now and then put obj into a subclass or into a cycle."""
    pick = rnd.randrange(8)
    if pick == 0:
        return SubDict(a=obj, b=[obj])
    if pick == 1:
        return SubList([obj, 1, 'two'])
    if pick == 2:
        return OwnRepr([obj] * 3)
    if pick == 3:
        return SubDeque([obj, obj])
    if pick == 4:
        return SubSpace(inner=obj, n=5)
    if pick == 5:
        box = [obj]
        box.append(box)
        return box
    return obj


def shown(obj, **options):
    text = pprint.pformat(obj, **options)
    # Recursion markers carry ids, which differ between runs.
    for part in text.split('id=')[1:]:
        digits = ''
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        text = text.replace('id=' + digits, 'id=?')
    return text


for case in range(80):
    obj = wrap(build(rnd.randrange(1, 5)))
    options = dict(width=rnd.choice([7, 15, 25, 40, 60, 80]),
                   indent=rnd.randrange(5),
                   compact=rnd.random() < 0.5,
                   depth=rnd.choice([None, None, 1, 2, 3]),
                   sort_dicts=rnd.random() < 0.7,
                   underscore_numbers=rnd.random() < 0.3)
    print('#', case, sorted(options.items()))
    print(shown(obj, **options))
