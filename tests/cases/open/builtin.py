# The built-in open is io.open.
import builtins
import io
import _io

print(open is io.open, open is _io.open, builtins.open is open)
print(open, open.__name__, open.__qualname__, open.__module__)
print(open.__text_signature__)
print(open.__doc__.splitlines()[0])
print("open" in dir(builtins))
