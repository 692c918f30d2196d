# unified_diff, context_diff and diff_bytes: headers, ranges, errors.
import difflib

a = 'one two three four five six seven eight nine ten'.split()
b = 'zero one tree four five six seven eight nine ten eleven'.split()
for n in (0, 1, 3):
    print('\n'.join(difflib.unified_diff(a, b, 'A', 'B', 'then', 'now', n=n, lineterm='')))
    print('\n'.join(difflib.context_diff(a, b, 'A', 'B', 'then', 'now', n=n, lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.context_diff(['x\n'], ['x\n'])))
print(list(difflib.unified_diff(['x\n'], [])), list(difflib.context_diff([], ['x\n'])))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], n=0)))
print(list(difflib.context_diff(['a\n', 'b\n'], ['a\n'], n=0)))
for args in [([b'a'], ['b']), (['a'], [b'b']), ('a', [1]), (['a'], ['b'], b'x')]:
    for func in (difflib.unified_diff, difflib.context_diff):
        try:
            print(list(func(*args)))
        except TypeError as e:
            print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\xff\n', b'b\n'], [b'a\xfe\n', b'b\n'],
                              b'f\xe9', b't', b'2020', n=1)))
print(list(difflib.diff_bytes(difflib.context_diff, [b'a\n'], [b'b\n'], lineterm=b'\r\n')))
for args, kw in [((['a'], [b'b']), {}), (([b'a'], [b'b'], 'x'), {}),
                 (([b'a'], [b'b']), {'lineterm': '\n'})]:
    try:
        print(list(difflib.diff_bytes(difflib.unified_diff, *args, **kw)))
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)
