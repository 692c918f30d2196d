def g():
    try:
        yield "first"
    except ValueError:
        yield "in handler"
        raise KeyError("k")

it = g()
next(it)
print(it.throw(ValueError("v")))
try:
    next(it)
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

def raiser():
    yield 1
    raise TypeError("from gen")

it = raiser()
next(it)
try:
    raise OSError("caller")
except OSError:
    try:
        next(it)
    except TypeError as e:
        print(repr(e), "context", repr(e.__context__))

def handler_spans_yield():
    try:
        raise IndexError("inside")
    except IndexError:
        yield "suspended in except"
        try:
            raise NameError("later")
        except NameError as e:
            yield repr(e.__context__)

it = handler_spans_yield()
print(next(it))
try:
    raise ZeroDivisionError("outside")
except ZeroDivisionError as e:
    print(next(it))
    print("caller context", repr(e.__context__))

def bare_raise():
    try:
        raise ValueError("orig")
    except ValueError:
        yield 1
        raise
it = bare_raise()
next(it)
try:
    next(it)
except ValueError as e:
    print("re-raised", repr(e))
