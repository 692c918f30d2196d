# SimpleNamespace: name=value items; a value being shown around itself is
# written '...'.
import pprint
import types


class NS(types.SimpleNamespace):
    pass


ns = types.SimpleNamespace(a=1, b=list(range(10)), c='x', long='word ' * 8)
for width in (1, 20, 40, 80):
    for indent in (1, 4):
        print(pprint.pformat(ns, width=width, indent=indent))
        print(pprint.pformat(NS(**vars(ns)), width=width, indent=indent))
        print(pprint.pformat([ns], width=width, indent=indent))
print(pprint.pformat(types.SimpleNamespace(), width=1))
for width in (18, 19, 20, 21):
    print(pprint.pformat([types.SimpleNamespace(f0=[1] * 10, f1={})],
                         width=width, indent=4))


def show(obj, width):
    text = pprint.pformat(obj, width=width)
    print(text.replace(str(id(obj)), 'ID'))


a = types.SimpleNamespace(x=1)
b = types.SimpleNamespace(p=a)
a.c = b
show(a, 80)
show(a, 5)
show([a], 5)
items = [1]
holder = types.SimpleNamespace(items=items)
items.append(holder)
print(pprint.pformat(holder, width=5).replace(str(id(holder)), 'ID'))
show(items, 5)
