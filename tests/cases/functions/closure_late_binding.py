# Closures see the variable, not its value at creation: late binding.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])

fns = [lambda: j for j in range(3)]
print([f() for f in fns])

fns = [lambda j=j: j for j in range(3)]
print([f() for f in fns])

def make():
    acts = []
    for k in "abc":
        def act():
            return k
        acts.append(act)
    k = "changed"
    return acts

print([a() for a in make()])

def make_bound():
    return [(lambda v: (lambda: v))(k) for k in "xyz"]

print([a() for a in make_bound()])
