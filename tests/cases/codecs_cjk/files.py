# cwd: tmp
# open() of files in the CJK codecs: written, read back, read a line at
# a time, seek/tell through the decoder, errors.
import codecs

LINES = {'gbk': ['第一行\n', '第二行 abc\n', '丂'], 'big5': ['第一行\n', '測試\n'], 'shift_jis': ['一行目\n', 'カタカナｶﾀｶﾅ\n'],
         'cp932': ['①②\n', '～\n'], 'euc_kr': ['첫 줄\n', '둘째 줄\n', '\uac02'], 'cp949': ['똠방각하\n'],
         'euc_jp': ['日本語\n', '丂\n'], 'gb2312': ['中文\n'], 'cp950': ['中文\n'], 'cp936': ['中文丂\n'], 'johab': ['똠방각하\n', '漢字'],
         'gb18030': ['中文\n', '\U0001f600한국어\n', '\x80']}
for name, lines in LINES.items():
    path = 'f_' + name + '.txt'
    with open(path, 'w', encoding=name) as f:
        f.writelines(lines)
    with open(path, 'rb') as f:
        raw = f.read()
    print(name, raw)
    with open(path, encoding=name) as f:
        print(' ', f.readlines())
    with open(path, encoding=name) as f:
        first = f.readline()
        mark = f.tell()
        rest = f.read()
        f.seek(mark)
        print(' ', ascii(first), f.read() == rest)
    with open(path, 'ab') as f:
        f.write(b'\xff\x81')
    for errors in ['strict', 'replace', 'surrogateescape']:
        try:
            with open(path, encoding=name, errors=errors) as f:
                print(' ', errors, ascii(f.read()[-4:]))
        except UnicodeDecodeError as e:
            print(' ', errors, 'UnicodeDecodeError:', e)
    with open(path, 'w', encoding=name, errors='xmlcharrefreplace') as f:
        f.write('\u0e01\u4e00')
    with open(path, 'rb') as f:
        print(' ', f.read())
    try:
        with open(path, 'w', encoding=name) as f:
            f.write('x\u0e01')
    except UnicodeEncodeError as e:
        print(' ', 'UnicodeEncodeError:', e)
    with codecs.open(path, 'w', name) as f:
        f.write(lines[0])
    with codecs.open(path, 'r', name) as f:
        print(' ', ascii(f.read()))
