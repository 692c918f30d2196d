def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abracadabra')
show('count a', lambda: m.count(97))
show('count bytes', lambda: m.count(b'a'))
show('index', lambda: m.index(99))
show('index start', lambda: m.index(97, 1))
show('index range', lambda: m.index(97, 1, 3))
show('index neg', lambda: m.index(97, -1))
show('missing', lambda: m.index(122))
show('float eq', lambda: m.count(97.0))
show('int fmt', lambda: memoryview(b'\x01\x00\x01\x00\x02\x00').cast('h').count(1))
show('2d count', lambda: m[:4].cast('B', [2, 2]).count(97))
show('2d index', lambda: m[:4].cast('B', [2, 2]).index(97))
show('0d index', lambda: m[:8].cast('q', []).index(1))
show('no args', lambda: m.count())
show('bad start', lambda: m.index(97, 'x'))
