# None: identity, repr and default return values.
def nothing():
    pass

def early(x):
    if x:
        return
    return 1

print(None, repr(None), None is None, nothing() is None, early(1), early(0))
print(None == None, None != 0, [None, None], (None,), {None: None})
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
print(type(None).__name__)
