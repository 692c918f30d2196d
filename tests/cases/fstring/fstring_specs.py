x, y, name = 3.14159, 1234567, "cipy"
print(f"{x:.3f} {x:10.2f}| {x:<10.1f}| {x:^10.4}| {x:+e} {x:%}")
print(f"{y:,} {y:_} {y:x} {y:X} {y:o} {y:b} {y:#x} {y:010d} {y:e}")
print(f"{name!r} {name!s:>8} {name:*^10} {name[1:]!a} {len(name)=} {x=:.2f}")
print(f"{'nested ' + f'{y:,}'}", f"{3 > 2 and 'yes'}", f"{[i * i for i in range(4)]}", f"{{literal braces}}")
w = 12
print(f"{x:{w}.{3}f}|", f"{name:{'>'}{w}}|", f"{-0.0:z.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
import sys
print(f"{sys.maxsize:,}", f"{1e21:g}", f"{1e-7:g}", f"{123.456:g}", f"{float('inf'):f}", f"{float('nan'):>5}")
