# lib: htmlrec
from htmlrec import parse, merged

DOCS = ['<script>var s = "</scr" + "ipt>";</script>after', '<script>x</script', '<script>a</scripty>b</script>',
        '<style>a{}</STYLE\n>b', '<script type="t">\n<!--\nx\n-->\n</script>', '<xmp><b>&amp;</b></xmp>',
        '<iframe src=x><p></iframe>', '<noembed><i></noembed>', '<noframes>a</noframes>', '<plaintext>a</plaintext><b>',
        '<title><b>&lt;T&gt;</b></title>', '<textarea>\n&copy;</textarea>', '<script>a</script>b<script>c</script>']
for d in DOCS:
    for conv in (True, False):
        whole = parse(d, convert_charrefs=conv)
        print(repr(d), conv, whole)
        for size in (1, 2, 5):
            print('  ', size, merged(parse(d, size, convert_charrefs=conv)))
