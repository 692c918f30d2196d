# A compiled script reads its own source lines through its code's file name,
# as a traceback does: the .py beside the .pyc.
import linecache
import sys

def where():
    frame = sys._getframe(1)
    return linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()

print(where())  # this line
x = [where() for _ in range(1)]
print(x)
code = where.__code__
print(linecache.getline(code.co_filename, code.co_firstlineno), end="")
print(linecache.getline(code.co_filename, 1), end="")
print(len(linecache.getlines(code.co_filename)))
