import sys

x, y, name = 42, 3.14159, "world"
print(f"{x:>8}|{x:<8}|{x:^8}|{x:08b}|{x:#x}|{x:,}")
print(f"{y:.2f} {y:e} {y:10.3} {y!r} {name!r:>10} {name!s}")
print(f"{x=} {y = :.1f} {name=!a}")
print(f"{'nested ' + f'{x:{"^" if x else "<"}{10}}'}")
print(f"{{braces}} {x + 1} {[i * 2 for i in range(3)]} {dict(a=1)['a']}")
print("%s %r %5d %-5d| %.3f %x %o %c %%" % ("s", "r", 7, 7, 2.5, 255, 8, 65))
print("{} {:>5} {name} {0}".format(1, "b", name="n"), format(1234.5678, ",.2f"))
width = 12
print(f"{name:*^{width}}", f"{sys.version_info[:2]}", f"{x:{width}d}")
