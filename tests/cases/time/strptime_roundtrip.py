# strftime then strptime gives the fields back, for many times.
# env: TZ=UTC
import time

fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y"
ok = 0
for i in range(400):
    t = -2208988800 + i * 23456789
    g = time.gmtime(t)
    s = time.strftime(fmt, g)
    back = time.strptime(s, fmt)
    if tuple(back)[:8] != tuple(g)[:8]:
        print("differs", s, tuple(back), tuple(g))
    else:
        ok += 1
print(ok)
for fmt in ["%c", "%x %X", "%D %T" if False else "%m/%d/%y %T", "%G-W%V-%u"]:
    s = time.strftime(fmt, time.gmtime(1234567890))
    print(repr(s), tuple(time.strptime(s, fmt)))
