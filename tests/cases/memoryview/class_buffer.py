def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class Owner:
    def __init__(self, data):
        self.data = bytearray(data)
        self.log = []
    def __buffer__(self, flags):
        self.log.append(('get', flags))
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.log.append(('release', type(view).__name__, view.tobytes()))
o = Owner(b'xyz')
m = memoryview(o)
print(m.tobytes(), m.readonly, m.format)
m.release()
print(o.log)
o.log.clear()
print(bytes(o), bytearray(o))
print(o.log)
class Bad:
    def __buffer__(self, flags):
        return b'not a view'
show('bad memoryview', lambda: memoryview(Bad()))
show('bad bytes', lambda: bytes(Bad()))
class Failing:
    def __buffer__(self, flags):
        return memoryview(b'abc')
    def __release_buffer__(self, view):
        raise KeyError('boom')
print(bytes(Failing()))
print('end')
class Shout:
    def __init__(self):
        self.calls = []
    def __buffer__(self, flags):
        self.calls.append(flags)
        return memoryview(b'cls')
s = Shout()
print(b'-'.join([s, b'x', s]), b'>' + s, bytearray(b'<') + s)
print(s.calls)
class Resizer:
    def __init__(self, target):
        self.target = target
    def __buffer__(self, flags):
        self.target.extend(b'!!!!')
        return memoryview(b'r')
sep = bytearray(b',')
print(sep.join([b'a', Resizer(sep), b'b']), sep)
show('join bad', lambda: b''.join([Bad()]))
show('concat bad', lambda: b'' + Bad())
