# underscore_numbers: ints (and int subclasses without their own __repr__)
# get digit-group underscores; bools, enums, floats and sets do not.
import enum
import pprint


class I(int):
    pass


class J(int):
    def __repr__(self):
        return 'J!'


class E(enum.IntEnum):
    A = 123456


print(pprint.pformat(12345678, underscore_numbers=True))
print(pprint.pformat([12345678, -1234, True, 1.5e10, 10 ** 20, 999, 1000],
                     underscore_numbers=True))
print(pprint.pformat([I(12345678), J(123456), E.A], underscore_numbers=True))
print(pprint.pformat({12345}, underscore_numbers=True))
print(pprint.pformat((12345,), underscore_numbers=True))
print(pprint.pformat({10 ** 6: [10 ** 7] * 8}, underscore_numbers=True,
                     width=20))
print(pprint.pformat({10 ** 6: [10 ** 7] * 8}, underscore_numbers=False,
                     width=20))
p = pprint.PrettyPrinter(underscore_numbers=True)
print(p.pformat(10 ** 10), p.isreadable(10 ** 10), pprint.saferepr(10 ** 10))
