# Class-level details: the generic alias, docstrings, the exception class.
import graphlib

alias = graphlib.TopologicalSorter[str]
print(alias, alias.__origin__, alias.__args__)
print(graphlib.TopologicalSorter.add.__doc__)
print(graphlib.TopologicalSorter.done.__doc__)
print(graphlib.TopologicalSorter.static_order.__doc__)
print(issubclass(graphlib.CycleError, ValueError), graphlib.CycleError('x', [1]).args)
try:
    raise graphlib.CycleError('nodes are in a cycle', [1, 2, 1])
except ValueError as e:
    print(type(e).__name__, e)
