# try/except/else/finally compiled by exec(): results, handler variables,
# tracebacks and their positions.
# lib: execprog
from execprog import run

run('''
try:
    1/0
except ZeroDivisionError as e:
    print('caught', e)
print('e' in dir())
''')

run('''
def f(x):
    try:
        if x: raise ValueError(x)
        print('body')
    except (TypeError, ValueError) as e:
        print('h', repr(e))
        return 'r1'
    except Exception:
        print('other')
    else:
        print('else')
        return 'else'
    finally:
        print('fin')
print(f(0), f(1))
''')

run('''
def h():
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError('x') from None
try:
    h()
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
''')

run('''
def h():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    h()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
''')

run('''
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        int('x')
    except ValueError:
        print('in handler', sys.exc_info()[0].__name__)
        raise
import sys
try:
    reraiser()
except ValueError as e:
    print('again', e)
print(sys.exc_info())
''')

run('''
x = 5
try:
    pass
except:
    print('never')
else:
    print('else runs', x)
try:
    undefined_name
except NameError as exc:
    print(exc)
try:
    print(exc)
except NameError as e2:
    print('deleted:', e2)
''')

run('''
def nested():
    try:
        try:
            [][1]
        except KeyError:
            print('wrong')
        print('skipped')
    except IndexError as e:
        print('outer', e)
        try:
            1/0
        except ZeroDivisionError as z:
            print('inner', z, repr(z.__context__))
        print(sys.exc_info()[1])
    print(sys.exc_info())
import sys
nested()
''')

run('''
def f():
    try:
        a = 1
        b = a + 'x'
    except TypeError:
        c = undefined
f()
''')

run('''
def f():
    try:
        pass
    except:
        pass
    except ValueError:
        pass
''')

run('''
class E(Exception):
    pass
for exc in (E, Exception, BaseException, (E, KeyError)):
    try:
        raise E('e')
    except exc as caught:
        print(type(caught).__name__, exc)
try:
    try:
        raise KeyError
    except 5:
        pass
except TypeError as e:
    print(e)
''')

run('''
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('closing')
        raise
    finally:
        print('gen finally')
g = gen()
print(next(g))
g.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        yield 'got %s' % e
g = gen2()
next(g)
print(g.throw(ValueError('v')))
''')

run('''
def f():
    try:
        raise ValueError
    except ValueError:
        del sys
    return 1
import sys
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__)
def g():
    try:
        raise ValueError
    except ValueError as e:
        del e
g()
print('ok')
''')

run('''
def f():
    try:
        1/0
    except ZeroDivisionError:
        1 + None
f()
''')

run('''
assert 1 == 1
assert 1 == 1, 'message'
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('assert:', e.args)
try:
    assert [], [1, 2]
except AssertionError as e:
    print('assert:', e.args)
try:
    assert False
except AssertionError as e:
    print('assert:', e.args)
''')

code = compile('assert False, "gone"\nprint("optimized away")', 'o', 'exec', optimize=1)
exec(code)
code = compile('print(__debug__)', 'o', 'exec', optimize=1)
exec(code)

run('''
raise TypeError('top level')
''')

run('''
def f():
    raise 5
f()
''')

run('''
def f():
    raise ValueError from 5
f()
''')
