# The 'single' mode as codeop uses it: PyCF_ALLOW_INCOMPLETE_INPUT (0x4000)
# turns the errors of unfinished input into 'incomplete input', and
# PyCF_DONT_IMPLY_DEDENT (0x200) leaves a block open at the end.

SOURCES = ['if x:', 'if x:\n  pass', 'if x:\n  pass\n', 'if x:\n  pass\n\n', '(1,', 'x = """a',
           'x = 1', 'x = 1\n', 'def f():\n  return 1\n', '@d', 'x +', 'x = (',
           'class A:\n  pass\n\n', '\\', 'x = 1 \\', 'f(', 'x = [1,\n2',
           'if x:\n  y = 1\nelse:', 'for x in y:\n  if x:\n    pass', 'x = 1 +\\\n',
           'print("a"', "'''", 'x = ]', 'def f(a,\n', 'try:\n  pass\n']

for src in SOURCES:
    for flags in (0, 0x4000 | 0x200, 0x200):
        try:
            compile(src, '<input>', 'single', flags | 0x400)
            result = 'ok'
        except SyntaxError as e:
            result = '%s: %s' % (type(e).__name__, e.msg)
        print(repr(src), hex(flags), result)
