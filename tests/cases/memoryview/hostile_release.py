def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

# user code that runs in the middle of an operation releases the view
class Releaser:
    def __init__(self, view, value=1):
        self.view = view
        self.value = value
    def __index__(self):
        self.view.release()
        return self.value
    def __float__(self):
        self.view.release()
        return 1.0
    def __eq__(self, other):
        self.view.release()
        return False

def fresh(fmt='B'):
    return memoryview(bytearray(b'abcdefgh')).cast(fmt)

m = fresh()
show('getitem', lambda: m[Releaser(m)])
m = fresh()
show('setitem key', lambda: m.__setitem__(Releaser(m), 1))
m = fresh()
show('setitem value', lambda: m.__setitem__(0, Releaser(m)))
m = fresh('d')
show('setitem float', lambda: m.__setitem__(0, Releaser(m)))
m = fresh()
show('slice', lambda: m[Releaser(m):4])
m = fresh()
show('slice assign', lambda: m.__setitem__(slice(0, Releaser(m, 2)), b'xy'))
m = fresh()
show('count', lambda: m.count(Releaser(m)))
m = fresh()
show('index', lambda: m.index(Releaser(m)))
m = fresh()
show('index start', lambda: m.index(97, Releaser(m, 0)))
m = fresh()
show('tuple key', lambda: m[Releaser(m),])
class Owner:
    def __init__(self, victim):
        self.victim = victim
    def __buffer__(self, flags):
        self.victim.release()
        return memoryview(b'abcdefgh')
m = fresh()
show('compare', lambda: m == Owner(m))
m = fresh()
show('assign from owner', lambda: m.__setitem__(slice(0, 8), Owner(m)))
print('survived')
