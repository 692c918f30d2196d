# shlex.quote and join over awkward strings, punctuation_chars with
# whitespace_split, comments, escapes in posix mode, and errors.
import io
import shlex

for s in ['', 'plain', 'with space', "it's", '$HOME', 'a"b', '-flag', 'é', 'tab\there', '\n', '@%+=:,./-_']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
try:
    shlex.quote(b'bytes')
except TypeError as e:
    print('TypeError:', e)

for text in ['a && b || c; d | e', 'x>y 2>&1 <in', '(a;b)&', 'a&&b||c']:
    for ws in (False, True):
        lex = shlex.shlex(text, punctuation_chars=True)
        lex.whitespace_split = ws
        print(ws, list(lex))
lex = shlex.shlex('a ~b @c', punctuation_chars='~@')
print(list(lex))

for text in ['one # comment\ntwo', 'a\\ b c', '"a\\"b" \'c\\d\'', 'x"y z"w']:
    print(shlex.split(text), shlex.split(text, comments=True))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print('ValueError:', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError:', e)
lex = shlex.shlex(io.StringIO('first second'), posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), repr(lex.get_token()))
lex.push_token('again')
print(lex.get_token())
