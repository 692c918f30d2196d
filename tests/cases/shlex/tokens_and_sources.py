# get_token/push_token/read_token, include files through `source` and
# sourcehook, push_source/pop_source, error_leader and line numbers.
import os
import shlex
import tempfile
from io import StringIO

lex = shlex.shlex('one two three', posix=True)
print(lex.get_token())
lex.push_token('pushed')
lex.push_token('again')
print(lex.get_token(), lex.get_token(), lex.get_token())
print(repr(lex.read_token()), repr(lex.read_token()), repr(lex.get_token()))

lex = shlex.shlex('one two')
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()))

with tempfile.TemporaryDirectory() as d:
    inc = os.path.join(d, 'incfile')
    with open(inc, 'w') as f:
        f.write('included words\nhere\n')
    main = os.path.join(d, 'main.txt')
    with open(main, 'w') as f:
        f.write('before\nsource incfile\nafter "quoted words"\n')
    with open(main) as f:
        lex = shlex.shlex(f, main, posix=True)
        lex.source = 'source'
        out = []
        while True:
            tok = lex.get_token()
            if tok is None:
                break
            out.append((tok, lex.lineno, lex.error_leader().replace(d, 'D')))
        print(out)
    with open(main) as f:
        lex = shlex.shlex(f, main)
        lex.source = 'source'
        print(list(lex))
    lex = shlex.shlex('source "incfile" end', infile=main)
    lex.source = 'source'
    print(list(lex))
    print(lex.sourcehook('"incfile"')[0].replace(d, 'D'))

lex = shlex.shlex('a b', posix=True)
lex.push_source('x y', 'pushed.txt')
print(lex.infile, lex.get_token(), lex.error_leader(), lex.get_token(), lex.get_token(), lex.infile)
print(lex.get_token(), lex.infile, lex.get_token())
lex = shlex.shlex(StringIO('p q'))
lex.push_source(StringIO('r'))
print(list(lex))
print(shlex.shlex('').error_leader(), shlex.shlex('').error_leader('f.txt', 7))
lex = shlex.shlex('a\nb\n\nc # x\nd')
print([(t, lex.lineno) for t in lex])
