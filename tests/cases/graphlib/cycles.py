# Which cycle CycleError reports, and what get_ready still gives.
import graphlib

for graph in [{1: [1]}, {1: [2], 2: [1]}, {1: [2], 2: [3], 3: [1]}, {'a': 'b', 'b': 'ca', 'c': 'b'},
              {1: [2], 2: [3], 3: [2], 4: [1]}, {0: [1, 2], 1: [2], 2: [0], 3: [3]},
              {'start': ['x'], 'x': ['y'], 'y': ['z'], 'z': ['x'], 'other': []}]:
    ts = graphlib.TopologicalSorter(graph)
    try:
        ts.prepare()
        print('no cycle')
    except graphlib.CycleError as e:
        message, nodes = e.args
        print(message, nodes, nodes[0] == nodes[-1])
    out = []
    while True:
        ready = ts.get_ready()
        if not ready:
            break
        out.append(ready)
        ts.done(*ready)
    print(out, ts.is_active())
