# Extreme and odd widths and indents.
import pprint

value = {'list': list(range(6)), 'text': 'one two three four', 'n': (1,)}
for width in (1, 2, 3, -1, -100, 10 ** 6):
    print(width)
    print(pprint.pformat(value, width=width))
for indent in (0, 1, 2, 8):
    print(indent)
    print(pprint.pformat(value, width=15, indent=indent))
    print(pprint.pformat([[[]], [{}], [()]], width=1, indent=indent))
print(pprint.pformat([value] * 2, width=1, indent=0, compact=True))
