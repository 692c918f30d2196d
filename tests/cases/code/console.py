# codeop.compile_command on complete, incomplete and invalid input; code.InteractiveInterpreter and InteractiveConsole driven by a scripted reader.
import codeop, code, sys, io
sys.stderr = sys.stdout
for src in ["x = 1", "if x:", "if x:\n  y = 2", "if x:\n  y = 2\n", "1 +", "1 + )", "", "# c", "def f():\n  return 1\n\n", "'''abc", "print(1", "@dec", "x = [1,\n", "lambda: (yield)"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), 'code' if r is not None else None)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in ["1+", "1+1", ""]:
    try: print(repr(src), codeop.compile_command(src, symbol='eval'))
    except SyntaxError as e: print(repr(src), type(e).__name__, e)
c = codeop.CommandCompiler()
print(c("from __future__ import annotations") is not None, c.compiler.flags)
i = code.InteractiveInterpreter()
print(i.runsource("a = 5"), i.runsource("a"), i.runsource("for q in range(2):"), i.runsource("1/0"), i.runsource("1 +* 2"))
con = code.InteractiveConsole()
lines = iter(["x = 3", "x * 2", "def g():", "  return 7", "", "g()", "raise ValueError('v')", "print('hi')"])
def rf(prompt):
    print('PROMPT', repr(prompt))
    try: return next(lines)
    except StopIteration: raise EOFError
con.raw_input = rf
con.interact(banner="hello", exitmsg="bye")
code.interact(banner='', readfunc=lambda p: (_ for _ in ()).throw(EOFError), exitmsg='')
