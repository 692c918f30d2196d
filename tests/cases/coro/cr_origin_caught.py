# The never-awaited warning with an origin, as warnings.catch_warnings sees it.
import sys
import warnings

async def c():
    pass

def make():
    return c()

sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    make()
for w in caught:
    text = str(w.message)
    print(w.category.__name__)
    for line in text.splitlines():
        print(repr(line.replace(__file__, 'FILE')))
