# Statements and setups given as text: compiled into the template, run in
# the given globals, with SyntaxErrors for pieces that do not compile and
# tracebacks through <timeit-src>.
import timeit
import traceback

t = timeit.Timer('x = sorted(data)', setup='data = list(range(50, 0, -1))')
print(type(t.timeit(10)).__name__, len(t.repeat(3, 5)))
print(t.src)
count = [0]
g = {'count': count}
timeit.timeit('count[0] += 1', number=7, globals=g)
print(count)
timeit.timeit(lambda: count.append(1), setup='y = 2', number=2)
print(count)
t = timeit.Timer('total += i', setup='total = 0\ni = 3\nfor k in range(2):\n    total += k')
t.timeit(5)
for stmt, setup in [('x = (', 'pass'), ('pass', 'def f():\n  nonlocal q'), ('return 1', 'pass'),
                    ('pass', 'return'), ('yield 1', 'pass'), ('break', 'pass')]:
    try:
        timeit.Timer(stmt, setup)
    except SyntaxError as e:
        print(repr(stmt), repr(setup), 'SyntaxError', e.msg, e.filename, e.lineno)
t = timeit.Timer('1 / zero', setup='zero = 0')
try:
    t.timeit(1)
except ZeroDivisionError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print(last.filename, last.lineno, last.name)
print(timeit.repeat('a * 2', 'a = 21', number=3, repeat=2).__class__.__name__)
