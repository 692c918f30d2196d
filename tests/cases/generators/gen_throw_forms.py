def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
c = catcher()
next(c)
c.throw(ValueError("instance"))
c.throw(KeyError)
c.throw(TypeError("a", "b"))
def uncaught():
    yield 1
u = uncaught()
next(u)
try:
    u.throw(IndexError("out"))
except IndexError as e:
    print("propagated", e)
print(u.gi_frame)
