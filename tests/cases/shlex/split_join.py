# shlex.split (posix and not, comments), join and quote.
import shlex

TEXTS = [
    'a b c', 'a "b c" d', "a 'b\\' c", 'a\\ b', 'a#b c # comment', '"a"b"c"',
    'x="a b"', 'a && b || c; d', '', '  \t\n', 'one\ntwo\r\nthree',
    '"a\\"b" \'c\\\'', '"\\\\" "\\$" "\\x"', "''", '""', "'' x \"\"",
    'path/to/file.txt --opt=1 -v', 'caf\u00e9 na\u00efve \u65e5\u672c', 'a\\\nb',
    'echo $HOME `ls` $(pwd)', 'a"b c"d', "it's", 'tail \\',
]
for text in TEXTS:
    for kw in ({}, {'comments': True}, {'posix': False}, {'comments': True, 'posix': False}):
        try:
            print(repr(text), kw, shlex.split(text, **kw))
        except ValueError as e:
            print(repr(text), kw, 'ValueError:', e)

WORDS = ['', 'abc', "a'b", 'a b', 'caf\u00e9', '$x', '--opt=1', 'a@b%c+d=e:f,g.h/i-j', '*', '~user',
         '"quoted"', 'tab\there', 'new\nline', "'", '\\']
for w in WORDS:
    q = shlex.quote(w)
    print(repr(w), q, shlex.split(q) == [w])
print(shlex.join(WORDS))
print(shlex.split(shlex.join(WORDS)) == WORDS)
for bad in (None, b'x', b'', 3, 0, [], ['a']):
    for fn in (shlex.split, shlex.quote):
        try:
            print(fn.__name__, repr(bad), repr(fn(bad)))
        except Exception as e:
            print(fn.__name__, repr(bad), type(e).__name__, e)
try:
    shlex.join(['a', 1])
except TypeError as e:
    print('join', e)
print(shlex.__all__)
