# Sets and frozensets laid out sorted, with their subclasses' names.
import pprint


class S(set):
    pass


class FS(frozenset):
    pass


for value in (set(range(30)), frozenset(range(30)), S(range(12)),
              FS(range(12)), set(), frozenset(), S(), {3, 1, 2}):
    for width in (1, 20, 80):
        for indent in (1, 4):
            print(pprint.pformat(value, width=width, indent=indent))
mixed = {3, 'a', None, (1,), 2.5, 1}
print(pprint.pformat(mixed, width=10))
print(pprint.pformat([frozenset({'b', 'c', 'a'})], width=10))
print(pprint.pformat({frozenset({1, 2}), frozenset({0})}, width=5))
print(pprint.pformat([set(range(15))], width=20, compact=True))
