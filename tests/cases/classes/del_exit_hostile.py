# Finalizers at exit that resurrect objects, import, call sys.exit, or leave
# new garbage with finalizers of their own behind: nothing crashes or hangs.
import sys
saved = []
class Resurrect:
    def __init__(self, name): self.name = name
    def __del__(self):
        saved.append(self)
        g = globals()
        g['late_' + self.name] = self
        print('resurrect', self.name)
class Importer:
    def __del__(self):
        try:
            import time
            print('imported', type(time).__name__)
        except Exception as e:
            print('import failed', type(e).__name__)
        sys.modules['fake'] = self
class Exiter:
    def __del__(self):
        print('exiting from del')
        sys.exit(3)
class Cycler:
    def __del__(self):
        a = Cycler.__new__(Cycler)
        a.me = a
        Cycler.count = getattr(Cycler, 'count', 0) + 1
        if Cycler.count < 5:
            a.more = Cycler()
r1 = Resurrect('one')
r2 = Resurrect('two'); r2.me = r2
imp = Importer()
ex = Exiter()
cy = Cycler()
sys.keep = Resurrect('in-sys')
__builtins__.keep = Importer()
class Mod:
    pass
sys.modules['weird'] = Mod()
sys.modules[5] = r1
print('end')
