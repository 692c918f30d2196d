# options: -W error::UserWarning:__main__:8 -W ignore:::__main__.sub
# a module in -W is matched whole (escaped, to the end), with a line
import warnings
for f in warnings.filters[:2]:
    print(f)
warnings.warn("line 6: shown")
try:
    warnings.warn("line 8: error")
except UserWarning as e:
    print("caught", e)
warnings.warn_explicit("module __main__.sub: ignored", UserWarning, "s.py", 1, module="__main__.sub")
warnings.warn_explicit("module __main__.sub.x: shown", UserWarning, "s.py", 1, module="__main__.sub.x")
