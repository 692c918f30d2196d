# options: -W error::builtins.RuntimeWarning -W ignore::warnings.UserWarning
import warnings
print(warnings.filters[:2])
