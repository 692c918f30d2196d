# A bracket left open at the end of the text against an earlier mistake:
# which of the two is reported, and "import" with no names after it.
# lib: parseshow
from parseshow import show

for src in ['def (:\n', 'class (:\n', 'def (:\n  pass\n', 'x = (\n', 'x = (1,\ny = 2\n',
            'if x (:\n', 'def f(:\n', 'x = [1 2\n', '(\nx y\n', 'x y (\n', 'x y\n(\n',
            'f(a b\n', 'import (\n', 'from a import (b c\n', '(1 +\n', 'def f(\n  x y\n',
            'x = {\n1 2', 'print "x" (', 'import\n', 'import ,\n', 'import 1\n',
            'from a import\n', 'import *\n', 'x y (\n\n', '(x y\n', 'def (:\n[\n']:
    show(src, 'exec')
