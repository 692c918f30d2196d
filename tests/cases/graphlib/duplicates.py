# The same edge given twice, nodes added several times, mixed node types.
import graphlib

ts = graphlib.TopologicalSorter()
ts.add('a', 'b', 'b')
ts.add('a', 'c')
ts.add('c')
ts.add('b')
ts.add(1, 'a', 2.5, (1, 2))
ts.add(frozenset({1}), 1)
print(list(ts.static_order()))
ts = graphlib.TopologicalSorter()
ts.add('x', 'y', 'y')
ts.prepare()
print(ts.get_ready())
ts.done('y')
print(ts.get_ready(), ts.is_active())
ts = graphlib.TopologicalSorter({1: (2, 2, 2), 2: ()})
print(list(ts.static_order()))
for bad in [[1], {1}, {}]:
    try:
        graphlib.TopologicalSorter().add(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        graphlib.TopologicalSorter().add(1, bad)
    except TypeError as e:
        print('TypeError', e)
