# max_lines and placeholder: where the placeholder goes, what is dropped.
import textwrap

text = "Hello there, how are you this fine day?  I'm glad to hear it!"
for width in (10, 12, 15, 20, 25, 30, 62, 80):
    for max_lines in (1, 2, 3, 4):
        for placeholder in (' [...]', '...', ' ~~~', ''):
            try:
                print(width, max_lines, repr(placeholder),
                      textwrap.wrap(text, width, max_lines=max_lines, placeholder=placeholder))
            except ValueError as e:
                print(width, max_lines, 'ValueError', e)
print(textwrap.wrap('Hello there,\nhow are you?', 12, max_lines=2))
print(textwrap.wrap('Hello there, how are you? ', 12, max_lines=2, drop_whitespace=False))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaa bb', 6, max_lines=2, placeholder='..'))
print(textwrap.wrap('one two three four', 9, max_lines=2, initial_indent='>> ',
                    subsequent_indent='  ', placeholder='.'))
