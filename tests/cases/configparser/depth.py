# configparser: interpolation depth limits (exactly MAX_INTERPOLATION_DEPTH and one more)
import configparser as cp

def chain(n, sigil):
    lines = ["[s]", "v0 = end"]
    for i in range(1, n + 1):
        ref = "%%(v%d)s" % (i - 1) if sigil == '%' else "${v%d}" % (i - 1)
        lines.append("v%d = <%s>" % (i, ref))
    return "\n".join(lines) + "\n"

for interp, sigil in ((cp.BasicInterpolation(), '%'), (cp.ExtendedInterpolation(), '$')):
    p = cp.ConfigParser(interpolation=interp)
    p.read_string(chain(12, sigil))
    for n in (8, 9, 10, 11, 12):
        try:
            print(n, p.get('s', 'v%d' % n))
        except cp.InterpolationDepthError as e:
            print(n, type(e).__name__, e.args)
    p.set('s', 'self', '%(self)s' if sigil == '%' else '${self}')
    try:
        p.get('s', 'self')
    except cp.InterpolationDepthError as e:
        print(e)
    print(p.get('s', 'self', raw=True))
    print(p.get('s', 'v3', vars={'v0': 'VARS'}))
