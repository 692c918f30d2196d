# lib: symdump
# Names that several scopes share: global statements in functions (the
# module's table has them too, where the statement is), names comprehensions
# read and their scope reads again, class names free in methods.
from symdump import dump

dump('''
def setup():
    global ready, table
    ready = True
    table = {}
ready = False
def other():
    global late
late = 1
''')
dump('''
def split(item):
    return item.split(".")
MAPPING = {split(k): split(v) for k, v in PAIRS}
rows = [n for n in range(3) if n]
def trim(doc):
    rows = doc.split()
    margins = [len(r) for r in rows]
    cut = min(margins)
    rows = [r[cut:] for r in rows]
    start, end = 0, len(rows)
    return [x for x in rows if isinstance(x, str)], isinstance
''')
dump('''
def outer(partial, flag):
    class Codec:
        decode = staticmethod(partial)
        def run(self, data):
            return partial(data), flag
    return Codec
''')
