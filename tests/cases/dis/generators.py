# generators, yield from, and disassembling a generator object
import dis


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            yield from range(got)
    return "end"


dis.dis(gen)
g = gen(3)
dis.dis(g)
print(dis.code_info(g))
