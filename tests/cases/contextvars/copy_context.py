# copy_context() and Context.copy(): snapshots that do not follow later changes.
import contextvars

v = contextvars.ContextVar('v', default=0)
w = contextvars.ContextVar('w')
empty = contextvars.copy_context()
print(len(empty), v in empty)
v.set(1)
snap = contextvars.copy_context()
v.set(2)
w.set('w')
print(snap[v], w in snap, v.get(), len(snap), len(contextvars.copy_context()))
copy = snap.copy()
print(type(copy).__name__, copy is snap, copy == snap, copy[v])
copy.run(v.set, 99)
print(copy[v], snap[v], copy == snap, copy != snap)
# a copy made inside a run copies that context
print(snap.run(lambda: contextvars.copy_context()[v]))
print(snap.run(contextvars.copy_context) == snap)
print(snap.run(contextvars.copy_context) is snap)
# many copies sharing one state, each changed on its own
copies = [contextvars.copy_context() for _ in range(5)]
for i, c in enumerate(copies):
    c.run(v.set, i * 10)
print([c[v] for c in copies], v.get())
# iterating a context while it changes sees the state it started with
ctx = contextvars.copy_context()
items = ctx.items()
ctx.run(v.set, 'later')
ctx.run(contextvars.ContextVar('new').set, 'added')
print(sorted((k.name, val) for k, val in items), len(ctx))
