"""HMAC (Keyed-Hashing for Message Authentication) module.

Implements the HMAC algorithm as described by RFC 2104.
"""

# An HMAC object keeps two running digests: the inner one, keyed with the
# key XOR 0x36 and fed the message, and the outer one, keyed with the key
# XOR 0x5C, which digests the inner result when a digest is asked for.
import _hashlib
from _hashlib import compare_digest

trans_5C = bytes(b ^ 0x5C for b in range(256))
trans_36 = bytes(b ^ 0x36 for b in range(256))

# PEP 247: a keyed hashing module has no fixed digest size.
digest_size = None


def _hash_factory(digestmod):
    """A callable taking optional data and returning a fresh hash object."""
    if isinstance(digestmod, str):
        import hashlib
        return lambda data=b'': hashlib.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return lambda data=b'': digestmod.new(data)


def _keyed_pair(key, factory):
    """The inner and outer hash objects already fed their padded keys, and
    the block size the key was padded to."""
    inner = factory()
    outer = factory()
    width = getattr(inner, 'block_size', HMAC.blocksize)
    if len(key) > width:
        key = factory(key).digest()
    padded = bytes(key).ljust(width, b'\0')
    inner.update(padded.translate(trans_36))
    outer.update(padded.translate(trans_5C))
    return inner, outer, width


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64  # 512-bit HMAC; kept for old code that reads it

    __slots__ = ('_keyed_inner', '_keyed_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or buffer, key for the keyed hash object.
        msg: bytes or buffer, Initial input for the hash or None.
        digestmod: A hash name suitable for hashlib.new(). *OR*
                   A hashlib constructor returning a new hash object. *OR*
                   A module supporting PEP 247.

                   Required as of 3.8, despite its position after the optional
                   msg argument.  Passing it as a keyword argument is
                   recommended, though not required for legacy API reasons.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, '
                            f'but got {type(key).__name__!r}')
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        inner, outer, width = _keyed_pair(key, _hash_factory(digestmod))
        self._keyed_inner = inner
        self._keyed_outer = outer
        self.block_size = width
        self.digest_size = inner.digest_size
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._keyed_inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._keyed_inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object.

        An update to this copy won't affect the original object.
        """
        twin = object.__new__(type(self))
        twin._keyed_inner = self._keyed_inner.copy()
        twin._keyed_outer = self._keyed_outer.copy()
        twin.block_size = self.block_size
        twin.digest_size = self.digest_size
        return twin

    def _finished_outer(self):
        final = self._keyed_outer.copy()
        final.update(self._keyed_inner.digest())
        return final

    def digest(self):
        """Return the hash value of this hashing object.

        This returns the hmac value as bytes.  The object is
        not altered in any way by this function; you can continue
        updating the object after calling this function.
        """
        return self._finished_outer().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead.
        """
        return self._finished_outer().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or buffer, The starting key for the hash.
    msg: bytes or buffer, Initial input for the hash, or None.
    digestmod: A hash name suitable for hashlib.new(). *OR*
               A hashlib constructor returning a new hash object. *OR*
               A module supporting PEP 247.

               Required as of 3.8, despite its position after the optional
               msg argument.  Passing it as a keyword argument is
               recommended, though not required for legacy API reasons.

    You can now feed arbitrary bytes into the object using its update()
    method, and can ask for the hash value at any time by calling its digest()
    or hexdigest() methods.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, The key for the keyed hash object.
    msg: bytes or buffer, Input message.
    digest: A hash name suitable for hashlib.new() for best performance. *OR*
            A hashlib constructor returning a new hash object. *OR*
            A module supporting PEP 247.
    """
    if isinstance(digest, str) and not digest.startswith('blake2'):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except _hashlib.UnsupportedDigestmodError:
            raise ValueError('unsupported hash type ' + digest) from None
    inner, outer, _ = _keyed_pair(key, _hash_factory(digest))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
