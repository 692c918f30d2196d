class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code, type(e).__name__, isinstance(e, Exception))
class WithStr(ValueError):
    def __str__(self):
        return f"WithStr[{self.args}]"
try:
    raise WithStr(1, 2)
except ValueError as e:
    print(e, repr(e))
class Plain(Exception): pass
print(repr(Plain()), repr(Plain("a")), str(Plain("a", "b")))
class KE(KeyError): pass
print(str(KE("k")), repr(KE("k")))
class Hier(LookupError): pass
try:
    raise Hier("x")
except LookupError as e:
    print("caught as LookupError", e)
print(Plain.__mro__)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, str(e), repr(e))
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
raise Custom("first", 2)
