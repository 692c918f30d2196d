# imports, globals, deletes, attributes and subscripts
import dis

G = 1


def work(seq):
    global G
    import os.path
    from sys import argv as av, path
    G = G + len(av)
    del seq[0]
    seq[1:3] = [os.path, path]
    x, *rest = seq
    seq.attr = rest[::2]
    del seq.attr
    return x


dis.dis(work)
