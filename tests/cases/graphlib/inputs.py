# The graph argument: any mapping of iterables; predecessors read once.
import graphlib

class Graph(dict):
    pass

graph = Graph(a=iter(['b', 'c']), b=(x for x in ['c']), c=set(), d=range(0))
print(list(graphlib.TopologicalSorter(graph).static_order()))
print(list(graphlib.TopologicalSorter({'x': 'yz', 'y': b'', 'z': ()}).static_order()))

class Tracing(graphlib.TopologicalSorter):
    def add(self, node, *predecessors):
        print('add', node, predecessors)
        super().add(node, *predecessors)

ts = Tracing({3: [1, 2], 2: [1]})
ts.add(4, 3)
print(list(ts.static_order()))
try:
    graphlib.TopologicalSorter({1: 5})
except TypeError as e:
    print('TypeError', e)
