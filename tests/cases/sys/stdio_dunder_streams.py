# sys.__stdout__ and friends keep the original streams when sys.stdout is
# replaced or removed; print() then follows sys.stdout.
import io
import sys

buf = io.StringIO()
sys.stdout = buf
print("to the StringIO")
sys.__stdout__.write("to the original\n")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.__stderr__.write(f"RuntimeError: {e}\n")
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print(sys.stdout is sys.__stdout__)
sys.stderr = sys.stdout
print("stderr now stdout", file=sys.stderr)
sys.stderr = sys.__stderr__
print(type(sys.__stdin__).__name__, sys.__stdin__.mode, sys.__stderr__.mode)
