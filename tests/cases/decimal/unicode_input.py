from decimal import *
import decimal
def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, repr(e))
    else:
        print(repr(r))

for s in ['\u0661\u0662\u0663', '\u06f1.\u06f5', '\u0967\u0968e\u0969', '\uff11\uff10', '1\u202f', '\u3000 7', '\u00b2', '\u2160', '1\u0300', '\U0001d7ce\U0001d7cf', '１２３', 'Ｉｎｆ']:
    show(Decimal, s)
