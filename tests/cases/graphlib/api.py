# TopologicalSorter's protocol, error texts, CycleError, generic alias.
import graphlib

print(graphlib.__all__, graphlib.CycleError.__mro__)
ts = graphlib.TopologicalSorter({'a': ['b', 'c'], 'b': ['c'], 'd': []})
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
for call in [ts.get_ready, lambda: ts.done(1), ts.is_active, lambda: bool(ts)]:
    try:
        print(call())
    except ValueError as e:
        print('ValueError', e)
ts.add(1, 2)
ts.add(3, 2, 2)
ts.add(4)
print(ts.prepare(), ts.prepare())
steps = [lambda: ts.add(5), lambda: ts.done(1), lambda: ts.done(9), ts.get_ready,
         lambda: ts.done(2), lambda: ts.done(2), ts.is_active, ts.get_ready, ts.prepare,
         lambda: ts.done(4, 3), lambda: bool(ts), lambda: ts.done(1), ts.is_active, ts.get_ready]
for step in steps:
    try:
        print(step())
    except ValueError as e:
        print(type(e).__name__, e)
for graph in [{1: [1]}, {1: [2], 2: [3], 3: [1], 4: []}, {1: [2, 3], 2: [1]},
              {'x': ['y'], 'y': ['z'], 'z': ['y'], 'w': ['x']}]:
    ts = graphlib.TopologicalSorter(graph)
    try:
        ts.prepare()
    except graphlib.CycleError as e:
        print(repr(e), e.args, str(e), isinstance(e, ValueError))
    print(ts.get_ready(), ts.is_active())
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except ValueError as e:
        print('static', e.args)
try:
    graphlib.TopologicalSorter().add([1])
except TypeError as e:
    print('TypeError', e)
try:
    graphlib.TopologicalSorter(5)
except AttributeError as e:
    print('AttributeError', e)
print(graphlib.TopologicalSorter[int], type(graphlib.TopologicalSorter[str]))
print(graphlib.TopologicalSorter.__doc__, graphlib.CycleError.__doc__)
ts = graphlib.TopologicalSorter({'b': 'a', 'c': 'ab'})
print(ts.static_order().__class__.__name__, list(ts.static_order()) if False else '')
tasks = {'compile': ['fetch', 'configure'], 'configure': ['fetch'], 'test': ['compile'],
         'docs': ['configure'], 'ship': ['test', 'docs']}
ts = graphlib.TopologicalSorter(tasks)
ts.prepare()
while ts:
    ready = ts.get_ready()
    print('ready', ready)
    ts.done(*ready)
