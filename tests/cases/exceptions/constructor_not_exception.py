# Raising, or throwing into a generator, a class whose construction fails or
# gives something that is not an exception.
class E(Exception):
    def __new__(cls, *a):
        return 5


class Bad(Exception):
    def __init__(self, *a):
        raise ValueError('bad init')


try:
    raise E
except TypeError as e:
    print('raise:', e)
try:
    raise E from None
except TypeError as e:
    print('raise from:', e)


def catcher():
    while True:
        try:
            yield 'ready'
        except (TypeError, ValueError) as e:
            print('inside:', type(e).__name__, e)


for exc in (E, Bad):
    it = catcher()
    next(it)
    print(it.throw(exc))


def plain():
    yield 1


it = plain()
next(it)
try:
    it.throw(Bad)
except ValueError as e:
    print('outside:', e, it.gi_frame)
it = plain()
next(it)
it.throw(E)
