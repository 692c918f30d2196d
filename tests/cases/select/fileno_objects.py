# Objects with fileno(): what they return, what they raise.
import select


class F:
    def __init__(self, result):
        self.result = result

    def fileno(self):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result

    def __repr__(self):
        return "F(%r)" % (self.result,)


class Sub(int):
    pass


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for r in [1, Sub(2), 2**31, -1, 1.0, "1", None, ValueError("closed"), OSError(9, "bad")]:
    attempt("select %r" % (r,), select.select, [], [F(r)], [], 0)
    p = select.poll()
    attempt("poll.register %r" % (r,), p.register, F(r))
    e = select.epoll()
    attempt("epoll.register %r" % (r,), e.register, F(r), select.EPOLLOUT)
    e.close()


class NoFileno:
    fileno = 5


attempt("fileno not callable", select.select, [NoFileno()], [], [], 0)
attempt("Sub fd", select.select, [], [Sub(1)], [], 0)
