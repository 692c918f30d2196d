# The '?' guide lines: tabs and other whitespace kept, trailing blanks dropped.
import difflib

pairs = [('\tabcDefghiJkl\n', '\tabcdefGhijkl\n'), ('a\nabcdef', 'a\nxbcdef'),
         ('a \xa0abcdef\n', 'a \xa0xbcdef\n'), ('a\u3000abcdef', 'a\u3000xbcdef'),
         ('  \t x = 1\n', '  \t x = 2\n'), ('short\n', 'short and longer\n'),
         ('remove this part please\n', 'remove please\n'),
         ('\t\tdeep = value\n', '\t\tdeep = values\n')]
for a, b in pairs:
    print(list(difflib.ndiff([a], [b])))
    print(list(difflib.ndiff([a], [b], charjunk=None)))
