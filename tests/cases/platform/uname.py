# uname() and its parts: the machine's own values, the same as os.uname's,
# with the processor asked of "uname -p" ('unknown' shown as '').
import os
import platform

u = platform.uname()
print(u)
print(len(u), type(u).__name__, u is platform.uname())
print(tuple(u)[:5] == tuple(os.uname()))
print(platform.system(), platform.node(), platform.release(), platform.version(), platform.machine())
print(repr(platform.processor()), repr(u.processor), u[5] == u.processor == u[-1])
system, node, release, version, machine, processor = u
print(system == platform.system(), processor == platform.processor())
platform.invalidate_caches()
v = platform.uname()
print(v is u, v == u, tuple(v) == tuple(u))
