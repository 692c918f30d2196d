# The shlex class in posix and compatibility mode, with and without
# punctuation_chars and whitespace_split: its tokens and its attributes.
import shlex

TEXTS = [
    'a b c', 'a "b c" d', "a 'b\\' c", 'a\\ b', 'a#b c # comment\nnext', '"a"b"c"',
    'x="a b"', 'a && b || c; d', 'a&&b||c;d', '(a)<b>|c&d', 'ls -l ~/x/*.py > out.txt 2>&1',
    '', "a\\", '"abc', "'abc", 'q"x\\"y"z', 'a=1 b.c d-e f/g h*i j?k ~l',
    'caf\u00e9 \u00df\u00e0 \u65e5', '"\\a\\"\\\\"', "'\\a\\'", 'line1\nline2 # c\nline3',
]
for text in TEXTS:
    for posix in (False, True):
        for punct in (False, True, '|&', ';'):
            for split in (False, True):
                lex = shlex.shlex(text, posix=posix, punctuation_chars=punct)
                lex.whitespace_split = split
                try:
                    toks = list(lex)
                except ValueError as e:
                    toks = 'ValueError: %s' % e
                print(repr(text), posix, repr(punct), split, toks, lex.lineno)

for posix in (False, True):
    for punct in (False, True, '<>'):
        lex = shlex.shlex('x', posix=posix, punctuation_chars=punct)
        print(posix, repr(punct), repr(lex.wordchars), repr(lex.eof), repr(lex.punctuation_chars),
              lex.commenters, repr(lex.whitespace), lex.escape, lex.quotes, lex.escapedquotes,
              lex.whitespace_split, lex.infile, lex.source, lex.debug, lex.lineno, repr(lex.token),
              repr(lex.state), list(vars(lex)))
try:
    shlex.shlex('x').punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError', e)

# changing the character classes
lex = shlex.shlex('a:b-c;d', posix=True)
lex.wordchars += ':-'
print(list(lex))
lex = shlex.shlex('a|b c|d', posix=True)
lex.whitespace += '|'
print(list(lex))
lex = shlex.shlex('%x% y %z z%', posix=True)
lex.quotes = '%'
print(list(lex))
lex = shlex.shlex('a^ b ^^c', posix=True)
lex.escape = '^'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a ; rest\nb', posix=True)
lex.commenters = ';'
print(list(lex), lex.lineno)
