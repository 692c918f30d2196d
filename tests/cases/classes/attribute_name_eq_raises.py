# An attribute name whose __eq__ raises: the lookup on the class finds
# nothing (the error is not kept), the instance dict reports it.


class S(str):
    def __eq__(self, other):
        raise ValueError("eq")

    def __hash__(self):
        return hash(str(self))


class C:
    x = 1


c = C()
for action in (lambda: getattr(c, S("x")), lambda: getattr(C, S("x")), lambda: hasattr(c, S("x")),
               lambda: setattr(c, S("y"), 2), lambda: getattr(c, S("y")), lambda: c.__dict__,
               lambda: getattr(c, "x"), lambda: getattr(1, S("real"))):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)
