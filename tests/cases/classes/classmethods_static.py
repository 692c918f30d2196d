class Temperature:
    scale = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temperature.count += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(deg):
        return deg > -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self.deg:.1f}{self.scale})"
class Kelvin(Temperature):
    scale = "K"
print(Temperature.from_f(212), Kelvin.from_f(32), Temperature.valid(-300), Kelvin.valid(0))
print(Temperature.count, Kelvin.count, Temperature(1).from_f(50))
print(type(Temperature.__dict__["from_f"]).__name__, type(Temperature.__dict__["valid"]).__name__)
