# TextWrapper's options one by one, fill(), and the attributes.
import textwrap

text = ("The quick brown fox jumps over the lazy dog.  It was a well-known "
        "fact -- at least to foxes -- that dogs sleep.\tTabs\there, and a "
        "veryveryverylongwordthatcannotfitanywhere at the end. Mr. Smith "
        "said so.\nNew line follows!")
for width in (1, 5, 10, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
    print(textwrap.fill(text, width=width, initial_indent='* ' if width > 2 else '',
                        subsequent_indent='  ' if width > 2 else ''))
w = textwrap.TextWrapper(width=25)
print(vars(w))
for attr, value in [('expand_tabs', False), ('tabsize', 3), ('replace_whitespace', False),
                    ('fix_sentence_endings', True), ('break_long_words', False),
                    ('drop_whitespace', False), ('break_on_hyphens', False),
                    ('max_lines', 2), ('placeholder', '...')]:
    w = textwrap.TextWrapper(width=25, **{attr: value})
    print(attr, w.wrap(text))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('   \n ', 10))
print(textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10))
print(textwrap.TextWrapper.unicode_whitespace_trans, repr(textwrap._whitespace))
print(textwrap.__all__)
for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder='  [.......]'),
            dict(width=6, max_lines=2, subsequent_indent='    ', placeholder='...')]:
    try:
        print(textwrap.wrap('some words here', **bad))
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap('a b', 4, max_lines=3, placeholder='...'))
try:
    textwrap.wrap(None)
except AttributeError as e:
    print('AttributeError', e)
