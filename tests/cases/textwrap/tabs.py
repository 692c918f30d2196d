# Tabs and other whitespace: expand_tabs, tabsize, replace_whitespace.
import textwrap

text = 'col1\tcol2\t\tcol3\nnext\x0bvt\x0cff\rcr end'
for expand in (True, False):
    for size in (0, 1, 4, 8):
        for replace in (True, False):
            w = textwrap.TextWrapper(width=14, expand_tabs=expand, tabsize=size,
                                     replace_whitespace=replace)
            print(expand, size, replace, w.wrap(text))
print(textwrap.wrap('a\u3000b\u2003c\xa0d', 3))
print(textwrap.wrap('a\u3000b\u2003c\xa0d' * 3, 5))
