import sys, traceback

def f():
    raise KeyError(1)

try:
    f()
except KeyError as e:
    tb = e.__traceback__
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno)
def g():
    return [(fr.f_code.co_name, n) for fr, n in traceback.walk_stack(sys._getframe())]
print(g())
def h():
    return [fr.f_code.co_name for fr, n in traceback.walk_stack(None)]
print(h())
summary = traceback.StackSummary.extract(traceback.walk_tb(tb))
print([(fs.name, fs.lineno, fs.colno, fs.line) for fs in summary])
summary = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False, limit=1)
print(len(summary), summary[0].line)
print(list(traceback.walk_tb(None)))
