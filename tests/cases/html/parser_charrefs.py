# lib: htmlrec
from htmlrec import parse, Recorder

for text in ['a&amp;b', 'a&amp', 'a&am', '&#65;&#x41;&#X41', '&#65', '&#x', '&#xg', '&#;', '& x', '&1', '&amp b',
             '&lt;&gt;&quot;', 'x&#128;&#0;y', '&nbsp&nbsp;', '<p>&amp</p>', '<title>&amp;</title>',
             '<textarea>a&lt;b</textarea>', '<script>&amp;</script>', '&' * 5, 'a&' + 'b' * 40]:
    for conv in (True, False):
        print(repr(text), conv, parse(text, convert_charrefs=conv), parse(text, 1, convert_charrefs=conv))
p = Recorder(convert_charrefs=False)
p.feed('x &am')
print(p.events, repr(p.rawdata))
p.feed('p; y &#6')
print(p.events, repr(p.rawdata))
p.feed('6; z')
p.close()
print(p.events, repr(p.rawdata))
