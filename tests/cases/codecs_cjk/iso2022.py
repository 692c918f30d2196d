# The stateful codecs: iso2022_* and hz.  Every character encoded and its
# bytes decoded back (summarised by a digest), escapes and shifts, errors
# with each handler, the incremental decoder at every split point, the
# encoder's state and return to ASCII, stream reader and writer.
import codecs
import hashlib
import io

NAMES = ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
         'iso2022_kr', 'hz']


def encode_all(name):
    h = hashlib.sha256()
    count = 0
    planes = list(range(0x80, 0xD800)) + list(range(0xE000, 0x10000))
    if name in ('iso2022_jp_2004', 'iso2022_jp_3'):
        planes += list(range(0x20000, 0x2A6E0))
    for cp in planes:
        try:
            data = chr(cp).encode(name)
        except UnicodeEncodeError:
            continue
        count += 1
        h.update(b'%d:' % cp + data)
        back = data.decode(name)
        if back != chr(cp):
            h.update(back.encode('utf-8'))
    return count, h.hexdigest()[:16]


def decode_sets(name):
    # each designation CPython knows, with every two-byte code after it
    h = hashlib.sha256()
    for escape in [b'\x1b$B', b'\x1b$@', b'\x1b$(D', b'\x1b$(C', b'\x1b$A', b'\x1b$(Q', b'\x1b$(O', b'\x1b$(P',
                   b'\x1b(J', b'\x1b(I', b'\x1b$)C\x0e', b'\x1b&@\x1b$B', b'~{']:
        data = escape + bytes(b for c1 in range(0x20, 0x80) for c2 in range(0x20, 0x80) for b in (c1, c2))
        try:
            text = data.decode(name, 'replace')
        except UnicodeDecodeError as e:
            text = 'E%d %d %s' % (e.start, e.end, e.reason)
        h.update(escape + text.encode('utf-8'))
    return h.hexdigest()[:16]


for name in NAMES:
    print(name, codecs.lookup(name).name, encode_all(name), decode_sets(name))

SAMPLES = {
    'iso2022_jp': 'abc日本語\u00a5\u203e\nテスト\uff3cx',
    'iso2022_jp_1': '日本語\u4e28\u00a9x',
    'iso2022_jp_2': '日本\u00e9\u03a9한국中文\u00a5abc',
    'iso2022_jp_2004': 'か\u309aき\u309aか\u4ff1\U00020089日本',
    'iso2022_jp_3': 'か\u309aき\u309aか\U00020089日本',
    'iso2022_jp_ext': '日本ｱｲｳ\u4e28x',
    'iso2022_kr': '한국어 text\n한국',
    'hz': '中文abc~中\n文',
}
for name in NAMES:
    text = SAMPLES[name]
    data = text.encode(name)
    print(name, data, data.decode(name) == text)
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(name)()
        first = dec.decode(data[:cut])
        state = dec.getstate()
        got = first + dec.decode(data[cut:], True)
        assert got == text, (name, cut, got)
        dec2 = codecs.getincrementaldecoder(name)()
        dec2.setstate(state)
        assert first + dec2.decode(data[cut:], True) == text, (name, cut)
    dec = codecs.getincrementaldecoder(name)()
    print(' ', [dec.decode(bytes([b])) for b in data][:12], dec.getstate())
    dec.reset()
    print(' ', dec.getstate())
    enc = codecs.getincrementalencoder(name)()
    parts = []
    for ch in text:
        parts.append(enc.encode(ch))
        parts.append(enc.getstate())
    parts.append(enc.encode('', final=True))
    parts.append(enc.getstate())
    print(' ', parts)
    enc = codecs.getincrementalencoder(name)()
    print(' ', enc.getstate(), enc.encode(text[:3]), enc.getstate())
    enc.reset()
    print(' ', enc.getstate(), enc.encode('x', True))
    print(' ', list(codecs.iterencode(text, name)), list(codecs.iterdecode([data[:4], data[4:9], data[9:]], name)))
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            print(' ', errors, (text[:4] + '\u0e01\U0001f600' + text[:2]).encode(name, errors))
        except UnicodeEncodeError as e:
            print(' ', errors, 'UnicodeEncodeError:', e, e.start, e.end)
    for bad in [data + b'\x80', b'\x1b$', data[:5] + b'\xff' + data[5:], b'\x1b$Zab', b'\x1b(Q', b'\x1b$B\x21',
                b'\x1b$B\x7f\x7f', b'\x1bNa', b'\x1b.A\x1bNa\x1bNc', b'\x1b.F\x1bN\x61', b'\x1b.B\x1bN\x80',
                b'\x0eab\x0f', b'\x1b$)C\x0e\x30\x21\n\x30\x21', b'\x1bxyzAB', b'~{VP~}', b'~x', b'~{VP\nVP',
                b'~{V', b'\x1b&@\x1b$BF|', b'\x1b&@\x1b(B', b'\x1b' + b'(' * 20]:
        for errors in ['strict', 'replace', 'backslashreplace']:
            try:
                print(' ', bad, errors, ascii(bad.decode(name, errors)))
            except UnicodeDecodeError as e:
                print(' ', bad, errors, 'UnicodeDecodeError:', e, e.start, e.end)
            except RuntimeError as e:
                print(' ', bad, errors, 'RuntimeError:', e)
    out = io.BytesIO()
    w = codecs.getwriter(name)(out)
    w.write(text)
    w.writelines([text[:2], 'x'])
    print(' ', out.getvalue())
    w.reset()
    print(' ', out.getvalue()[-8:])
    r = codecs.getreader(name)(io.BytesIO(data + b'\n' + data))
    print(' ', ascii(r.read(4)), ascii(r.readline()), ascii(r.read()))
    try:
        codecs.getreader(name)(io.BytesIO(data[:-1] + b'\x1b$')).read()
    except UnicodeDecodeError as e:
        print('  reader:', e)
    with io.TextIOWrapper(io.BytesIO(), encoding=name) as f:
        f.write(text)
        f.flush()
        print(' ', f.buffer.getvalue())
print([codecs.lookup(n).name for n in ['csiso2022jp', 'iso-2022-jp', 'iso2022jp_1', 'iso-2022-jp-2', 'iso2022jp_2004',
                                      'iso_2022_jp_3', 'iso2022jp-ext', 'csiso2022kr', 'iso-2022-kr', 'hz-gb',
                                      'hz_gb_2312', 'hzgb']])
