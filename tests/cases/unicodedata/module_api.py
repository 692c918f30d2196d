import unicodedata
import sys
print("unicodedata" in sys.builtin_module_names, unicodedata.__loader__.__name__ if hasattr(unicodedata.__loader__, "__name__") else unicodedata.__loader__)
print(unicodedata.__spec__.name, unicodedata.__spec__.origin, unicodedata.__package__ == "")
print(unicodedata.name.__module__, unicodedata.name.__self__ is unicodedata, unicodedata.name.__qualname__)
print(unicodedata.ucd_3_2_0.name.__qualname__, type(unicodedata.ucd_3_2_0).__qualname__)
print(repr(unicodedata.UCD.unidata_version.__doc__) if False else "", isinstance(unicodedata.ucd_3_2_0, unicodedata.UCD))
import unicodedata as again
print(again is unicodedata)
from unicodedata import normalize, lookup, ucd_3_2_0
print(normalize("NFKC", "\u2460"), lookup("BLACK STAR"), ucd_3_2_0.category("\u0221"))
