# getChild from the root and from loggers, and names with odd characters.
import logging

r = logging.getLogger()
print(r.getChild('gc').name, r.getChild('gc.x').parent.name)
a = logging.getLogger('gc')
print(a.getChild('y').name, a.getChild('y').getChild('z').name)
for name in ['gc..double', 'gc.', '.gc', 'gc. space', 'ümlaut.ä']:
    lg = logging.getLogger(name)
    print(repr(name), repr(lg.name), repr(lg.parent.name))
print(sorted(c.name for c in a.getChildren()))
print(sorted(c.name for c in logging.getLogger('gc.').getChildren()))
