import html

TEXTS = ['&amp; &lt; &gt; &quot; &apos;', '&amp', '&ampx', '&ampamp;', '&notit;', '&notin;', '&not;in', '&noti',
         '&Eacute;&eacute;&ETH', '&nosuch;', '&;', '&', '&&amp;', '& amp;', '&AMP;&Amp;', '&copy2023', '&NotEqualTilde;',
         '&acE;', '&fjlig;', '&ThickSpace;', '&x' + 'y' * 40 + ';', 'a&b&c', '&amp;amp;', '&lt&gt', '&zwnj;&zwj;',
         '&Afr;&bopf;', '&ngE;', '&nvlt;', '&hearts;\u2665', '&LT;', '&lt;;', '&#;', '&#x;', '&#a;', '\n&amp\n']
for t in TEXTS:
    print(repr(t), ascii(html.unescape(t)))
print(html.unescape('no refs'), html.unescape(''))
for bad in [None, b'&amp;', 5]:
    try:
        html.unescape(bad)
    except TypeError as e:
        print('TypeError:', e)
