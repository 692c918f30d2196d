# ExitStack: exceptions raised by callbacks, and their contexts
import sys
from contextlib import ExitStack

def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out

def raiser(exc):
    def cb(*details):
        print("callback raising", repr(exc), "for", repr(details[1]) if details else None,
              "handled:", repr(sys.exception()))
        raise exc
    return cb

# the block raises, then three exit callbacks do
try:
    with ExitStack() as s:
        s.push(raiser(KeyError(1)))
        s.push(raiser(ValueError(2)))
        s.push(raiser(TypeError(3)))
        raise IndexError(0)
except Exception as e:
    print(chain(e))

# no exception in the block
try:
    with ExitStack() as s:
        s.callback(raiser(KeyError(1)))
        s.callback(raiser(ValueError(2)))
except Exception as e:
    print(chain(e))

# while an outer exception is being handled
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as s:
            s.callback(raiser(KeyError(1)))
            s.callback(raiser(ValueError(2)))
except Exception as e:
    print(chain(e))

try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as s:
            s.callback(raiser(KeyError(1)))
            raise LookupError("block")
except Exception as e:
    print(chain(e))

# a callback raising the exception it was given
def reraise(t, v, tb):
    raise v
E = KeyError("same")
try:
    with ExitStack() as s:
        s.push(reraise)
        raise E
except KeyError as e:
    print(e is E, chain(e))

# an exception whose context already ends elsewhere
def raise_with_own_context(*details):
    try:
        raise ArithmeticError("inner")
    except ArithmeticError:
        raise ValueError("from handler")
try:
    with ExitStack() as s:
        s.callback(raise_with_own_context)
        s.push(raiser(TypeError("x")))
        raise IndexError("block")
except Exception as e:
    print(chain(e))

# a later callback suppresses the exception of an earlier one
try:
    with ExitStack() as s:
        s.push(lambda *d: print("suppressing", repr(d[1])) or True)
        s.callback(raiser(KeyError("k")))
        raise IndexError("i")
    print("all suppressed")
except Exception as e:
    print("unexpected", chain(e))
