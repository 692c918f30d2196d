# numbers: each class's abstract methods, and the instantiation error.
import numbers

for n in numbers.__all__:
    c = getattr(numbers, n)
    print(n, sorted(c.__abstractmethods__))
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
class Partial(numbers.Real):
    def __float__(self): return 1.0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(numbers.Number() is not None)
