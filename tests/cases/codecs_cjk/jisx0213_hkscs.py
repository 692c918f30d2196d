# big5hkscs and the JIS X 0213 codecs: every code decoded, every character
# encoded (summarised by a digest), two-character codes and their pending
# first character in the incremental encoder and stream writer.
import codecs
import hashlib
import io

NAMES = ['big5hkscs', 'euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213']


def decode_all(name):
    h = hashlib.sha256()
    count = 0
    for lead in range(0x80, 0x100):
        for trail in range(0x40, 0x100):
            data = bytes([lead, trail])
            try:
                text = data.decode(name)
            except UnicodeDecodeError as e:
                h.update(b'E%d%d' % (e.start, e.end) + e.reason.encode())
                continue
            count += 1
            h.update(data + text.encode('utf-8', 'surrogatepass'))
    if name.startswith('euc'):
        for b2 in range(0xA1, 0xFF):
            for b3 in range(0xA1, 0xFF):
                try:
                    h.update(bytes([0x8F, b2, b3]).decode(name).encode())
                    count += 1
                except UnicodeDecodeError as e:
                    h.update(b'E%d' % e.end)
    return count, h.hexdigest()[:16]


def encode_all(name):
    h = hashlib.sha256()
    count = 0
    for cp in list(range(0x80, 0xD800)) + list(range(0xE000, 0x10000)) + list(range(0x20000, 0x30000)):
        try:
            data = chr(cp).encode(name)
        except UnicodeEncodeError:
            continue
        count += 1
        h.update(b'%d:' % cp + data)
        assert data.decode(name) == chr(cp) or name == 'big5hkscs' or cp < 0x100, (name, hex(cp), data)
    return count, h.hexdigest()[:16]


for name in NAMES:
    print(name, codecs.lookup(name).name, decode_all(name), encode_all(name))

SAMPLES = {
    'big5hkscs': '香港\u00ca\u0304\u00ca\u030c\u00ca\u00ea\u0304\u00ea\U00020000x',
    'euc_jis_2004': 'か\u309aき\u309a\u304bx\u00e6\u0300\u02e9\u02e5\U00020089\u4ff1',
    'euc_jisx0213': 'か\u309aき\u309a\u304bx\u00e6\u0300\u02e9\u02e5\U00020089',
    'shift_jis_2004': 'か\u309aき\u309a\u304bx\u00e6\u0300\u02e9\u02e5\U00020089\u4ff1ｱ\\~\u00a5',
    'shift_jisx0213': 'か\u309aき\u309a\u304bx\u00e6\u0300\u02e9\u02e5\U00020089ｱ',
}
for name in NAMES:
    text = SAMPLES[name]
    data = text.encode(name, 'backslashreplace')
    print(name, data, ascii(data.decode(name)))
    # the incremental decoder at every split point
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(name)()
        got = dec.decode(data[:cut]) + dec.decode(data[cut:], True)
        assert got == data.decode(name), (name, cut)
    # the incremental encoder, a character at a time
    enc = codecs.getincrementalencoder(name)('backslashreplace')
    parts = []
    for ch in text:
        parts.append(enc.encode(ch))
        parts.append(enc.getstate())
    parts.append(enc.encode('', True))
    print(' ', parts)
    enc = codecs.getincrementalencoder(name)()
    print(' ', enc.encode(text[0]), enc.getstate())
    state = enc.getstate()
    enc.reset()
    print(' ', enc.getstate(), enc.encode('a'))
    enc.setstate(state)
    print(' ', enc.encode(text[1]), enc.encode(text[0], final=True))
    # the stream writer keeps the first character of a pair too
    out = io.BytesIO()
    w = codecs.getwriter(name)(out, 'backslashreplace')
    for ch in text:
        w.write(ch)
    print(' ', out.getvalue() == data[:len(out.getvalue())], len(out.getvalue()), len(data))
    w.reset()
    print(' ', out.getvalue() == data, out.getvalue()[-6:])
    w.reset()
    w.writelines([text[0], text[0]])
    w.reset()
    print(' ', out.getvalue()[len(data):])
    r = codecs.getreader(name)(io.BytesIO(data * 3))
    print(' ', ascii(r.read(5)), ascii(r.readline()), len(r.read()))
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            print(' ', errors, ('\u0e01' + text[:3] + '\U0001f600\u0e02').encode(name, errors))
        except UnicodeEncodeError as e:
            print(' ', errors, 'UnicodeEncodeError:', e, e.start, e.end)
    bad = data[:2] + b'\xff\x80' + data[2:] + data[:1]
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        try:
            print(' ', errors, ascii(bad.decode(name, errors)))
        except UnicodeDecodeError as e:
            print(' ', errors, 'UnicodeDecodeError:', e, e.start, e.end)
    dec = codecs.getincrementaldecoder(name)()
    print(' ', ascii(dec.decode(data[:1])), dec.getstate())
    try:
        dec.decode(b'', True)
    except UnicodeDecodeError as e:
        print('  final:', e)
print([codecs.lookup(n).name for n in ['big5-hkscs', 'hkscs', 'eucjis2004', 'jisx0213', 'euc_jis2004',
                                      'eucjisx0213', 'shiftjis2004', 'sjis_2004', 's_jis_2004', 'shiftjisx0213',
                                      'sjisx0213', 's_jisx0213']])
