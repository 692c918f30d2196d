# References to generators die before their finally blocks run
import weakref


def gen(tag):
    try:
        yield 1
    finally:
        print("finally", tag, "ref alive:", refs[tag]() is not None)


refs = {}
g = gen("g")
refs["g"] = weakref.ref(g, lambda w: print("callback g"))
next(g)
del g
print("--")
h = gen("h")
refs["h"] = weakref.ref(h)
for x in h:
    pass
print(refs["h"]())
