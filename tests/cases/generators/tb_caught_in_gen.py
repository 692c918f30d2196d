import_free = True
def g():
    try:
        yield 1 / 0
    except ZeroDivisionError as e:
        yield "caught " + str(e)
    try:
        yield [][1]
    except IndexError as e:
        yield "caught " + str(e)
    raise AttributeError("final")

it = g()
print(next(it))
print(next(it))
try:
    next(it)
except AttributeError as e:
    print(repr(e), e.__context__)
print(next(it, "closed"))
