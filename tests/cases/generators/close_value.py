def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        return "close-result"

it = g()
next(it)
print(repr(it.close()))
print(repr(it.close()))

def plain():
    yield 1
it = plain()
print(repr(it.close()))
it = plain()
next(it)
print(repr(it.close()))

def fin():
    try:
        yield 1
    finally:
        print("finally ran")
it = fin()
next(it)
print(repr(it.close()))
# close of not-started generator does not run the body
it = fin()
print(repr(it.close()))

def reraise():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup")
        raise
it = reraise()
next(it)
print(repr(it.close()))

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("during close")
it = raises_other()
next(it)
try:
    it.close()
except KeyError as e:
    print("close raised", repr(e), repr(e.__context__))
