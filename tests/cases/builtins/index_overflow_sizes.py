# Sizes and counts given as huge ints (or objects whose __index__ returns one):
# OverflowError, IndexError or MemoryError with CPython's texts.
class Big:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def eval_imul(s, n):
    s *= n
    return s
def t(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(label, type(e).__name__, e)
for v in (2**63, 2**64, -2**63 - 1, 2**100, -2**100, 2**62):
    print('---', v if v < 2**70 and v > -2**70 else 'huge')
    n = Big(v)
    t('bytes', lambda: bytes(n))
    t('bytearray', lambda: bytearray(n))
    t('center', lambda: 'x'.center(n))
    t('ljust', lambda: 'x'.ljust(n))
    t('rjust', lambda: 'x'.rjust(n))
    t('zfill', lambda: 'x'.zfill(n))
    t('expandtabs', lambda: 'a\tb'.expandtabs(n))
    t('bcenter', lambda: b'x'.center(n))
    t('bljust', lambda: b'x'.ljust(n))
    t('brjust', lambda: b'x'.rjust(n))
    t('bzfill', lambda: b'x'.zfill(n))
    t('bexpandtabs', lambda: b'a\tb'.expandtabs(n))
    t('bacenter', lambda: bytearray(b'x').center(n))
    t('str*', lambda: 'x' * n)
    t('*str', lambda: n * 'x')
    t('bytes*', lambda: b'x' * n)
    t('list*', lambda: [0] * n)
    t('tuple*', lambda: (0,) * n)
    t('ba*', lambda: bytearray(b'x') * n)
    t('range', lambda: range(n))
    t('rangelen', lambda: len(range(n)))
    t('range2', lambda: range(0, n, 1))
    t('list[n]', lambda: [1][n])
    t('str[n]', lambda: 'a'[n])
    t('slice', lambda: 'abc'[n:])
    t('slice2', lambda: [1,2][:n])
    t('istr*=', lambda: eval_imul('x', n))
    t('ilist*=', lambda: eval_imul([0], n))
    t('split', lambda: 'a b'.split(None, n))
    t('find', lambda: 'abc'.find('b', n))
    t('pop', lambda: [1].pop(n))
    t('insert', lambda: [1].insert(n, 0))
    t('round', lambda: round(1.5, n))
    t('chr', lambda: chr(n))
    t('int.to_bytes', lambda: (1).to_bytes(n, 'big'))
    t('str.replace', lambda: 'aa'.replace('a', 'b', n))
    t('strnew', lambda: str(b'x', 'ascii', 'strict')[n:])
    t('bytes.fromhex', lambda: bytes([n]))
    t('list.index', lambda: [1].index(1, n))
    t('fmtwidth', lambda: format(1, str(v) if v > 0 else '1'))
