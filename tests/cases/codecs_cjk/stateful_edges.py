# Edges of the stateful codecs: the state an encoder or decoder keeps
# after an error, replacements written in the current designation,
# handlers giving text or bytes, pending pair characters across
# getstate/setstate, text files seeking through a decoder's state.
import codecs, io
d = codecs.getincrementaldecoder('iso2022_jp')()
try:
    d.decode(b'\x1b$BF|\x80')
except UnicodeDecodeError as e:
    print(e, d.getstate())
d = codecs.getincrementaldecoder('iso2022_jp')()
try:
    d.decode(b'\x1b$BF|\x1b(', True)
except UnicodeDecodeError as e:
    print(e, d.getstate())
e = codecs.getincrementalencoder('iso2022_jp')()
try:
    e.encode('日\u0e01')
except UnicodeEncodeError as ex:
    print(ex, e.getstate())
print('日\u0e01本'.encode('iso2022_jp', 'xmlcharrefreplace'))
codecs.register_error('tojis', lambda ex: ('語', ex.end))
codecs.register_error('tobytes', lambda ex: (b'??', ex.end))
codecs.register_error('bad', lambda ex: ('\u0e02', ex.end))
print('a\u0e01b日\u0e01'.encode('iso2022_jp', 'tojis'), 'a\u0e01b日\u0e01'.encode('iso2022_jp', 'tobytes'))
print('中\u0e01'.encode('hz', 'tojis') if False else '中\u0e01a'.encode('hz', 'xmlcharrefreplace'))
try:
    'a\u0e01'.encode('iso2022_jp', 'bad')
except UnicodeEncodeError as ex:
    print(ex, ex.start, ex.end, ascii(ex.object))
e = codecs.getincrementalencoder('iso2022_jp_2004')()
print(e.encode('日か'), e.getstate())
s = e.getstate()
e2 = codecs.getincrementalencoder('iso2022_jp_2004')()
e2.setstate(s)
print(e2.encode('\u309a'), e2.encode('', True))
e = codecs.getincrementalencoder('big5hkscs')()
print(e.encode('\u00ca'), e.getstate(), e.encode('\u0304'), e.encode('\u00ca', True))
for name, sample in [('iso2022_jp', '日本語\nabc\n日本\nx'), ('iso2022_kr', '한국\nabc\n한국어\n'), ('hz', '中文\nabc~\n中文\n'), ('iso2022_jp_2', '日本語\nabc\n한국\n中文\n')]:
    raw = io.BytesIO()
    with io.TextIOWrapper(raw, encoding=name, newline='') as f:
        f.write(sample)
        f.flush()
        data = raw.getvalue()
        f.seek(0)
        first = f.readline()
        try:
            pos = f.tell()
        except OverflowError as e:  # the state does not fit TextIOWrapper's cookie
            print(name, data, ascii(first), 'OverflowError:', e)
            continue
        print(name, data, ascii(first), pos, ascii(f.readline()))
        pos = f.tell()
        print(ascii(f.read()))
        f.seek(pos)
        print(ascii(f.read(3)))
    print(ascii(data.decode(name, 'replace')))
kr = codecs.getincrementaldecoder('iso2022_kr')()
print(kr.decode(b'\x1b$)C'), kr.getstate(), kr.decode(b'\x0e0!'), kr.getstate(), kr.decode(b'\x0fa'))
kr.reset(); print(kr.getstate())
w = codecs.getwriter('iso2022_kr')(io.BytesIO())
w.write('한'); w.reset(); print(w.stream.getvalue())
w = codecs.getwriter('iso2022_jp_2004')(io.BytesIO())
w.write('日か'); print(w.stream.getvalue()); w.reset(); print(w.stream.getvalue()); w.write('x'); print(w.stream.getvalue())
print(codecs.encode('日', 'iso-2022-jp'), codecs.decode(b'\x1b$BF|', 'iso2022jp'))
print(codecs.lookup('iso2022_jp').encode('日本'), codecs.lookup('hz').decode(b'~{VP~}'))
for bad in [b'\x1b$(Q\x21', b'\x1b$(Q\x2e\x21', b'\x1b$(Q\x7f']:
    for name in ['iso2022_jp_2004', 'iso2022_jp_3']:
        try: print(ascii(bad.decode(name)))
        except UnicodeDecodeError as ex: print(ex)
print(ascii(b'\x1b$(O\x2e\x21\x1b$(P\x21\x21\x1b$(Q\x7e\x7e'.decode('iso2022_jp_3', 'replace')))
print(ascii(b'\x1b$(O\x2e\x21\x1b$(P\x21\x21\x1b$(Q\x7e\x7e'.decode('iso2022_jp_2004', 'replace')))

# text files: tell()/seek() give the encoder CPython's states (setstate(0) clears the designations)
for name in ['iso2022_jp', 'hz', 'euc_jis_2004', 'iso2022_kr']:
    raw = io.BytesIO()
    f = io.TextIOWrapper(raw, encoding=name)
    f.write('ab\n')
    pos = f.tell()
    f.write('日本' if name != 'hz' else '中文')
    f.seek(pos)
    f.write('xy')
    f.seek(0)
    f.write('q')
    f.flush()
    print(name, raw.getvalue())
    f.seek(0)
    print(ascii(f.read()))
    w = io.TextIOWrapper(io.BytesIO(), encoding=name)
    w.write('か')
    w.flush()
    print(w.buffer.getvalue())
    try:
        w.write('\u309a')
        w.flush()
    except UnicodeEncodeError as e:
        print(e)
    print(w.buffer.getvalue())
