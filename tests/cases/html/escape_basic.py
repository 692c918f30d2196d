import html

for s in ['<a href="x">T&amp;C\'s</a>', '', 'plain', '&&&', '"\'', '\u00e9<\u65e5>']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)), repr(html.escape(s, 0)))
for bad in [None, b'<x>', 5]:
    try:
        html.escape(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(html.__all__, sorted(n for n in dir(html) if not n.startswith('_')))
