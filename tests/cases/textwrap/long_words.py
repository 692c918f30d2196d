# Long words: breaking at hyphens, not breaking, widths down to one.
import textwrap

words = ['supercalifragilisticexpialidocious', 'well-known-long-compound-word',
         '---leading-hyphens', 'trailing-hyphens---', 'http://example.com/a-b/c-d',
         '1234-5678-9012', 'x' * 30]
for word in words:
    for width in (1, 3, 5, 7, 11):
        for kw in ({}, {'break_long_words': False}, {'break_on_hyphens': False},
                   {'break_long_words': False, 'break_on_hyphens': False}):
            print(width, kw, textwrap.wrap('lead ' + word + ' tail', width, **kw))
