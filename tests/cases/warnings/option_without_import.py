# options: -W error::DeprecationWarning
# the options act even when the program never imports warnings
import sys
print("warnings" in sys.modules)
try:
    ~True
except DeprecationWarning as e:
    print("caught:", str(e)[:40])
