# pprint writes to the given stream, else to sys.stdout as it is when the
# call is made (PrettyPrinter: when it is made); nothing when that is None.
import io
import pprint
import sys

out = io.StringIO()
pprint.pprint([1, 2], out)
pprint.pprint([3], stream=out)
pprint.pp({'b': 1, 'a': 2}, out)
pprint.pp({'b': 1, 'a': 2}, stream=out, sort_dicts=True)
pprint.PrettyPrinter(stream=out, width=10).pprint(list(range(5)))
print(repr(out.getvalue()))

saved = sys.stdout
sys.stdout = None
pprint.pprint('lost')
pprint.PrettyPrinter().pprint('lost too')
sys.stdout = saved

captured = io.StringIO()
sys.stdout = captured
printer = pprint.PrettyPrinter()
sys.stdout = saved
printer.pprint('to the captured stream')
pprint.pprint('to the real stdout')
print(repr(captured.getvalue()))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


c = Collect()
pprint.pprint(5, c)
pprint.pprint('x', c)
print(c.parts)
print(''.join(c.parts))
