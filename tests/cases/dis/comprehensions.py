# list, set, dict comprehensions and generator expressions
import dis


def comps(data):
    a = [x * x for x in data if x]
    b = {x % 3 for x in data}
    c = {k: v for k, v in zip(data, data)}
    d = sum(x for x in data)
    e = [(i, j) for i in data for j in range(i)]
    return a, b, c, d, e


dis.dis(comps)
