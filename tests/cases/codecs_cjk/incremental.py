# The incremental decoders split at every byte, the encoders, the stream
# reader and writer, str.encode / bytes.decode and the codec's names.
import codecs
import encodings.aliases
import io

NAMES = ['gb2312', 'gbk', 'cp936', 'big5', 'cp950', 'shift_jis', 'cp932', 'euc_kr', 'cp949', 'euc_jp', 'johab', 'gb18030']
TEXTS = {
    'gb2312': '中文编码,测试。abc', 'gbk': '中文編碼丂亐abc', 'cp936': '中文丂x', 'big5': '中文編碼測試', 'cp950': '中文編碼€',
    'shift_jis': '日本語ｶﾀｶﾅ漢字', 'cp932': '日本語①②ⅰ～', 'euc_kr': '한국어 테스트\uac02', 'cp949': '한국어똠방각하',
    'euc_jp': '日本語ｶﾅ丂\u4e28', 'johab': '한국어똠방각하 漢字',
    'gb18030': '中文\x80\U00010000€한국어\uffff',
}
for name in NAMES:
    info = codecs.lookup(name)
    text = TEXTS[name]
    data = text.encode(name)
    print(name, info.name, data, data.decode(name) == text)
    print(' ', [k for k, v in sorted(encodings.aliases.aliases.items()) if v == info.name][:6])
    print(' ', info.encode(text), info.decode(data))
    print(' ', [c.__module__ + '.' + c.__name__ for c in (info.incrementalencoder, info.incrementaldecoder,
                                                          info.streamreader, info.streamwriter)])
    for cut in range(len(data) + 1):
        dec = info.incrementaldecoder()
        parts = [dec.decode(data[:cut]), dec.decode(data[cut:], final=True)]
        assert ''.join(parts) == text, (name, cut, parts)
    dec = info.incrementaldecoder()
    pieces = [dec.decode(bytes([b])) for b in data]
    print(' ', pieces[:6], dec.decode(b'', True), dec.getstate())
    dec = info.incrementaldecoder()
    print(' ', ascii(dec.decode(data[:1] if data[0] > 0x7F else data[:3])), dec.getstate())
    try:
        dec.decode(b'', final=True)
    except UnicodeDecodeError as e:
        print('  final:', e)
    dec.reset()
    print(' ', dec.getstate())
    enc = info.incrementalencoder('replace')
    print(' ', b''.join(enc.encode(ch) for ch in text + '\u0e01') + enc.encode('', True))
    print(' ', list(codecs.iterdecode([data[:3], data[3:5], data[5:]], name)))
    out = io.BytesIO()
    w = codecs.getwriter(name)(out)
    w.write(text)
    w.writelines(['x', text[:2]])
    print(' ', out.getvalue())
    r = codecs.getreader(name)(io.BytesIO(out.getvalue() + b'\n' + data))
    print(' ', r.read(3), r.readline(), r.read())
    try:
        codecs.getreader(name)(io.BytesIO(data[:-1] if data[-1] > 0x7F else data + b'\x81')).read()
    except UnicodeDecodeError as e:
        print('  reader:', e)
print(bytes.decode(b'\x82\xa0', 'shift-jis'), str.encode('\u3042', encoding='SJIS'), b'\xa1\xa1'.decode('EUC-CN'))
print(codecs.decode(b'\xb0\xa1', 'ks_c_5601'), codecs.encode('가', 'ms949'), codecs.lookup('windows-31j').name)
