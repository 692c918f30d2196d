# Differ and ndiff on chosen inputs: synch points, guides, tabs, junk.
import difflib

def show(a, b, *args):
    print(''.join(difflib.ndiff(a, b, *args)), end='=====\n')

show('one\ntwo\nthree\n'.splitlines(True), 'ore\ntree\nemu\n'.splitlines(True))
show(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])
show(['\tabcDefghiJkl\n'], ['\tabcdefGhijkl\n'])
show(['aadbajba\ta\n', 'aicbbh\n'], ['aicxbh\n', 'aadxajba\ta\n'])
show(['abcdefgh\n', 'x\n', '1234\n'], ['1235\n', 'abcdefgX\n'])
show(['abcdefXY\n', 'abcdefgh\n'], ['abcdefgh!\n'])
show(['abcdefgh\n', '1234\n', 'qqqq\n'], ['zzzz\n', '1235\n', 'abcdefgX\n'])
show(['x1\n', '\n', 'y\n'], ['q\n', '\n', 'r\n'], difflib.IS_LINE_JUNK)
show(['abcdefgh\n', '\n'], ['\n', 'abcdefgX\n'], difflib.IS_LINE_JUNK)
show(['a\nabcdef'], ['a\nxbcdef'])
show(['a\x0cabcdef'], ['a\x0cxbcdef'])
show(['one\n', 'two\n'], ['three\n'])
show(['one\n'], ['two\n', 'three\n'])
show([], ['x\n'])
show(['x\n'], [])
show(['  indented line here\n'], ['  indented  line here\n'], None, None)
show(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'],
     None, lambda c: c in ' \t')
d = difflib.Differ()
print(list(d.compare(['1\n', '2\n'], ['1\n', '3\n'])))
print(list(d._qformat('\tabcDefghiJkl\n', '\tabcdefGhijkl\n', '  ^ ^  ^      ', '  ^ ^  ^      ')))
print(list(d._fancy_replace(['abcDefghiJkl\n'], 0, 1, ['abcdefGhijkl\n'], 0, 1)))
for line in ['\n', '  #  \n', '##', ' # x', '', 'x', '#\n\n', ' \t#']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in ' \tx\n':
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch), difflib.IS_CHARACTER_JUNK(ch, 'x'))
delta = list(difflib.ndiff(['a\n', 'b\n'], ['a\n', 'c\n']))
print(list(difflib.restore(delta, 1)), list(difflib.restore(delta, 2)))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print('ValueError', e)
