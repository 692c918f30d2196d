from collections.abc import KeysView, ItemsView, ValuesView, MappingView, Set
from collections import OrderedDict

d = {'a': 1, 'b': 2}
for view in (d.keys(), d.items(), d.values(), OrderedDict(d).keys(), OrderedDict(d).items(), OrderedDict(d).values()):
    print(type(view).__name__, [c.__name__ for c in (KeysView, ItemsView, ValuesView, MappingView, Set)
                                if isinstance(view, c)])
kv = KeysView(d)
print(kv, len(kv), 'a' in kv, list(kv), kv & {'a'}, kv | {'z'} == {'a', 'b', 'z'}, kv - {'a'}, kv == d.keys())
iv = ItemsView(d)
print(iv, ('a', 1) in iv, ('a', 9) in iv, sorted(iv), iv == d.items(), len(iv))
vv = ValuesView(d)
print(vv, 1 in vv, 9 in vv, list(vv), len(vv))
print(KeysView._from_iterable([1, 1, 2]), ItemsView._from_iterable([(1, 2)]), MappingView.__class_getitem__(int))
print(KeysView.__slots__, MappingView.__slots__, KeysView.__mro__)
