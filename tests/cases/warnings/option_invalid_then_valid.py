# options: -W once -W error::NoSuchWarning -W ignore::DeprecationWarning
import warnings
for f in warnings.filters[:3]:
    print(f)
