# complex(real, imag) with a complex part: a DeprecationWarning for each,
# once both parts are known to be numbers.
import warnings


class D:
    def __complex__(self):
        return 2j


class E(complex):
    pass


print(complex(1j, 2.0))
print(complex(1, 1j))
print(complex(1j, 1j))
print(complex(1j))
print(complex(E(1j), 1))
print(complex(D(), 1))
print(complex(1, E(1j)))
for args in [(1j, "x"), ("1", 1j), (1j, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        complex(1j, 1j)
    except DeprecationWarning as e:
        print("raised:", e)
