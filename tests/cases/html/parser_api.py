import html.parser
import _markupbase
from html.parser import HTMLParser

p = HTMLParser()
print(p.getpos(), p.lasttag, p.get_starttag_text(), p.convert_charrefs, p.scripting, p.cdata_elem, p.rawdata)
p.feed('<div class=x>hello')
print(p.getpos(), p.lasttag, p.get_starttag_text(), repr(p.rawdata))
p.feed('<a')
print(repr(p.rawdata), p.getpos())
p.close()
print(repr(p.rawdata), p.getpos())
p.reset()
print(p.getpos(), p.lasttag, repr(p.rawdata))
print(html.parser.__all__, HTMLParser.CDATA_CONTENT_ELEMENTS, HTMLParser.RCDATA_CONTENT_ELEMENTS)
print([c.__name__ for c in HTMLParser.__mro__], isinstance(p, _markupbase.ParserBase))
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    HTMLParser(True)
except TypeError as e:
    print('TypeError:', e)
for bad in [None, 5, b'<a>']:
    try:
        HTMLParser().feed(bad)
    except TypeError as e:
        print('TypeError:', e)


class Script(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.out = []

    def handle_starttag(self, tag, attrs):
        self.out.append(('start', tag, self.cdata_elem))
        if tag == 'svg':
            self._set_support_cdata(False)

    def handle_endtag(self, tag):
        self.out.append(('end', tag))

    def handle_data(self, data):
        self.out.append(('data', data))

    def handle_comment(self, data):
        self.out.append(('comment', data))

    def unknown_decl(self, data):
        self.out.append(('decl', data))


for scripting in (False, True):
    s = Script(scripting=scripting)
    s.feed('<noscript><b>x</b></noscript><![CDATA[a]]><svg><![CDATA[b]]></svg>')
    s.close()
    print(scripting, s.out)
s = Script()
s.feed('<p>')
s.set_cdata_mode('Pre')
s.feed('<b>raw</b></pre>after<i>')
s.close()
print(s.out, s.cdata_elem, s.interesting.pattern)
s = Script(convert_charrefs=False)
s.feed('<title>a&amp;b</title>')
s.close()
print(s.out)
p = HTMLParser()
p.feed('<a href="x">')
p.feed('&amp')
p.feed(';text')
p.close()
print(p.get_starttag_text(), p.getpos())
