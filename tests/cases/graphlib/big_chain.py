# Long chains and wide fans, deep enough to need an iterative cycle search.
import graphlib

chain = {i: [i - 1] for i in range(1, 3000)}
print(list(graphlib.TopologicalSorter(chain).static_order())[:5])
chain[0] = [2999]
try:
    graphlib.TopologicalSorter(chain).prepare()
except graphlib.CycleError as e:
    print(len(e.args[1]), e.args[1][:4], e.args[1][-3:])
fan = {'sink': list(range(500))}
order = list(graphlib.TopologicalSorter(fan).static_order())
print(order[:3], order[-2:], len(order))
