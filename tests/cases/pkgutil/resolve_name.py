# pkgutil.resolve_name: dotted names and the colon form.
import pkgutil

for name in ["colorsys", "colorsys.rgb_to_hsv", "colorsys:rgb_to_hsv", "string.templatelib.Template",
             "string:Formatter.format", "string:", "importlib.util:find_spec"]:
    obj = pkgutil.resolve_name(name)
    print(name, getattr(obj, "__name__", obj))
for bad in ["", "1abc", "a b", "colorsys:x y", "colorsys.nothere", "nothere_xyz", "colorsys:nothere", 42]:
    try:
        pkgutil.resolve_name(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
