# "always" and its 3.14 spelling "all": every time, no registry entries
import warnings
for action in ("always", "all"):
    warnings.simplefilter(action)
    for i in range(3):
        warnings.warn("again " + action)
    print(action, __warningregistry__)
