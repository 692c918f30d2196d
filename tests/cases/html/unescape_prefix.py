import html
from html.entities import html5

bare = sorted(k for k in html5 if not k.endswith(';'))
print(len(bare))
for name in bare:
    print(name, ascii(html.unescape('&' + name + 'x')), ascii(html.unescape('&' + name + ';')),
          ascii(html.unescape('&' + name + '=')), ascii(html.unescape('&' + name)))
for name in ['notin', 'notinva', 'amp', 'ampere', 'copyright', 'ltimes', 'LTx', 'gtquest', 'ngt', 'ngtr']:
    print(name, ascii(html.unescape('&%s;' % name)), ascii(html.unescape('&%s' % name)))
