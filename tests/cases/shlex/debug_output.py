# shlex's debug levels print what the lexer does, in CPython's words.
import io
import shlex


class Named(io.StringIO):
    def __repr__(self):
        return '<stream %s>' % self.getvalue()[:5]


for level in (1, 2, 3):
    lex = shlex.shlex('a "b c"  d#x\ne', posix=bool(level % 2))
    lex.debug = level
    lex.push_token('first')
    print(list(lex))
lex = shlex.shlex(Named('a b'))
lex.debug = 1
lex.push_source('inner', 'inner.txt')
print(list(lex))
lex = shlex.shlex(Named('outer'), posix=True)
lex.debug = 2
lex.push_source(Named('inner stream'))
print(list(lex))
