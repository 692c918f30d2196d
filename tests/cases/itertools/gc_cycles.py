# Cycles through each iterator (collected at exit: the sanitizer build checks none leaks).
import itertools as it
class Node:
    pass
def make(name, wrap):
    n = Node(); n.name = name
    n.it = wrap(n)
    return n
wraps = {
    'chain': lambda n: it.chain([n]),
    'cycle': lambda n: it.cycle([n]),
    'repeat': lambda n: it.repeat(n),
    'count': lambda n: it.count(0, 1),
    'islice': lambda n: it.islice([n], 1),
    'tee': lambda n: it.tee([n])[0],
    'groupby': lambda n: it.groupby([n]),
    'accumulate': lambda n: it.accumulate([n], initial=n),
    'starmap': lambda n: it.starmap(n.__class__, [()]),
    'zip_longest': lambda n: it.zip_longest([], fillvalue=n),
    'product': lambda n: it.product([n]),
    'pairwise': lambda n: it.pairwise([n, n]),
}
for name, w in wraps.items():
    n = make(name, w)
    print(name, type(n.it).__name__)
t1, t2 = it.tee(iter(range(100)))
next(t1)
node = Node(); node.name = 'tee-held'; node.t = t2; t2_ref = [node]
del node, t2_ref
print('done')
