# fnmatch.translate gives CPython's regular expression text, character for character.
import fnmatch

patterns = [
    '', '*', '*.py', 'a?b', '??', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]*', '**',
    'a*b*c', '*a*a*a', '*?*', '***', '[', '[a', 'x[!', '[!]', '[]', '[[]',
    '(x)', 'a.b', '$^', '{a,b}', '+', '\\', '\\*', 'a|b', '\n', '\t', 'é*',
    '[a/b]', '[^x]', '[\\]', '[a&&b]', '[a~~b]', '[a||b]', '[*]', '[?]',
]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))
