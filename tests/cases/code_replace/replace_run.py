# A replaced code object runs: new constants, names and variables are used.
def greet(name):
    return 'hello ' + name

greet.__code__ = greet.__code__.replace(co_consts=tuple(
    'bye ' if c == 'hello ' else c for c in greet.__code__.co_consts))
print(greet('you'))

def add(a, b):
    return a + b

sub_code = add.__code__.replace(co_varnames=('left', 'right'))
def sub(a, b):
    pass
sub.__code__ = sub_code
print(sub(5, 3), sub(left=1, right=2), sub.__code__.co_varnames)
try:
    sub(a=1, b=2)
except TypeError as ex:
    print(ex)

def uses_len(s):
    return len(s)
uses_len.__code__ = uses_len.__code__.replace(co_names=('repr',))
print(uses_len('abc'))

def boom():
    raise ValueError('from the copy')
boom.__code__ = boom.__code__.replace(co_name='elsewhere', co_filename='nowhere.py')
try:
    boom()
except ValueError as ex:
    tb = ex.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename)

# A module-level code object: exec runs the copy with its new constants.
def show():
    print('shown', 41)
code = show.__code__.replace(co_consts=tuple(42 if c == 41 else c for c in show.__code__.co_consts))
exec(code, {'print': print})

# A function whose code is swapped while it runs finishes with the old code.
def swapping():
    swapping.__code__ = replacement.__code__
    return 'old body'
def replacement():
    return 'new body'
print(swapping(), swapping())

def gen():
    yield 1
    gen.__code__ = other.__code__
    yield 2
def other():
    yield 'other'
g = gen()
print(list(g), list(gen()))
try:
    gen.__code__ = None
except TypeError as ex:
    print(ex)
try:
    del gen.__code__
except TypeError as ex:
    print(ex)

# Changing the number of free variables: a function keeps its closure size.
def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
try:
    inner.__code__ = greet.__code__
except ValueError as ex:
    print(ex)
