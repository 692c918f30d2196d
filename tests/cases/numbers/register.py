# numbers: registering classes as virtual subclasses.
import numbers

class MyNum:
    pass
print(issubclass(MyNum, numbers.Number), isinstance(MyNum(), numbers.Complex))
numbers.Real.register(MyNum)
print(issubclass(MyNum, numbers.Number), issubclass(MyNum, numbers.Complex), issubclass(MyNum, numbers.Real),
      issubclass(MyNum, numbers.Rational))
print(numbers.Integral.register(type("Counter", (), {})).__name__)
class Sub(int): pass
print(isinstance(Sub(5), numbers.Integral), issubclass(Sub, numbers.Rational))
class FloatSub(float): pass
print(isinstance(FloatSub(1.5), numbers.Rational), isinstance(FloatSub(1.5), numbers.Real))
try:
    numbers.Number.register(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(True, numbers.Integral), isinstance(1j, numbers.Real))
