# Annotations of targets that cannot have one: the target is blamed only
# when an annotation follows the ':', else the ':' is invalid syntax (and
# a mistake of the tokenizer after it comes first).
# lib: parseshow
from parseshow import show

for src in ['x * a:\n', 'x * a: int\n', '[x]:\n', '[x]: int\n', '(x, y):\n', 'x, y:\n',
            'x, y: int\n', '(x, y): int\n', '1:\n', 'f():\n', 'f(): )\n', 'x * a: = 1\n',
            '[x]: 1 +\n', 'x, y: )\n', 'match *a: int\n', '(x), y: int\n', '((x), y): int\n', '(): int\n',
            'match *a:\n case _: pass\n', 'x: int\n', 'x.y:\n',
            '(x): int = 1\n', 'x + 1: lambda: 0\n', '[x]: *y\n', '{}: int\n']:
    show(src, 'exec')
