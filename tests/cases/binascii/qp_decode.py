# a2b_qp: escapes, soft line breaks, broken escapes kept as they are.
import binascii

for s in [b'hello =3D world=\n', b'=4', '=ZZ', '=4a=4A', 'a=\r\nb', 'a=', b'=\n=\n', '==', '=3', '=\r',
          '=\rx\ny', 'a_b', '', '=0a=0D=0A', 'x=  \ny', '=g0']:
    print(repr(s), binascii.a2b_qp(s), binascii.a2b_qp(s, header=True), binascii.a2b_qp(data=s, header=False))
