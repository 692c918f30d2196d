# getblock through tokenize: BlockFinder and EndOfBlock, as CPython finds blocks.
import inspect
import tokenize
samples = [
    "def f():\n    return 1\nx = 2\n",
    "def f(): return 1\nx = 2\n",
    "@deco\n@other(1,\n       2)\ndef f():\n    pass\n\n\ny = 1\n",
    "async def g():\n    await x\n    # a body comment\n# a dedented comment\nz = 3\n",
    "class C:\n    a = 1\n\n    def m(self):\n        '''doc\nstill doc'''\n        return (1 +\n                2)\n    # trailing\nafter = 1\n",
    "lambda x: (x +\n    1)\nnext_line = 0\n",
    "def h():\n    s = '''\n  text\n'''\n    return s\n",
    "def k(a,\n      b):\n    pass\n)\n",
    "x = [1,\n     2]\ny = 3\n",
    "def only():\n    pass",
    "if True:\n    a = 1\nelse:\n    a = 2\n",
    "def bad():\n  x = 1\n    y = 2\n",
    "def cont():\n    return 1 + \\\n        2\nq = 1\n",
]
for src in samples:
    lines = src.splitlines(keepends=True)
    try:
        print(repr(''.join(inspect.getblock(lines))))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
finder = inspect.BlockFinder()
print(finder.indent, finder.singleline, finder.started, finder.passline, finder.indecorator,
      finder.last, finder.body_col0)
for tok in tokenize.generate_tokens(iter(["def f():\n", "    pass\n", "x = 1\n"]).__next__):
    try:
        finder.tokeneater(*tok)
    except inspect.EndOfBlock:
        print("EndOfBlock at", tok.start, finder.last, finder.body_col0)
        break
print(issubclass(inspect.EndOfBlock, Exception), 'BlockFinder' in inspect.__all__, 'EndOfBlock' in inspect.__all__)
def decorated_source():
    # comment inside
    return [
        1,
    ]
print(inspect.getsource(decorated_source))
