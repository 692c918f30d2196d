# every kind of operator: binary, in-place, comparison, identity, membership, unary
import dis


def ops(a, b):
    c = a + b - a * b / a // b % a ** b @ b if a else ~a
    c <<= 1; c >>= 1; c &= b; c |= b; c ^= b
    d = a < b <= c == a != b > c >= a
    e = a is b, a is not b, a in b, a not in b, not a, -a, +a
    f = (a := b) and c or d
    return c, d, e, f, a[b], a[1:b], a[::]


dis.dis(ops)
