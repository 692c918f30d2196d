"""Binary operations on constants that CPython computes at compile time:
only those whose result stays small (ints of at most 128 bits, sequences
of at most 256 items, strings of at most 4096 characters) and that do not
raise."""
import operator

MAX_INT_BITS = 128
MAX_ITEMS = 256
MAX_STR = 4096
CANNOT = object()

OPS = {'Add': operator.add, 'Sub': operator.sub, 'Mult': operator.mul,
       'Div': operator.truediv, 'FloorDiv': operator.floordiv, 'Mod': operator.mod,
       'Pow': operator.pow, 'LShift': operator.lshift, 'RShift': operator.rshift,
       'BitAnd': operator.and_, 'BitOr': operator.or_, 'BitXor': operator.xor}

SEQUENCES = (str, bytes, tuple)


def _limit(value):
    return MAX_STR if isinstance(value, (str, bytes)) else MAX_ITEMS


def _bits(value):
    return abs(value).bit_length()


def _too_big(op, left, right):
    """Whether computing op(left, right) could make a value too large to
    keep as a constant (checked before computing it)."""
    ints = type(left) in (int, bool) and type(right) in (int, bool)
    if op == 'Mult':
        if ints:
            return left and right and _bits(left) + _bits(right) > MAX_INT_BITS
        for seq, n in ((left, right), (right, left)):
            if isinstance(seq, SEQUENCES) and type(n) in (int, bool):
                return n > 0 and len(seq) * n > _limit(seq)
        return False
    if op == 'Pow' and ints:
        return right > 0 and _bits(left) * right > MAX_INT_BITS
    if op == 'LShift' and ints:
        return right > MAX_INT_BITS or _bits(left) + right > MAX_INT_BITS
    if op == 'Mod' and isinstance(left, (str, bytes)):
        return True         # %-formatting is left to run time
    return False


def fold_binop(op, left, right):
    """The value of `left op right`, or CANNOT."""
    fn = OPS.get(op)
    if fn is None or _too_big(op, left, right):
        return CANNOT
    try:
        value = fn(left, right)
    except Exception:
        return CANNOT
    if isinstance(value, SEQUENCES) and len(value) > _limit(value):
        return CANNOT
    return value
