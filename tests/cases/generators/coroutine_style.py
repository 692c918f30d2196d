def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")

def primed(gen):
    next(gen)
    return gen

p = primed(printer(">>"))
g = primed(grep("py", p))
for line in ["python", "ruby", "cipy", "java", "pypy"]:
    g.send(line)
g.close()
p.close()

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

a = primed(printer("A"))
b = primed(printer("B"))
bc = primed(broadcast([a, b]))
bc.send(1)
bc.send("two")
bc.close()
a.close()
b.close()
