# Format is an IntEnum of the four annotation formats.
from annotationlib import Format
import annotationlib
print(list(Format))
print(Format.VALUE == 1, Format(4), Format['FORWARDREF'], int(Format.STRING))
print(type(Format).__name__, Format.__mro__[1].__name__)
try:
    Format(9)
except ValueError as e:
    print("ValueError", e)
print(sorted(annotationlib.__all__))
