# Frozen modules, as CPython shows them: repr, __spec__, __loader__,
# __package__, co_filename "<frozen NAME>", tracebacks without source lines.
import sys
import __hello__
import __phello__.spam
from __phello__ import ham
import __phello__.ham.eggs as eggs

print(__hello__, __phello__, __phello__.spam, ham, eggs)
print(__hello__.initialized, __hello__.TestFrozenUtf8_1.__doc__, __hello__.TestFrozenUtf8_2.__doc__,
      __hello__.TestFrozenUtf8_4.__doc__)
print(__hello__.main.__code__.co_filename, __hello__.main.__code__.co_firstlineno)
print(__phello__.spam.main.__code__.co_filename, __phello__.main.__code__.co_filename)
print(__hello__.__spec__, __hello__.__loader__)
print(__phello__.__spec__.name, __phello__.__spec__.origin, __phello__.__spec__.parent)
print(__phello__.spam.__spec__, __phello__.spam.__package__, eggs.__package__, ham.__package__)
print("spam" in vars(__phello__), __phello__.ham is ham, ham.eggs is eggs)
print([k for k in vars(eggs) if k not in ("__file__",)])
print([k for k in vars(__hello__) if k not in ("__file__",)])
print(__hello__.__doc__, repr(__hello__.__package__), hasattr(__hello__, "__path__"))
__hello__.main()
__phello__.main()
for name in ["__hello__.x", "__phello__.nope", "time.x", "__phello__.ham.nope", "nope.x"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from __phello__ import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

class Broken:
    """A stdout whose write fails, so that print() raises inside frozen code."""
    def write(self, text):
        raise RuntimeError("write failed")
    def flush(self):
        pass

saved = sys.stdout
sys.stdout = Broken()
try:
    __hello__.main()
except RuntimeError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename.startswith("<frozen"), code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    sys.stdout = saved
    print(frames[1:])
sys.stdout = Broken()
__phello__.spam.main()
