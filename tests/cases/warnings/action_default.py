# "default": once per (message, category, line) of each module
import warnings
warnings.simplefilter("default")

def w(msg):
    warnings.warn(msg)

for i in range(3):
    w("same")
    warnings.warn("here")
w("other")
w("same")
print(sorted((k for k in __warningregistry__ if k != "version"), key=repr))
