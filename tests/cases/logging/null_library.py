# A library's NullHandler silences lastResort; the application's handler
# on the root still gets the records.
import logging, sys

sys.stderr = sys.stdout
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
lib.warning('silenced: a handler exists')
lib.error('also silenced')
logging.getLogger('other').warning('other goes to lastResort')
app = logging.StreamHandler(sys.stdout)
app.setFormatter(logging.Formatter('app saw %(name)s: %(message)s'))
logging.root.addHandler(app)
lib.warning('now the root handler sees it')
print(lib.hasHandlers(), repr(lib.handlers[0]))
