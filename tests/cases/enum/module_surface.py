# enum: the module's public names and the docstrings of its classes.
import enum

print(sorted(enum.__all__))
for name in sorted(enum.__all__):
    obj = getattr(enum, name)
    if isinstance(obj, type) or callable(obj):
        print(name, repr(obj.__doc__))
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(0), [enum.bin(n, 6) for n in (-1, -2, -5, -9, 255)])
