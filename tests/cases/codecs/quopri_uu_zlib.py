# quopri, uu and zlib codecs on assorted inputs.
import codecs
for data in [b'', b'plain', b'tab\there', b'=equals=', b'\x00\xff' * 40, b'line\nbreak \n', b'x' * 200]:
    q = codecs.encode(data, 'quopri')
    u = codecs.encode(data, 'uu')
    z = codecs.encode(data, 'zlib')
    print(q[:50], codecs.decode(q, 'quopri') == data, u[:30], codecs.decode(u, 'uu') == data, len(z), codecs.decode(z, 'zlib') == data)
print(codecs.decode(b'begin 644 f\n#86)C\n \nend\n', 'uu'), codecs.decode(b'junk\nbegin 666 x\n!80``\nend\n', 'uu'))
print(codecs.decode(b'a=\r\nb=3d', 'quopri'), codecs.encode(b'a \n', 'quopri'))
