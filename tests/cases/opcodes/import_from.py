# IMPORT_NAME, IMPORT_FROM.
from sys import maxsize as big
import sys
print(big == sys.maxsize)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
