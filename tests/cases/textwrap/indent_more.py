# indent with predicates, and dedent round trips.
import textwrap

source = '''\
    def f(x):
        if x:

            return 1
    \t
        return 2
'''
flat = textwrap.dedent(source)
print(flat)
print(textwrap.indent(flat, '>>> '))
print(textwrap.indent(flat, '... ', lambda line: line.startswith(' ')))
print(textwrap.indent(flat, '# ', str.strip))
print(repr(textwrap.indent('a\rb\nc\r\nd\x0be\x1cf\u2028g', '|')))
print(textwrap.dedent(textwrap.indent(flat, '  ')) == flat)
try:
    textwrap.indent(None, '>')
except AttributeError as e:
    print('AttributeError', e)
