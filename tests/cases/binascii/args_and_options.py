# Argument handling and odd options of binascii and base64.
import binascii as b, base64
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: b.hexlify()); t(lambda: b.hexlify(b'a', ':', 1, 2)); t(lambda: b.hexlify(b'a', x=1)); t(lambda: b.crc32()); t(lambda: b.crc32(b'a', 1, 2))
t(lambda: b.b2a_base64(b'a', newline=0)); t(lambda: b.a2b_base64(b'YQ==', strict_mode=1)); t(lambda: b.b2a_uu(b'a', backtick=[]))
t(lambda: b.a2b_qp()); t(lambda: b.b2a_qp(b'x', 1, 0, 1, 2)); t(lambda: b.a2b_hex()); t(lambda: b.unhexlify(b'ab', b'cd'))
t(lambda: b.Error('x')); t(lambda: b.Incomplete('y')); t(lambda: str(b.Error)); t(lambda: b.crc_hqx(b'', 0))
t(lambda: base64.b64encode(b'abc', altchars=None)); t(lambda: base64.b64decode(b'YWJj', validate=1))
t(lambda: base64.a85encode(b'abc', 1)); t(lambda: base64.a85decode(b'abc', True)); t(lambda: base64.b85encode(b'a', True))
t(lambda: base64.b32decode(b'ME======', True, b'L')); t(lambda: base64.b16decode(b'ab', casefold=True))
t(lambda: base64.a85decode(b'<~@:E_W~>', adobe=True)); t(lambda: base64.a85decode(b'<~~>', adobe=True)); t(lambda: base64.a85decode(b'<~', adobe=True))
t(lambda: base64.a85encode(b'\x00\x00\x00\x00', pad=True, foldspaces=True)); t(lambda: base64.a85encode(b'\x00', pad=True))
t(lambda: base64.a85encode(b'    ', foldspaces=True, adobe=True)); t(lambda: base64.a85decode(b'y', foldspaces=True, adobe=False))
t(lambda: base64.z85decode(b'')); t(lambda: base64.b85decode(b'~~~~~')); t(lambda: base64.b85decode(b'{{{{{'))
t(lambda: base64.a85decode(b'uuuuu')); t(lambda: base64.a85decode(b'uuuu')); t(lambda: base64.a85decode(b's8W-!'))
t(lambda: base64.b32decode(b'MFRGGZDF', map01=None)); t(lambda: base64.b32decode(b'M0RGGZDF', map01='L'))
t(lambda: base64.b16decode(bytearray(b'AB'))); t(lambda: base64.b16decode(memoryview(b'AB')))
