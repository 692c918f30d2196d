# RFC 4231 test vectors for HMAC-SHA-224/256/384/512.
import hmac

cases = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data. "
                    b"The key needs to be hashed before being used by the HMAC algorithm."),
]
for key, msg in cases:
    for name in ("sha224", "sha256", "sha384", "sha512"):
        print(name, hmac.new(key, msg, name).hexdigest())
