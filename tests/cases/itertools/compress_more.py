from itertools import compress, count, islice, cycle
print(list(compress(range(10), cycle([1, 0]))), list(compress(count(), [0, 0, 1, 1, 0, 1])))
print(list(compress('abc', [])), list(compress([], [1, 1])), list(compress('abc', [True, None, 'x'])))
log = []
def data():
    for c in 'abcd':
        log.append('d' + c)
        yield c
def sel():
    for s in [1, 0]:
        log.append('s%d' % s)
        yield s
print(list(compress(data(), sel())), log)
print(list(compress(data=range(3), selectors=[1, 1, 1])))
