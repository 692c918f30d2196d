# __replace__ (copy.replace) is the built-in replace(), also under a subclass's override.

from datetime import *
import copy
for f in [lambda: date(2024,1,1).__replace__(2020), lambda: date(2024,1,1).__replace__(bad=1), lambda: date(2024,1,1).__replace__(year=2020, month=2), lambda: time(1).__replace__(fold=1, hour=2), lambda: datetime(2024,1,1).__replace__(tzinfo=timezone.utc), lambda: time(1).__replace__(1), lambda: copy.replace(datetime(2024,1,1), minute=5), lambda: date.__replace__.__text_signature__, lambda: date(2024,1,1).__replace__(1,2,3,4)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
class D(date):
    def replace(self, **kw):
        return 'overridden'
print(repr(copy.replace(D(2024, 1, 1), day=5)), D(2024, 1, 1).replace(day=2))
