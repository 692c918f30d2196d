# env: COLUMNS=80
# Namespaces: a subclass, a plain object, attributes already set, reuse,
# repr of odd names, equality and containment.
import argparse

class MyNS(argparse.Namespace):
    def total(self):
        return self.a + self.b

p = argparse.ArgumentParser(prog='ns')
p.add_argument('--a', type=int, default=1)
p.add_argument('--b', type=int, default=2)
p.add_argument('--list', action='append')
ns = p.parse_args(['--a', '5'], namespace=MyNS())
print(type(ns).__name__, ns, ns.total())
pre = argparse.Namespace(b=20, list=['pre'])
print(p.parse_args(['--list', 'x'], namespace=pre), pre)
class Bare:
    pass
bare = p.parse_args([], Bare())
print(type(bare).__name__, sorted(vars(bare).items()))
again = p.parse_args(['--a', '7'], namespace=ns)
print(again is ns, ns)
odd = argparse.Namespace(**{'a-b': 1, '1x': 2, 'ok': 3, 'class': 4})
print(odd, repr(odd), odd == argparse.Namespace(**{'a-b': 1, '1x': 2, 'ok': 3, 'class': 4}))
print(argparse.Namespace(), argparse.Namespace() == argparse.Namespace(),
      argparse.Namespace(a=1) == argparse.Namespace(a=2), 'ok' in odd)
print(argparse.Namespace.__eq__(odd, 'x'), hash(argparse.Namespace) is not None)
q = argparse.ArgumentParser(prog='dash')
q.add_argument('--with-dash', dest='with-dash')
q.add_argument('pos-arg')
print(q.parse_args(['--with-dash', 'v', 'p']))
print(vars(q.parse_args(['p'])))
