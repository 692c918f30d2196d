import inspect

# This comment
# is about f.
def f(): pass

def g(): pass

class K:
    # about m
    def m(self): pass
print(repr(inspect.getcomments(f)))
print(repr(inspect.getcomments(g)))
print(repr(inspect.getcomments(K.m)))
print(repr(inspect.getcomments(len)))
