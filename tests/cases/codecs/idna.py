# The idna codec: nameprep, ToASCII/ToUnicode and the positions of its errors.
import codecs
for s in ['bücher.example', 'a..b', '.', 'x'*64, 'ü'*70, 'a.ü'*1+'.'+'ü'*60, 'ab.\u0627\u0031', '\u0627b\u0628', 'a\u0627', 'xn--ü', 'ab.xn--bücher', 'a\u2028b', 'ü\u3000x', 'ab\u3002cd\uff0eef\uff61', 'ü.', 'ü..', '..ü', 'AbC.dEf', 'ü'*10+'.'+'a'*64, 'a'*63, 'ü\x00', 'a\x80', 'Ü', '\u00df', 'ﬁ', '\u200b\u00fc']:
    for h in ['strict', 'replace']:
        try: print(ascii(s), h, s.encode('idna', h))
        except Exception as e: print(ascii(s), h, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
for b in [b'xn--bcher-kva.example', b'abc', b'xn--', b'a..b', b'xn--zz', b'\xff', b'a\xffb', b'XN--BCHER-KVA', b'a.b.', b'', b'xn--a', b'xn--abc-', b'xn--BCHER-KVA', b'xn--bcher-kva.', b'ab.xn--ls8h', b'x'*64, b'.', b'..', b'Xn--bcher-kva', b'xn--Bcher-kva', b'xn--xn--bcher-kva-']:
    for h in ['strict', 'replace']:
        try: print(b, h, ascii(b.decode('idna', h)))
        except Exception as e: print(b, h, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
import encodings.idna as I
for l in ['bücher', 'BÜCHER', 'abc', '', 'x'*64, 'xn--bücher', '\u0627\u0031']:
    try: print(ascii(l), I.ToASCII(l))
    except Exception as e: print(ascii(l), type(e).__name__, e)
for l in [b'xn--bcher-kva', b'abc', 'bücher', b'xn--zz', b'', 'ABC', b'xn--BCHER-KVA']:
    try: print(l, ascii(I.ToUnicode(l)))
    except Exception as e: print(l, type(e).__name__, e)
for l in ['ABC', 'Bücher', '\u00ad', '\u0627\u0031', '\u200b', '\ue000', '\u0627a\u0628']:
    try: print(ascii(l), ascii(I.nameprep(l)))
    except Exception as e: print(ascii(l), type(e).__name__, e)
print(I.ace_prefix, I.sace_prefix, I.dots.pattern)
e = codecs.getincrementalencoder('idna')()
print(e.encode('bü'), e.encode('cher.ex'), e.encode('ample', True))
d = codecs.getincrementaldecoder('idna')()
print(ascii(d.decode(b'xn--bc')), ascii(d.decode(b'her-kva.ex')), ascii(d.decode(b'ample', True)))
