# FrameLocalsProxy as a mapping: order, |, |=, setdefault, repr with itself inside.
import sys
import collections.abc

def f(a, b=2):
    x = 1
    def inner():
        return x
    p = sys._getframe().f_locals
    text = repr(p)
    print(text.replace(repr(inner), '<inner>'))
    print(str(p) == repr(p))
    p['y'] = 'extra'
    merged = p | {'q': 1}
    print(type(merged).__name__, sorted(merged))
    merged = {'q': 1} | p
    print(type(merged).__name__, list(merged)[:2])
    p |= {'b': 'B', 'new': 1}
    print(b, p.get('new'), p.get('nope', 'dflt'), p.get('nope'))
    print(p.setdefault('x', 99), p.setdefault('sd', 98), p.pop('sd'), p.pop('sd', 'gone'))
    print(isinstance(p, collections.abc.Mapping), isinstance(p, collections.abc.MutableMapping))
    other = sys._getframe().f_locals
    p |= other
    print(len(p) == len(other))
    keys = []
    for k in p:
        keys.append(k)
        p['added_' + k] = 1
    print(keys)
    print([k for k in p if k.startswith('added_')])
    print(list(p.items())[-1])
    unbound_at_first = 'now bound'
    print('unbound_at_first' in keys, 'unbound_at_first' in p)

f(1)
