# The module's names, constants, documentation and signatures.
import select

print([n for n in dir(select) if not n.startswith("__")])
for n in dir(select):
    v = getattr(select, n)
    if isinstance(v, int):
        print(n, v)
print(select.__doc__)
print(select.error is OSError, select)
for f in [select.select, select.poll]:
    print(f.__name__, f.__text_signature__, repr(f.__doc__))
p = select.poll()
print(type(p), type(p).__module__, type(p).__name__)
for n in ["register", "modify", "unregister", "poll"]:
    m = getattr(p, n)
    print(n, m.__text_signature__, repr(m.__doc__))
print(select.epoll.__text_signature__, repr(select.epoll.__doc__))
for n in ["close", "fileno", "fromfd", "register", "modify", "unregister", "poll"]:
    m = getattr(select.epoll, n)
    print(n, m.__text_signature__, repr(m.__doc__))
print(select.epoll.closed.__doc__)
