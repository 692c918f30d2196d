# StringIO written only at its end (the text kept as a growing string), then
# read, sought, truncated, written in the middle, re-initialised and closed:
# every operation sees the same text as one that kept code points all along.
import io

s = io.StringIO()
print(s.tell(), repr(s.getvalue()))
for piece in ('abc', '', 'd\xe9f', '\n', 'x' * 200, '\u20acwide', '\U0001f600', 'tail\n'):
    print(s.write(piece), s.tell(), len(s.getvalue()))
v = s.getvalue()
print(ascii(v[:10]), ascii(v[-20:]), v.isascii())
print(ascii(s.read()), s.tell())          # at the end: nothing to read
print(s.seek(0), ascii(s.readline()), ascii(s.read(5)), s.tell())
print(s.write('ZZ'), ascii(s.getvalue()[:16]), s.tell())
print(s.seek(0, 2), s.write('end'), ascii(s.getvalue()[-8:]))
print(s.truncate(4), ascii(s.getvalue()), s.tell())
print(s.write('!'), ascii(s.getvalue()))   # past the end after truncate: a gap of NULs
s.close()
for op in (s.getvalue, s.tell, lambda: s.write('x'), s.read):
    try:
        op()
    except ValueError as exc:
        print('ValueError', exc)

# only ASCII, then a wide character, then narrow again
t = io.StringIO()
t.write('plain')
a = t.getvalue()
t.write('\u0394')
b = t.getvalue()
t.write('more')
print(ascii(a), a.isascii(), ascii(b), ascii(t.getvalue()), len(t.getvalue()))

# iteration and readline after appends
u = io.StringIO()
for i in range(5):
    u.write('line %d\n' % i)
print(u.tell(), list(u), u.tell())
u.seek(0)
print(list(u))

# an initial value, and newline translation, keep the code point form
w = io.StringIO('start\n')
print(w.tell(), w.write('X'), ascii(w.getvalue()))
n = io.StringIO(newline=None)
n.write('a\r\nb\rc\n')
print(ascii(n.getvalue()), n.newlines)
r = io.StringIO(newline='\r\n')
r.write('a\nb\n')
print(ascii(r.getvalue()))
e = io.StringIO(newline='')
e.write('a\r\nb')
print(ascii(e.getvalue()), e.newlines)

# __init__ again empties it, whatever state it was in
x = io.StringIO()
x.write('first')
x.__init__()
print(repr(x.getvalue()), x.tell())
x.write('second')
x.seek(0)
x.__init__('again')
print(repr(x.getvalue()), x.tell(), repr(x.read()))
x.__init__()
x.write('third')
print(repr(x.getvalue()))

class Sub(io.StringIO):
    pass
y = Sub()
y.write('sub\nclass\n')
print(list(y), y.getvalue().count('\n'))
try:
    io.StringIO().write(b'bytes')
except TypeError as exc:
    print('TypeError', exc)
