# The punycode codec: RFC 3492's samples and its errors.
import codecs
for s in ['b\xfccher', 'abc', '\xfc', '', 'M\xfcnchen-Ost', '\xc4\xd6\xdc', '\U0001f600x', 'a-b', '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587',
          '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
          'Pro\u017eprost\u011bnemluv\xed\u010desky', '3\u5e74B\u7d44\u91d1\u516b\u5148\u751f']:
    b = s.encode('punycode')
    print(ascii(s), b, b.decode('punycode') == s)
for b in [b'bcher-kva', b'abc-', b'-', b'', b'a-\xff', b'x-99999999999', b'kva', b'bcher-kv!', b'bcher-k', b'BCHER-KVA']:
    for e in ['strict', 'replace', 'ignore']:
        try:
            print(b, e, ascii(b.decode('punycode', e)))
        except Exception as x:
            print(b, e, type(x).__name__, x, x.args)
print(codecs.getincrementaldecoder('punycode')().decode(b'bcher-kva'), codecs.lookup('punycode').name)
print(codecs.getincrementalencoder('punycode')().encode('b\xfccher'))
