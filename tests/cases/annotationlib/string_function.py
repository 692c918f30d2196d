# get_annotations(format=STRING) on a function: the source of each annotation.
from annotationlib import get_annotations, Format
def f(x: undefined, y: int = 3, *a: str, **k: dict[str, Q]) -> list[Foo]: pass
print(get_annotations(f, format=Format.STRING))
def g(a: x + y * z, b: -x, c: x(1, k=2), d: x.attr.b, e: x[1:2, ::3], f: x < y,
      g: (x, y), h: [x, y], i: x @ y ** 2, j: x == 3, k: x or y, l: 'str',
      m: 3.5, n: None, o: ~x, p: x if y else z, q: {a: b}, r: +x, s: x >= y,
      t: x << 2 >> y, u: x & y ^ z, v: x // y % z, w: (x - y) / z, xx: 2 ** x) : pass
for k, v in get_annotations(g, format=Format.STRING).items():
    print(k, repr(v))
print(get_annotations(g, format=4) == get_annotations(g, format=Format.STRING))
