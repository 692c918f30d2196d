def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('int', lambda: memoryview(1))
show('str', lambda: memoryview('a'))
show('none', lambda: memoryview(None))
show('list', lambda: memoryview([1, 2]))
show('kw', lambda: memoryview(object=b'ab').tolist())
show('two args', lambda: memoryview(b'a', 1))
show('no args', lambda: memoryview())
show('bad kw', lambda: memoryview(obj=b'a'))
show('mv of mv', lambda: memoryview(memoryview(b'ab')).tobytes())
show('subclass', lambda: memoryview(type('B', (bytes,), {})(b'sub')).tobytes())
show('bytearray subclass', lambda: memoryview(type('BA', (bytearray,), {})(b'sub')).readonly)
show('subclassable', lambda: type('M', (memoryview,), {}))
show('isinstance', lambda: isinstance(memoryview(b''), memoryview))
show('bool empty', lambda: bool(memoryview(b'')))
show('bool', lambda: bool(memoryview(b'a')))
