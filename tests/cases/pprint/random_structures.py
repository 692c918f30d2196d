# Seeded random nests of every container pprint knows, laid out at several
# widths and indents: the line-breaking rules checked broadly.
import collections
import pprint
import types

# lib: nests
from nests import Point, build, rnd, seed

seed(20261206)


for case in range(60):
    obj = build(rnd.randrange(1, 5))
    for width in (1, 12, 30, 55, 80):
        print('#', case, 'width', width)
        print(pprint.pformat(obj, width=width))
    print('# indent 3, width 40')
    print(pprint.pformat(obj, indent=3, width=40))
