"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.

More algorithms may be available on your platform but the above are guaranteed
to exist.  See the algorithms_guaranteed and algorithms_available attributes
to find out what algorithm names can be passed to new().

NOTE: If you want the adler32 or crc32 hash functions they are available in
the zlib module.

Choose your hash function wisely.  Some have known collision weaknesses.
sha384 and sha512 will be slow on 32 bit platforms.

Hash objects have these methods:
 - update(data): Update the hash object with the bytes in data. Repeated calls
                 are equivalent to a single call with the concatenation of all
                 the arguments.
 - digest():     Return the digest of the bytes passed to the update() method
                 so far as a bytes object.
 - hexdigest():  Like digest() except the digest is returned as a string
                 of double length, containing only hexadecimal digits.
 - copy():       Return a copy (clone) of the hash object. This can be used to
                 efficiently compute the digests of data that share a common
                 initial substring.

For example, to obtain the digest of the byte string 'Nobody inspects the
spammish repetition':

    >>> import hashlib
    >>> m = hashlib.md5()
    >>> m.update(b"Nobody inspects")
    >>> m.update(b" the spammish repetition")
    >>> m.digest()
    b'\\xbbd\\x9c\\x83\\xdd\\x1e\\xa5\\xc9\\xd9\\xde\\xc9\\xa1\\x8d\\xf0\\xff\\xe9'

More condensed:

    >>> hashlib.sha224(b"Nobody inspects the spammish repetition").hexdigest()
    'a4337bc45a8fc544c03f52dc550cd6e1e87021bc896588bd79e901e2'

"""

# The digests come from two C modules: _hashlib (libcrypto) makes every
# algorithm but BLAKE2, whose parameters libcrypto cannot take; _blake2
# makes those.  This module only routes names to them.
import _blake2
import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt

algorithms_guaranteed = {
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
    'blake2b', 'blake2s',
}
algorithms_available = algorithms_guaranteed | _hashlib.openssl_md_meth_names

_BLAKE_MAKERS = {'blake2b': _blake2.blake2b, 'blake2s': _blake2.blake2s}


def __hash_new(name, *args, **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if isinstance(name, str) and name in _BLAKE_MAKERS:
        return _BLAKE_MAKERS[name](*args, **kwargs)
    try:
        return _hashlib.new(name, *args, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        pass
    raise ValueError('unsupported hash type ' + name)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    It accepts file objects from open(), io.BytesIO(), and SocketIO objects.
    The function may bypass Python's I/O and use the file descriptor *fileno*
    directly.

    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    hasher = new(digest) if isinstance(digest, str) else digest()

    # an in-memory file hands over its whole buffer at once
    whole = getattr(fileobj, 'getbuffer', None)
    if whole is not None:
        hasher.update(whole())
        return hasher

    binary_reader = (hasattr(fileobj, 'readinto')
                     and hasattr(fileobj, 'readable')
                     and fileobj.readable())
    if not binary_reader:
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")

    chunk = bytearray(_bufsize)
    window = memoryview(chunk)
    while True:
        got = fileobj.readinto(chunk)
        if got is None:
            raise BlockingIOError('I/O operation would block.')
        if not got:
            break
        hasher.update(window[:got])
    return hasher
