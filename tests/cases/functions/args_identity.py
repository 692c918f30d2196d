# Arguments are passed by object reference: mutation is visible, rebinding not.
def mutate(lst, d):
    lst.append("added")
    d["k"] = "v"

def rebind(lst):
    lst = ["new"]
    return lst

items, mapping = [], {}
mutate(items, mapping)
print(items, mapping)
print(rebind(items), items)

def same(a, b):
    return a is b

obj = object()
print(same(obj, obj), same(*[obj, obj]), same(obj, b=obj))

def star(*args):
    return args

t = (1, 2)
print(star(*t) == t, type(star(*t)).__name__)

def kw(**kwargs):
    return kwargs

d = {"a": 1}
print(kw(**d) is d, kw(**d) == d)
