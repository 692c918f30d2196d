import sys


def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sorted(f.f_back.f_locals)


def outer():
    local_a = 1
    return inner()


print(outer())


def tb_walk():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names


print(tb_walk())


def g():
    yield sys._getframe().f_code.co_name


gen = g()
print(gen.gi_frame.f_code.co_name, next(gen), gen.gi_running, gen.gi_code.co_flags & 0x20)
