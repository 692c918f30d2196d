# Functions become bound methods through the class; instance attributes don't.
class K:
    def who(self, suffix=""):
        return type(self).__name__ + suffix

k = K()
print(k.who(), K.who(k, "!"), K.who.__get__(k)("?"))
k.plain = lambda: "no self"
print(k.plain())

def outside(self):
    return "outside " + self.who()

K.attached = outside
print(k.attached())
bound = k.who
print(bound(), bound.__self__ is k, bound.__func__.__name__)
unbound = K.__dict__["who"]
print(unbound(k, "#"))
print(outside.__get__(k, K)(), outside.__get__(None, K) is outside)
try:
    K.who()
except TypeError as e:
    print(e)
