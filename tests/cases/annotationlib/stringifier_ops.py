# Expressions over missing names in STRING format: what each operation shows.
from annotationlib import get_annotations, Format
def f(a: X[Y, Z], b: X[...], c: X[1, 'a'], d: X[None:2], e: X(*Y), g: X(**Y) if 0 else X,
      h: X.__name__, i: X in Y, j: X is Y, k: not X, l: X and Y, m: [*X],
      n: X[int], o: X[{1, 2}], p: X(1.5, True), q: 1 + X, r: 'a' < X, s: X != None,
      t: X[[1, 2]]) : pass
for k, v in get_annotations(f, format=Format.STRING).items():
    print(k, repr(v))
