import inspect
P = inspect.Parameter
print(repr(P.POSITIONAL_ONLY), str(P.POSITIONAL_OR_KEYWORD), P.VAR_POSITIONAL.description)
print([k.name for k in type(P.KEYWORD_ONLY)], type(P.VAR_KEYWORD).__name__)
print(P.KEYWORD_ONLY == 3, P.KEYWORD_ONLY > P.POSITIONAL_ONLY)
p = P('x', P.KEYWORD_ONLY, default=None, annotation=int)
print(p, repr(p), p.name, p.kind, p.default, p.annotation)
print(p.replace(name='y'), p.replace(default=P.empty), p.replace(annotation=P.empty, kind=P.POSITIONAL_ONLY))
print(P('a', 1) == P('a', 1), P('a', 1) == P('a', 2), P('a', 1) != P('b', 1), hash(P('a', 1)) == hash(P('a', 1)))
print(P('a', P.VAR_POSITIONAL), P('k', P.VAR_KEYWORD, annotation='x'), P('s', 1, default='q'))
print(P('n', 1, annotation=list[int], default=[1]))
for args, kw in [(('1x', 0), {}), (('a', 5), {}), (('a', P.VAR_POSITIONAL), {'default': 1}),
                 (('a', P.VAR_KEYWORD), {'default': 1}), ((3, 0), {}), (('def', 0), {}),
                 (('.0', 1), {}), (('.0', 3), {})]:
    try:
        print(P(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P.empty is inspect.Signature.empty, P.empty, repr(inspect._empty))
import copy
print(copy.replace(p, name='zz'))
