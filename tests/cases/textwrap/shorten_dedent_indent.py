# shorten, dedent and indent.
import textwrap

for width in (5, 8, 11, 12, 15, 30):
    for text in ['Hello  world!', '  lots   of   space here  ', 'one', '',
                 'A sentence. Another one. And more words to cut away']:
        try:
            print(width, repr(textwrap.shorten(text, width)),
                  repr(textwrap.shorten(text, width, placeholder='...')))
        except ValueError as e:
            print(width, 'ValueError', e)
print(textwrap.shorten('a-b-c-d-e-f-g', 7), textwrap.shorten('a-b-c-d-e-f-g', 7, break_on_hyphens=False))
for text in ['  a\n   b\n', '  a\n  \n   b', '\t a\n\t  b', ' \t a\n\t  b', '  a\n \x0c b',
             '  a\n\x0c\n  b', '', '   ', '  x\n\n', '  a\r\n  b\r\n', '  a\n  \t\n  b\n \n',
             '\u3000a\n\u3000b', ' a\n b \n   ', 'a\n  b', '  a\r  b', '  a\n\u3000\n  b',
             '\t\ta\n\t b', '    def f():\n        return 1\n', '\n\n  x\n\n  y']:
    print(repr(text), repr(textwrap.dedent(text)))
for bad in [None, b'  a', 3]:
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print('TypeError', e)
for text in ['a\n\nb\n  \n', 'a\r\nb', 'one', '', '\n', ' x\n\ty\n']:
    print(repr(textwrap.indent(text, '> ')),
          repr(textwrap.indent(text, '+', lambda line: True)),
          repr(textwrap.indent(text, '# ', lambda line: 'b' in line)))
print(textwrap.__doc__, textwrap.dedent.__doc__, textwrap.shorten.__doc__)
