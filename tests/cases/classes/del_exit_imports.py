# __del__ methods that import at exit: modules already loaded still come from
# sys.modules while it lasts; then sys.path, and later sys.meta_path, are None.
import sys
class Importer:
    def __init__(self, tag): self.tag = tag
    def __del__(self):
        for name in ('time', 'sys', 'nonexistent_mod'):
            try:
                m = __import__(name)
                print(self.tag, 'imported', name)
            except BaseException as e:
                print(self.tag, name, type(e).__name__, e)
a = Importer('main-global')
c = Importer('cycle'); c.me = c; del c
sys.keep = Importer('sys-attr')
sys.argv = Importer('sys.argv')
print('end')

# printing to sys.__stderr__ once sys.stdout is gone
class Importer2:
    def __init__(self, tag): self.tag = tag
    def __del__(self):
        for name in ('time', 'sys', 'nonexistent_mod'):
            try:
                m = __import__(name)
                print(self.tag, 'imported', name, file=sys.__stderr__)
            except BaseException as e:
                print(self.tag, name, type(e).__name__, e, file=sys.__stderr__)
imp2 = Importer2('main')
r2 = Importer2('held-by-builtins')
__builtins__.r2 = r2
del r2
print('end')
