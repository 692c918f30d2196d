# 'exception' events of an exception raised while another is handled, and
# of one re-raised by a bare raise (no event at the re-raise itself).
import sys

def tr(frame, event, arg):
    if event == "exception":
        print("exc", frame.f_code.co_name, arg[0].__name__, frame.f_lineno - frame.f_code.co_firstlineno,
              arg[2] is not None)
    return tr

def k():
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)

def again():
    try:
        k()
    except TypeError:
        raise

sys.settrace(tr)
try:
    again()
except TypeError:
    pass
sys.settrace(None)
