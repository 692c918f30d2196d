# Code compiled in 'single' mode shows its expression statements through
# sys.displayhook, looked up at each use (redirected stdout, hooks, None).
import io
import sys

class Spool(io.StringIO):
    pass

out = Spool()
saved = sys.stdout
sys.stdout = out
exec(compile("7", "<x>", "single"), {})
exec(compile("None", "<x>", "single"), {})
exec(compile("'a' * 3", "<x>", "single"), {})
sys.stdout = saved
print(repr(out.getvalue()))

def hook(value):
    print('hook saw', repr(value))
sys.displayhook = hook
exec(compile("1 + 1", "<x>", "single"))
exec(compile("for i in range(2): i\n", "<x>", "single"))
del sys.displayhook
try:
    exec(compile("5", "<x>", "single"))
except RuntimeError as e:
    print('RuntimeError:', e)
sys.displayhook = sys.__displayhook__
import builtins
exec(compile("42", "<x>", "single"))
print(builtins._)
