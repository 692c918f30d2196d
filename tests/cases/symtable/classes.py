# lib: symdump
# Class bodies: methods, __class__ and super(), private names, class names
# that are also free in methods.
from symdump import dump

dump('''
class Base:
    pass
class C(Base, metaclass=Meta, flag=True):
    attr = 1
    other = attr + 1
    def method(self, x):
        return self.attr + x
    def uses_class(self):
        return __class__
    def uses_super(self):
        return super().method(1)
    @staticmethod
    def static(): pass
    @property
    def prop(self): return 1
''')
dump('''
class Private:
    __secret = 1
    def get(self, __arg):
        __local = self.__secret
        return __local, __arg
''')
dump('''
def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
        y = x
    return C
''')
