# closures: cells, free variables, nested code objects and depth
import dis


def outer(a, b=2, *args, c, **kw):
    def middle(x):
        nonlocal a
        a += x

        def inner():
            return a + b + x
        return inner
    return middle


dis.dis(outer)
print("== depth 0")
dis.dis(outer, depth=0)
print("== depth 1")
dis.dis(outer.__code__, depth=1)
print(dis.code_info(outer))
print(dis.code_info(outer(1, c=3)))
