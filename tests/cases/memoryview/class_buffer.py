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
