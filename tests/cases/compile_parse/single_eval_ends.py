# Input that ends too soon in the modes 'single' and 'eval': a compound
# statement of 'single' needs a newline after its own (unless its last
# line is indented), and 'eval' reports running out at offset 0 of the
# last line.
# lib: parseshow
from parseshow import show

for src in ['for x in y: pass', 'for x in y: pass\n', 'for x in y: pass\n\n', 'if x:\n  pass',
            'if x:\n  pass\n', 'if x: pass\nelse: pass', 'if x:\n  pass\nelse: pass',
            'if x: pass\nelse:\n  pass', 'while x: a; b', 'with a: pass  # c',
            'for x in y: pass  # c\n', 'class C:\n  x = 1\n  def f(): pass',
            'try: pass\nfinally: pass', 'match x:\n case 1: pass', 'async def f(): pass',
            '@d\nclass C: pass\n', '@d\nclass C: pass', 'x = 1\n', 'x = 1', 'x = 1  ',
            'x = 1\n  ', 'if x:\n  if y: pass', 'if x:\n  pass\n  ', 'if x:\n  pass\n# c',
            'x = 1\n# c', 'if x: pass  ', 'if x:\n  pass  # c', 'def f(): return 1',
            'if x:\n  pass\n\n', 'if x:\r\n  pass\r\n', 'for x in y: pass\r']:
    show(src, 'single')
for src in ['1 +', 'x.', 'not', '[1 for x in', 'x =', 'f(x) +', '1 +\n', '1 +\n\n', 'a if b',
            'lambda', '', '\n', '\n\n', '  1', '1 2', 'x[', '1 + # c', '(1 +\n2', 'yield',
            '*a', 'a b c', '1 +\n# c']:
    show(src, 'eval')
