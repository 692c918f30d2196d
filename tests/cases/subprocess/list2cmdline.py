# list2cmdline(): Microsoft's quoting rules.
import subprocess

cases = [
    [], ['a'], ['a', 'b c'], [''], ['a', ''], ['tab\there'], ['quote"in'], ['back\\slash'],
    ['trail\\'], ['trail space\\'], ['two\\\\"q'], ['"'], ['\\"'], ['a b', 'c\\d e\\', 'f"g'],
    [b'bytes arg', 'str'], ['x\\\\\\"y z'],
]
for c in cases:
    print(repr(c), '->', repr(subprocess.list2cmdline(c)))
