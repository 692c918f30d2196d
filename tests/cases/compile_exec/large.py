# Large programs through compile()/exec(): long operator chains, hundreds of
# locals, names and constants (EXTENDED_ARG), long jumps, big displays.
import sys

for n in (100, 1000, 3000):
    exec('x = ' + '+'.join(['1'] * n) + '\nprint(x)')
print(sys.getrecursionlimit())
src = 'def f():\n' + ''.join('    v%d = %d\n' % (i, i * 1000) for i in range(300))
src += '    return v299 + v0 + v255 + v256\nprint(f(), len(f.__code__.co_varnames))'
exec(src)
src = 'x = 0\nfor i in range(3):\n' + '    x += 1\n' * 300 + '    if i == 1:\n        break\nprint(x)'
exec(src)
src = 'i = 0\nwhile i < 2:\n' + '    i += 1; j = i * 2\n' * 150 + 'print(i, j)'
exec(src)
exec('print(len([' + ','.join(str(i) for i in range(1000)) + ']))')
exec('print(len({' + ','.join('%d: "%d"' % (i, i) for i in range(100)) + '}))')
exec('print(f(' + ','.join(str(i) for i in range(300)) + '))', {'f': lambda *a: sum(a)})
exec('print(f(' + ','.join('k%d=%d' % (i, i) for i in range(300)) + '))',
     {'f': lambda **k: sum(k.values())})
exec('print(' + ' + '.join('n%d' % i for i in range(400)) + ')',
     {'n%d' % i: i for i in range(400)})
exec('print(len((' + ','.join('"s%d"' % i for i in range(500)) + ')))')
exec('print(sum([' + ','.join('%d.5' % i for i in range(400)) + ']))')
src = 'def g(x):\n'
for i in range(120):
    src += '    if x == %d:\n        return %d\n' % (i, i * 2)
src += '    return -1\nprint(g(0), g(119), g(500))'
exec(src)
