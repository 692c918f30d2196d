# copy and deepcopy go through the same reductions as pickle; pickle's
# arrival changes nothing for them.
import copy
import pickle
import collections


class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)

    def __reduce_ex__(self, proto):
        print('reduce_ex', proto)
        return super().__reduce_ex__(proto)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
c = copy.deepcopy(tree)
print(c.v, [n.v for n in c.children], c.children[1].children[0].v, c is not tree)
s = copy.copy(tree)
print(s.children is tree.children)
r = pickle.loads(pickle.dumps(tree, 2))
print(r.children[1].children[0].v)
d = collections.OrderedDict(a=[1])
e = copy.deepcopy(d)
print(e, e['a'] is not d['a'])
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m[1] is m)
print(copy.deepcopy(pickle.loads(pickle.dumps({'k': (1, [2])}))))
