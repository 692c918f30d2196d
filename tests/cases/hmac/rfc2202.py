# RFC 2202 test vectors for HMAC-MD5 and HMAC-SHA-1.
import hashlib
import hmac

cases = [
    (b"\x0b" * 16, b"Hi There"), (b"Jefe", b"what do ya want for nothing?"), (b"\xaa" * 16, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50), (b"\x0c" * 16, b"Test With Truncation"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
]
for key, msg in cases:
    print(hmac.new(key, msg, "md5").hexdigest(), hmac.new(key, msg, hashlib.sha1).hexdigest())
