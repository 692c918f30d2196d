# expandvars: $name, ${name}, unknown names and odd dollars.
# env: CIPY_V=value CIPY_W=w2
import posixpath as p

for s in ['$CIPY_V', '${CIPY_V}', '$CIPY_V/$CIPY_W', 'x${CIPY_W}y', '$CIPY_NOPE', '${CIPY_NOPE}', '$', '$$',
          '${', '${}', '${CIPY_V', 'a$', '$1', '$CIPY_V.txt', '$CIPY_Vx', '${CIPY_V}x', 'no dollars',
          '$ CIPY_V', '${CIPY_V}${CIPY_W}', '$_x', '\\$CIPY_V', '$CIPY_V$']:
    print(repr(s), repr(p.expandvars(s)), p.expandvars(s.encode()))
try:
    p.expandvars(None)
except TypeError as e:
    print(e)
