# The current context follows every switch: contextvars.Context.run,
# setcontext inside and outside it, localcontext, and a context object
# changed in place between operations.
import contextvars
from decimal import Context, Decimal, getcontext, localcontext, setcontext

third = Decimal(1) / Decimal(3)
print(third, getcontext().prec)


def inside(prec):
    setcontext(Context(prec=prec))
    r = Decimal(1) / Decimal(7)
    with localcontext() as c:
        c.prec = prec + 2
        r2 = Decimal(1) / Decimal(7)
    return r, r2, Decimal(1) / Decimal(7)


for prec in (3, 9, 30):
    ctx = contextvars.copy_context()
    print(ctx.run(inside, prec))
    print(Decimal(1) / Decimal(7))
    print(ctx.run(lambda: (getcontext().prec, Decimal(2) / Decimal(3))))

getcontext().prec = 5
print(Decimal(1) / Decimal(7))
getcontext().prec = 12
print(Decimal(1) / Decimal(7))
c = Context(prec=4)
setcontext(c)
print(Decimal(1) / Decimal(7))
c.prec = 6
print(Decimal(1) / Decimal(7), getcontext() is c)
with localcontext(prec=2):
    print(Decimal(1) / Decimal(7))
    with localcontext(prec=8):
        print(Decimal(1) / Decimal(7))
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7))

# a variable set in the same context between operations
var = contextvars.ContextVar('other')
for i in range(3):
    var.set(i)
    print(Decimal(i) / Decimal(7))
