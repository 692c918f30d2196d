"""Support for template string literals (t-strings)."""

_example = t"{0}"
Template = type(_example)
Interpolation = type(_example.interpolations[0])
del _example


def convert(obj, /, conversion):
    """Convert *obj* using formatted string literal semantics."""
    if conversion is None:
        return obj
    if conversion == "r":
        return repr(obj)
    if conversion == "s":
        return str(obj)
    if conversion == "a":
        return ascii(obj)
    raise ValueError(f"invalid conversion specifier: {conversion}")
