def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'abcdef')
m = memoryview(b)
ops = [('append', lambda: b.append(1)), ('extend', lambda: b.extend(b'x')),
       ('pop', lambda: b.pop()), ('pop0', lambda: b.pop(0)), ('clear', lambda: b.clear()),
       ('grow slice', lambda: b.__setitem__(slice(0, 2), b'xyz')),
       ('shrink slice', lambda: b.__setitem__(slice(0, 2), b'x')),
       ('same slice', lambda: b.__setitem__(slice(0, 2), b'AB')),
       ('del item', lambda: b.__delitem__(0)), ('del slice', lambda: b.__delitem__(slice(0, 4, 2))),
       ('iadd', lambda: b.__iadd__(b'x')), ('imul 2', lambda: b.__imul__(2)),
       ('imul 1', lambda: b.__imul__(1)), ('insert', lambda: b.insert(0, 1)),
       ('remove', lambda: b.remove(66)), ('remove missing', lambda: b.remove(1)),
       ('init', lambda: b.__init__(b'zz')), ('reverse', lambda: b.reverse()),
       ('setitem', lambda: b.__setitem__(0, 122))]
for name, op in ops:
    show(name, op)
print(b, m.tobytes())
s = m[1:3]
m.release()
show('slice keeps export', lambda: b.append(1))
print(s.tobytes())
s.release()
b.append(33)
print(b)
