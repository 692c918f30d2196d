# the filters CPython 3.14 starts with, and what they do
import warnings
for f in warnings.filters:
    print(f)
print(warnings.defaultaction, warnings.onceregistry)
warnings.warn("deprecated in __main__: shown", DeprecationWarning)
warnings.warn("pending: ignored", PendingDeprecationWarning)
warnings.warn("import: ignored", ImportWarning)
warnings.warn("resource: ignored", ResourceWarning)
warnings.warn("future: shown", FutureWarning)
warnings.warn("syntax: shown", SyntaxWarning)
warnings.warn("bytes: shown", BytesWarning)
warnings.warn("unicode: shown", UnicodeWarning)
warnings.warn("encoding: shown", EncodingWarning)
warnings.warn_explicit("deprecated elsewhere: ignored", DeprecationWarning, "m.py", 3, module="m")
warnings.warn_explicit("deprecated in __main__ explicitly: shown", DeprecationWarning, "m.py", 3, module="__main__")
