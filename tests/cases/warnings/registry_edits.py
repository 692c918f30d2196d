# a program may edit __warningregistry__; patterns in the filters are run
def w():
    warnings.warn("again")

import warnings
for i in range(3):
    w()
__warningregistry__.clear()
w()
print(__warningregistry__)
__warningregistry__[("again", UserWarning, 3)] = False
w()
print(__warningregistry__)
warnings.filterwarnings("ignore", "ag")
w()
warnings.filterwarnings("always", "again$")
w()
w()
warnings.filterwarnings("ignore", module="__ma")
w()
warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
w()
print(__warningregistry__)
warnings.simplefilter("default", UserWarning, lineno=3)
w()
w()
warnings.warn("again")
print(__warningregistry__)
del globals()["__warningregistry__"]
w()
print(__warningregistry__)
