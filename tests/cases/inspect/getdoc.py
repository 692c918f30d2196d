import inspect

class Base:
    """Base doc.

       Indented line.
    """
    def method(self):
        """Method doc."""
    @property
    def prop(self):
        """Prop doc."""
class Child(Base):
    def method(self):
        pass
    @property
    def prop(self):
        return 1
def nodoc(): pass
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Child.__dict__['prop'])))
print(repr(inspect.getdoc(nodoc)), repr(inspect.getdoc(len)), repr(inspect.getdoc(dict.get)))
print(repr(inspect.cleandoc('  a\n    b\n  c\n')))
print(repr(inspect.cleandoc('\n\n   first\n     second\n\n   third\n\n')))
print(repr(inspect.cleandoc('tab\n\tindented\n\t\tmore')))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('one')), repr(inspect.cleandoc('   x   \n   ')))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))
class Obj:
    __doc__ = 5
print(inspect.getdoc(Obj()))
