# "once": once per message and category in a module, whatever the line
import warnings
warnings.simplefilter("once")

def w(msg, cat=UserWarning):
    warnings.warn(msg, cat)

for i in range(3):
    w("one")
    warnings.warn("one")
w("one", RuntimeWarning)
w("two")
print(sorted((k for k in __warningregistry__ if k != "version"), key=repr))
print(warnings.onceregistry)
reg = {}
warnings.warn_explicit("explicit", UserWarning, "a.py", 1, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "b.py", 2, registry=reg)
print(reg)
