# UserDict, UserList and UserString are shown as their data.
import collections
import pprint


class UD(collections.UserDict):
    pass


class UL(collections.UserList):
    pass


class US(collections.UserString):
    pass


big = list(range(10))
for value in (collections.UserDict({'b': 1, 'a': big}), UD(a=big),
              collections.UserList(big), UL(big),
              collections.UserString('hello world this is long ' * 2),
              US('ab cd ef gh ij kl'), collections.UserDict(),
              collections.UserList(), collections.UserString('')):
    for width in (1, 12, 30):
        print(pprint.pformat(value, width=width))
        print(pprint.pformat([value], width=width))
        print(pprint.pformat({'k': value}, width=width, indent=3))
print(pprint.pformat(collections.UserList([[[1]], big]), depth=1, width=10))
print(pprint.pformat(collections.UserString('ab cd ef gh'), width=5, depth=1))
