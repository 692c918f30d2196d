# static_order follows insertion order, batch by batch.
import graphlib

graphs = [
    {'D': 'BC', 'C': 'A', 'B': 'A'},
    {2: {11}, 9: {11, 8, 10}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}},
    {'a': []}, {}, {'x': 'yz', 'y': 'z', 'z': ''},
    {i: [i + 1] for i in range(20)},
    {i: list(range(i)) for i in range(6)},
]
for graph in graphs:
    print(list(graphlib.TopologicalSorter(graph).static_order()))
    print(list(graphlib.TopologicalSorter({k: graph[k] for k in reversed(list(graph))}).static_order()))
