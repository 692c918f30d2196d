# The ValueError texts of the get_ready/done protocol.
import graphlib

def attempt(what, call):
    try:
        print(what, call())
    except ValueError as e:
        print(what, type(e).__name__, e)

ts = graphlib.TopologicalSorter({'b': ['a'], 'c': ['b']})
attempt('done before prepare', lambda: ts.done('a'))
attempt('ready before prepare', ts.get_ready)
attempt('active before prepare', ts.is_active)
ts.prepare()
attempt('add after prepare', lambda: ts.add('d'))
attempt('done unknown', lambda: ts.done('zzz'))
attempt('done not ready', lambda: ts.done('c'))
attempt('ready', ts.get_ready)
attempt('ready again', ts.get_ready)
attempt('prepare after start', ts.prepare)
attempt('done twice in one call', lambda: ts.done('a', 'a'))
attempt('ready', ts.get_ready)
attempt('done b', lambda: ts.done('b'))
attempt('done b again', lambda: ts.done('b'))
attempt('done nothing', ts.done)
attempt('active', ts.is_active)
attempt('ready', ts.get_ready)
attempt('done c', lambda: ts.done('c'))
attempt('active', ts.is_active)
attempt('bool', lambda: bool(ts))
