# lib: htmlrec
from htmlrec import parse, merged

TEXTS = ['<a', '<a href', '<a href="x', '<a href="x">', '</', '</a', '</>', '</ a>', '</1>', '<!--', '<!-- x', '<!-- x -',
         '<!-- x --', '<!-- x --!', '<!-->', '<!--->', '<!-- a --!>', '<!', '<!x', '<![CDATA[x', '<![CDATA[x]]>',
         '<!DOCTYPE', '<!doctype html', '<?', '<?pi', '<?pi>', '<', '<1', 'a < b', 'a <', '&', '&amp', '&#', '&#x',
         '&#12', '&#x1F', '&#xZ', 'x &a', '&amp;x', '&a b', 'plain text', '', '<p>&#0;&#128;&#xD800;</p>',
         '<b a=1 b="2" c=\'3\' d e=>x', '<b a = "x"   b=y/>', '<b/a/b/>', '<b "q"=1>', '<b =x>', '<b a="&amp;&lt=&foo;">',
         '<a href="?a=1&copy=2&amp;b">', '<a t="&notin;&notit;&#65;&#x42;">', '<x:y z:w="1">', '<b\n a\n=\n"1"\n>t',
         '<script>a</b></script>', '<script><!-- x --></script>', '<SCRIPT>x</Script >y', '<style>x</style', '<title>a&amp;b<i></title>',
         '<plaintext><a></plaintext>', '<xmp><a></xmp>', '<noscript><a></noscript>', '<iframe>&amp;</iframe>',
         '<p>line1\nline2\r\nline3</p>', 'a\nb<c\nd="e\nf">g', '<a>\u00e9\U0001f600</a>', '<p \x00a="b">',
         '<br/ >', '<br / >', '<br/x>', '<a b="c"d="e">', '<img src=x.png/>', "<a b='c'/>"]
for t in TEXTS:
    for conv in (True, False):
        try:
            whole = parse(t, convert_charrefs=conv)
            pieces = parse(t, 1, convert_charrefs=conv)
            print(repr(t), conv, whole, merged(whole) == merged(pieces))
        except Exception as e:
            print(repr(t), conv, type(e).__name__, e)
