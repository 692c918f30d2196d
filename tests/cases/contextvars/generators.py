# Generators run in the context of whoever resumes them: they do not get
# one of their own.
import contextvars

v = contextvars.ContextVar('v', default='unset')

def gen():
    print('gen starts with', v.get())
    v.set('set by gen')
    yield 1
    print('gen resumed with', v.get())
    yield 2
    print('gen ends with', v.get())

g = gen()
next(g)
print('caller sees', v.get())
v.set('set by caller')
ctx = contextvars.Context()
ctx.run(next, g)
print('caller sees', v.get(), '| ctx has', list(ctx.values()))
for _ in g:
    pass

def counter():
    total = 0
    while True:
        total += yield v.get()
g = counter()
next(g)
print(contextvars.Context().run(g.send, 1), g.send(2))

# generator expressions too
v.set('outer')
print(list(v.get() for _ in range(2)), contextvars.Context().run(lambda: list(v.get() for _ in range(2))))
