# stacklevel picks the frame the warning is reported from
import warnings
warnings.simplefilter("always")

def inner(level):
    warnings.warn("level %d" % level, stacklevel=level)

def middle(level):
    inner(level)

def outer(level):
    middle(level)

for level in (1, 2, 3, 4, 5, 50, 0, -3):
    outer(level)
warnings.warn("two at the top", stacklevel=2)
print("end")
