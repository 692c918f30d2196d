# Long strings are cut into implicitly joined pieces at word ends and line
# ends; only a top-level string gets parentheses.
import pprint

s = 'The quick brown fox jumps over the lazy dog, ' * 3
for width in (5, 10, 20, 30, 45, 80, 200):
    print(width)
    print(pprint.pformat(s, width=width))
    print(pprint.pformat([s], width=width))
    print(pprint.pformat({'key': s}, width=width))
    print(pprint.pformat((s, 1), width=width))
lines = 'first line\nsecond line is longer\n\n  indented\ttab\r\nlast'
for width in (1, 8, 16, 25, 60):
    print(pprint.pformat(lines, width=width))
    print(pprint.pformat([[lines]], width=width))
print(pprint.pformat('x' * 100, width=20))
print(pprint.pformat('', width=1))
print(pprint.pformat('   leading spaces  and   runs   ', width=12))
print(pprint.pformat("quotes ' and \" mixed " * 3, width=20))
print(pprint.pformat('unicode \u00e9\u00e8 \u2028sep\u00a0nbsp \x1cfs ' * 2, width=14))
