# Templates, dataclasses, closures over classes, typing forms and embedded objects in the FORWARDREF and STRING formats.
import annotationlib as A, functools, dataclasses, typing
from annotationlib import Format, ForwardRef, get_annotations
def f(x: t'hello {name!r:>10} {1+2}', y: t'{X}') : pass
print(get_annotations(f, format=Format.STRING))
@dataclasses.dataclass
class DC:
    a: int
    b: Missing = None
print(get_annotations(DC, format=Format.FORWARDREF))
print(get_annotations(DC.__init__, format=Format.STRING))
p = functools.partial(f, 1)
try:
    print(get_annotations(p, format=Format.STRING))
except Exception as e: print(type(e).__name__, e)
def outer():
    class Inner:
        a: Free
    Free = int
    return Inner
I = outer()
r = get_annotations(I, format=Format.FORWARDREF)
print(r)
def outer2():
    class Inner:
        a: Free2
        b: list[Free2]
    return Inner
    Free2 = 1
I2 = outer2()
r2 = get_annotations(I2, format=Format.FORWARDREF)
print(r2, type(r2['a'].__cell__).__name__)
print(get_annotations(I2, format=Format.STRING))
print(r2['a'] == r2['a'], hash(r2['a']) == hash(r2['a']))
print(A.type_repr(typing.List), A.type_repr(f), A.type_repr(print), A.type_repr(str.join), A.type_repr(dict.fromkeys))
class M(type):
    pass
class WithMeta(metaclass=M):
    z: Undefined
print(get_annotations(WithMeta, format=Format.FORWARDREF))
print(WithMeta.__annotate__(1) if False else 'skip')
def g(a: X.y(z=[1, {2: 3}], w=(4,)), b: X[1:2:3], c: X[:, ...]): pass
print(get_annotations(g, format=Format.STRING))
def many(a: X1 | X2 | None, b: typing.Optional[X3], c: typing.Callable[[X4], X5]): pass
for k, v in get_annotations(many, format=Format.FORWARDREF).items(): print(k, repr(v).replace(repr(many), '<m>'))
print(get_annotations(many, format=Format.STRING))
def fwd_in_cls():
    class K:
        a: 'quoted'
        b: list['q2']
    return K
print(get_annotations(fwd_in_cls(), format=Format.FORWARDREF))
print(ForwardRef('X').__forward_arg__, ForwardRef('X').__resolved_str__)
try:
    ForwardRef('X').__stringifier_dict__
except AttributeError as e:
    print("AttributeError", e)
r = get_annotations(g, format=Format.FORWARDREF)
print(r)
def emb(a: Missing[dataclasses.Field, DC]): pass
e = get_annotations(emb, format=Format.FORWARDREF)['a']
print(repr(e).replace(repr(emb), '<e>'), e.__forward_arg__, e.__extra_names__)
Missing = dict
print(e.evaluate())
