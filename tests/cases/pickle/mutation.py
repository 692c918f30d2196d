# Containers that change while they are being pickled: CPython's
# RuntimeErrors for dicts and sets, lists read as they are at each step.
import pickle


class Grow:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __reduce__(self):
        if isinstance(self.target, dict):
            self.target['new%d' % len(self.target)] = 0
        elif isinstance(self.target, set):
            self.target.add(len(self.target) + 100)
        else:
            self.target.append('appended')
        return (str, ('grown',))


for proto in (0, 1, 4):
    d = {'a': 1}
    d['g'] = Grow(d)
    d['z'] = 2
    try:
        print(pickle.dumps(d, proto))
    except RuntimeError as e:
        print(proto, 'RuntimeError', e, e.__notes__ if hasattr(e, '__notes__') else '')
    s = {1}
    s.add(Grow(s))
    try:
        print(pickle.dumps(s, proto))
    except RuntimeError as e:
        print(proto, 'RuntimeError', e)
    l = [1]
    l.append(Grow(l))
    try:
        s2 = pickle.dumps(l, proto)
        print(proto, pickle.loads(s2))
    except RuntimeError as e:
        print(proto, 'RuntimeError', e, getattr(e, '__notes__', None))
    for n in (1, 3):
        l = [Grow(None)] * 0 + list(range(n - 1))
        l.insert(0, Grow(l))
        try:
            print(proto, n, pickle.loads(pickle.dumps(l, proto)))
        except RuntimeError as e:
            print(proto, n, 'RuntimeError', e, getattr(e, '__notes__', None))
