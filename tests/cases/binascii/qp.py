# Quoted-printable both ways, with each flag.
import binascii

samples = [b'hello = world\t\n', b'a\tb ', b'line\r\nx', b'From x', b'a_b c', b'x' * 100, b'\xff\x00.', b'.\n',
           b'a \n b\t\n', b'.', b'a.\r\n.\r\nb', b'=' * 30, b'tab\tend\t', b'\r', b'cr\ronly', b'x' * 74 + b'=',
           b'y' * 75 + b'\n' + b'z' * 80, b'caf\xc3\xa9 \r\n', b' ', b'\t\n\t']
for s in samples:
    print(s)
    print(' ', binascii.b2a_qp(s), binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False),
          binascii.b2a_qp(s, header=True))
    print(' ', binascii.a2b_qp(binascii.b2a_qp(s)) == s, binascii.a2b_qp(binascii.b2a_qp(s, header=True), header=True) == s)
