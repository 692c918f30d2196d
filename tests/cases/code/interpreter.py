# code.InteractiveInterpreter: errors through write() and sys.excepthook, exec mode, filenames; InteractiveConsole.push and local_exit.
import code, sys
class W(code.InteractiveInterpreter):
    def write(self, data): print('W', repr(data))
i = W({'__name__': 'x'})
print(i.locals)
i.runsource("1 +* 2")
i.runsource("1/0")
i.runsource("raise SystemExit(3)") if False else None
i.runsource("def f():\n  1/0\nf()", symbol='exec')
i.runsource("x = (", 'myfile')
print(code.InteractiveInterpreter().locals, code.InteractiveConsole().filename)
def hook(*a): print('HOOK', a[0].__name__)
sys.excepthook = hook
i.runsource("1/0"); i.runsource("1 +* 2")
sys.excepthook = sys.__excepthook__
c = code.InteractiveConsole(local_exit=True)
print(c.push("x = 1"), c.push("if x:"), c.push("  print('in')"), c.push(""), c.buffer)
lines = iter(["exit()"])
c.raw_input = lambda p: next(lines)
c.interact(banner='B')
print(sys.last_type if hasattr(sys, 'last_type') else None)
