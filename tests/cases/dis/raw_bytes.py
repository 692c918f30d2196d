# dis.dis of raw bytecode (no names, constants or lines)
import dis


def f(a, b):
    c = a + b
    return g(c, a.x)


dis.dis(f.__code__.co_code)
dis.dis(bytearray(f.__code__.co_code))
dis.dis(bytes([9, 0, 44, 0]) + bytes(10))
for bad in (1, 2.5, [1], None.__class__):
    try:
        dis.dis(bad)
    except TypeError as e:
        print(e)
for bad in (1, [1]):
    try:
        dis.code_info(bad)
    except TypeError as e:
        print(e)
