# Seeded random graphs: get_ready/done batches, static_order, CycleError.
import graphlib

state = 99
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n

for case in range(500):
    n = 1 + rand(10)
    graph = {}
    for _ in range(rand(13)):
        graph.setdefault(rand(n), []).extend(rand(n) for _ in range(rand(4)))
    extra = [tuple(rand(n) for _ in range(1 + rand(3))) for _ in range(rand(3))]
    out = []
    ts = graphlib.TopologicalSorter(graph)
    for args in extra:
        ts.add(*args)
    try:
        ts.prepare()
    except graphlib.CycleError as e:
        out.append(e.args)
    while ts.is_active():
        batch = ts.get_ready()
        out.append(batch)
        if not batch:
            break
        ts.done(*batch[::2])
        ts.done(*batch[1::2])
    try:
        out.append(list(graphlib.TopologicalSorter(graph).static_order()))
    except graphlib.CycleError as e:
        out.append(('cycle', e.args[1]))
    print(case, graph, extra, out)
