# sys.gettrace and sys.getprofile give what was set; None clears.
import sys

def t(frame, event, arg):
    return None

print(sys.gettrace(), sys.getprofile())
sys.settrace(t)
print(sys.gettrace() is t)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(t)
print(sys.getprofile() is t)
sys.setprofile(None)
print(sys.getprofile())
class C:
    def __call__(self, frame, event, arg):
        return None
c = C()
sys.settrace(c)
print(sys.gettrace() is c)
sys.settrace(None)
