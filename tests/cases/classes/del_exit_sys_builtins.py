# Objects held by sys and builtins die late in the shutdown: sys.argv and
# friends first, then what was added to builtins, then sys's own values
# (underscore names first); once sys.stdout is None print() writes nothing.
# An object held by sys keeps __main__'s globals alive (through its class),
# so those go after sys.stdout is gone, silently.
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

__builtins__.held_by_builtins = D('builtins-attr')
sys.held = D('sys-attr')
sys._held = D('sys-_attr')
sys.argv = D('sys.argv')
main_obj = D('main')
x = D('cycle')
x.me = x
del x
print('end of program')
