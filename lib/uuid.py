r"""UUID objects (universally unique identifiers) according to RFC 4122/9562.

This module provides immutable UUID objects (class UUID) and functions for
generating UUIDs corresponding to a specific UUID version as specified in
RFC 4122/9562, e.g., uuid1() for UUID version 1, uuid3() for version 3, and so on.

Note that UUID version 2 is deliberately omitted as it is outside the scope
of the RFC.

If all you want is a unique ID, you should probably call uuid1() or uuid4().
Note that uuid1() may compromise privacy since it creates a UUID containing
the computer's network address.  uuid4() creates a random UUID.
"""

import os
import sys
import time

from enum import Enum

# The four variant strings, as CPython spells them.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# Python names shadowed by UUID's keyword arguments.
int_ = int
bytes_ = bytes

# Layout of the 128 bits, most significant first:
#   time_low 32 | time_mid 16 | version 4 + time_hi 12 |
#   variant 2 + clock_seq 14 | node 48
_VARIANT_SHIFT = 48 + 14        # the two variant bits of RFC 4122
_VERSION_SHIFT = 64 + 12
_CLEAR_VERSION_AND_VARIANT = ~((0b11 << _VARIANT_SHIFT) | (0xf << _VERSION_SHIFT))
_MASK_128 = (1 << 128) - 1

# 100-nanosecond intervals between 1582-10-15 (the Gregorian reform, the
# epoch of UUID times) and 1970-01-01.
_GREGORIAN_OFFSET = 0x01b21dd213814000


def _stamp_version(value, version):
    """Set the RFC 4122 variant and the given version on a 128-bit int."""
    value &= _CLEAR_VERSION_AND_VARIANT
    return value | (0b10 << _VARIANT_SHIFT) | (version << _VERSION_SHIFT)


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _swap_le(raw):
    """Swap between the 'bytes' and 'bytes_le' orders: the first three
    fields are stored little-endian in the latter (the swap is its own
    inverse)."""
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


# The widths of the six fields, most significant first.
_FIELD_BITS = (32, 16, 16, 8, 8, 48)


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, bits) in enumerate(zip(fields, _FIELD_BITS), 1):
        if not 0 <= field < 1 << bits:
            article = 'an' if bits == 8 else 'a'
            raise ValueError(f'field {number} out of range '
                             f'(need {article} {bits}-bit value)')
        value = (value << bits) | field
    return value


def _int_from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(text, 16)


def _bit_slice(shift, width):
    """A read-only property: width bits of the UUID's int, shift bits up."""
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


_FIELD_NAMES = ('time_low', 'time_mid', 'time_hi_version',
                'clock_seq_hi_variant', 'clock_seq_low', 'node')


class UUID:
    """Instances of the UUID class represent UUIDs as specified in RFC 4122.
    UUID objects are immutable, hashable, and usable as dictionary keys.
    Converting a UUID to a string with str() yields something in the form
    '12345678-1234-1234-1234-123456789abc'.  The UUID constructor accepts
    five possible forms: a similar string of hexadecimal digits, or a tuple
    of six integer fields (with 32-bit, 16-bit, 16-bit, 8-bit, 8-bit, and
    48-bit values respectively) as an argument named 'fields', or a string
    of 16 bytes (with all the integer fields in big-endian order) as an
    argument named 'bytes', or a string of 16 bytes (with the first three
    fields in little-endian order) as an argument named 'bytes_le', or a
    single 128-bit integer as an argument named 'int'.

    UUIDs have these read-only attributes:

        bytes       the UUID as a 16-byte string (containing the six
                    integer fields in big-endian byte order)

        bytes_le    the UUID as a 16-byte string (with time_low, time_mid,
                    and time_hi_version in little-endian byte order)

        fields      a tuple of the six integer fields of the UUID,
                    which are also available as six individual attributes
                    and two derived attributes. Those attributes are not
                    always relevant to all UUID versions:

                        The 'time_*' attributes are only relevant to version 1.

                        The 'clock_seq*' and 'node' attributes are only relevant
                        to versions 1 and 6.

                        The 'time' attribute is only relevant to versions 1, 6
                        and 7.

            time_low                the first 32 bits of the UUID
            time_mid                the next 16 bits of the UUID
            time_hi_version         the next 16 bits of the UUID
            clock_seq_hi_variant    the next 8 bits of the UUID
            clock_seq_low           the next 8 bits of the UUID
            node                    the last 48 bits of the UUID

            time                    the 60-bit timestamp for UUIDv1/v6,
                                    or the 48-bit timestamp for UUIDv7
            clock_seq               the 14-bit sequence number

        hex         the UUID as a 32-character hexadecimal string

        int         the UUID as a 128-bit integer

        urn         the UUID as a URN as specified in RFC 4122/9562

        variant     the UUID variant (one of the constants RESERVED_NCS,
                    RFC_4122, RESERVED_MICROSOFT, or RESERVED_FUTURE)

        version     the UUID version number (1 through 8, meaningful only
                    when the variant is RFC_4122)

        is_safe     An enum indicating whether the UUID has been generated in
                    a way that is safe for multiprocessing applications.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None,
                 *, is_safe=SafeUUID.unknown):
        r"""Create a UUID from either a string of 32 hexadecimal digits,
        a 16-byte bytes object as the 'bytes' argument, a 16-byte bytes object
        in little-endian order as the 'bytes_le' argument, a tuple of six
        integers (32-bit time_low, 16-bit time_mid, 16-bit time_hi_version,
        8-bit clock_seq_hi_variant, 8-bit clock_seq_low, 48-bit node) as
        the 'fields' argument, or a single 128-bit integer as the 'int'
        argument.  When a string of hex digits is given, curly braces,
        hyphens, and a URN prefix are all optional.  For example, these
        expressions all yield the same UUID:

        UUID('{12345678-1234-5678-1234-567812345678}')
        UUID('12345678123456781234567812345678')
        UUID('urn:uuid:12345678-1234-5678-1234-567812345678')
        UUID(bytes=b'\x12\x34\x56\x78'*4)
        UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' +
                      b'\x12\x34\x56\x78\x12\x34\x56\x78')
        UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678))
        UUID(int=0x12345678123456781234567812345678)

        Exactly one of 'hex', 'bytes', 'bytes_le', 'fields', or 'int' must
        be given.  The 'version' argument is optional; if given, the resulting
        UUID will have its variant and version set according to RFC 4122,
        overriding the given 'hex', 'bytes', 'bytes_le', 'fields', or 'int'.

        is_safe is an enum exposed as an attribute on the instance.  It
        indicates whether the UUID has been generated in a way that is safe
        for multiprocessing applications, via uuid_generate_time_safe(3).
        """
        given = [form is not None for form in (hex, bytes, bytes_le, fields, int)]
        if sum(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            int = _int_from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = _swap_le(bytes_le)
        elif fields is not None:
            int = _int_from_fields(fields)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            if not isinstance(bytes, bytes_):
                raise AssertionError(repr(bytes))
            int = int_.from_bytes(bytes)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 8:
                raise ValueError('illegal version number')
            int = _stamp_version(int, version)
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    @classmethod
    def _from_int(cls, value):
        """A UUID of a 128-bit int known to be valid."""
        made = object.__new__(cls)
        object.__setattr__(made, 'int', value)
        object.__setattr__(made, 'is_safe', SafeUUID.unknown)
        return made

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            # The enum itself would tie the pickle to this module's enum;
            # its value is enough to find the member again.
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Ordering and equality compare the 128-bit values, and only with UUIDs.
    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16)

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name in _FIELD_NAMES)

    # The six fields of RFC 4122's layout, each a slice of the 128 bits.
    time_low = _bit_slice(96, 32)
    time_mid = _bit_slice(80, 16)
    time_hi_version = _bit_slice(64, 16)
    clock_seq_hi_variant = _bit_slice(56, 8)
    clock_seq_low = _bit_slice(48, 8)
    node = _bit_slice(0, 48)

    @property
    def time(self):
        version = self.version
        if version == 7:
            return self.int >> 80               # milliseconds since 1970
        hi = self.time_hi_version & 0x0fff
        if version == 6:
            # Most significant bits first: time_low, time_mid, then 12 bits.
            return (self.time_low << 28) | (self.time_mid << 12) | hi
        return (hi << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return self.bytes.hex()

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        # The variant is told by the first zero among the three bits after
        # the clock sequence's position.
        top3 = self.int & (0b111 << 61)
        for bit, name in ((0b100, RESERVED_NCS), (0b010, RFC_4122),
                          (0b001, RESERVED_MICROSOFT)):
            if not top3 & (bit << 61):
                return name
        return RESERVED_FUTURE

    @property
    def version(self):
        # The version number is meaningful only for the RFC's own variant.
        if self.variant == RFC_4122:
            return (self.int >> _VERSION_SHIFT) & 0xf
        return None


# ---------------------------------------------------------------------------
# The node: this machine's hardware address

def _is_universal(mac):
    # The locally-administered bit (second least significant of the first
    # octet) is clear on addresses assigned by the manufacturer.
    return not mac & (1 << 41)


def _parse_mac(text):
    parts = text.strip().split(':')
    if len(parts) != 6 or not all(len(p) == 2 for p in parts):
        return None
    try:
        return int_(''.join(parts), 16)
    except ValueError:
        return None


def _sysfs_getnode():
    """The first universally administered address of a network interface,
    as Linux lists them under /sys/class/net."""
    root = '/sys/class/net'
    try:
        names = sorted(os.listdir(root))
    except OSError:
        return None
    fallback = None
    for name in names:
        try:
            with open(os.path.join(root, name, 'address')) as f:
                mac = _parse_mac(f.read())
        except OSError:
            continue
        if not mac:
            continue
        if _is_universal(mac):
            return mac
        if fallback is None:
            fallback = mac
    return fallback


def _random_getnode():
    """A random 48-bit number with its multicast bit set (RFC 4122, 4.1.6),
    so that it can never clash with a real hardware address."""
    import random
    return random.getrandbits(48) | (1 << 40)


_node = None


def getnode():
    """Get the hardware address as a 48-bit positive integer.

    The first time this runs, it may launch a separate program, which could
    be quite slow.  If all attempts to obtain the hardware address fail, we
    choose a random 48-bit number with its eighth bit set to 1 as recommended
    in RFC 4122.
    """
    global _node
    if _node is None:
        found = _sysfs_getnode()
        _node = found if found is not None and found < 1 << 48 else _random_getnode()
    return _node


# ---------------------------------------------------------------------------
# Generators

_last_timestamp = None
_last_timestamp_v6 = None
_last_timestamp_v7 = None
_last_counter_v7 = 0


def _gregorian_ticks(last):
    """100-ns intervals since the UUID epoch, strictly after last."""
    ticks = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if last is not None and ticks <= last:
        ticks = last + 1
    return ticks


def _random_clock_seq():
    import random
    return random.getrandbits(14)


def uuid1(node=None, clock_seq=None):
    """Generate a UUID from a host ID, sequence number, and the current time.
    If 'node' is not given, getnode() is used to obtain the hardware
    address.  If 'clock_seq' is given, it is used as the sequence number;
    otherwise a random 14-bit sequence number is chosen."""
    global _last_timestamp
    ticks = _last_timestamp = _gregorian_ticks(_last_timestamp)
    if clock_seq is None:
        clock_seq = _random_clock_seq()
    if node is None:
        node = getnode()
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff,
              (ticks >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def uuid3(namespace, name):
    """Generate a UUID from the MD5 hash of a namespace UUID and a name."""
    import hashlib
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hashlib.md5(namespace.bytes + name, usedforsecurity=False).digest()
    return UUID._from_int(_stamp_version(int_.from_bytes(digest), 3))


def uuid4():
    """Generate a random UUID."""
    return UUID._from_int(_stamp_version(int_.from_bytes(os.urandom(16)), 4))


def uuid5(namespace, name):
    """Generate a UUID from the SHA-1 hash of a namespace UUID and a name."""
    import hashlib
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hashlib.sha1(namespace.bytes + name, usedforsecurity=False).digest()
    return UUID._from_int(_stamp_version(int_.from_bytes(digest[:16]), 5))


def uuid6(node=None, clock_seq=None):
    """Similar to :func:`uuid1` but where fields are ordered differently
    for improved DB locality.

    More precisely, given a 60-bit timestamp value as specified for UUIDv1,
    for UUIDv6 the first 48 most significant bits are stored first, followed
    by the 4-bit version (same position), followed by the remaining 12 bits
    of the original 60-bit timestamp.
    """
    global _last_timestamp_v6
    ticks = _last_timestamp_v6 = _gregorian_ticks(_last_timestamp_v6)
    if clock_seq is None:
        clock_seq = _random_clock_seq()
    if node is None:
        node = getnode()
    value = ((ticks >> 12) & 0xffffffffffff) << 80
    value |= (ticks & 0x0fff) << 64
    value |= (clock_seq & 0x3fff) << 48
    value |= node & 0xffffffffffff
    return UUID._from_int(_stamp_version(value, 6))


# UUIDv7 keeps a 42-bit counter in the bits after the timestamp (RFC 9562,
# 6.2, method 1): it starts at a random 41-bit value each new millisecond,
# so that it has room to grow, and is incremented within one millisecond.
_COUNTER_V7_MAX = (1 << 42) - 1


def _fresh_counter_and_tail():
    entropy = int_.from_bytes(os.urandom(10))
    return (entropy >> 32) & ((1 << 41) - 1), entropy & 0xffffffff


def uuid7():
    """Generate a UUID from a Unix timestamp in milliseconds and random bits.

    UUIDv7 objects feature monotonicity within a millisecond.
    """
    global _last_timestamp_v7, _last_counter_v7
    millis = time.time_ns() // 1_000_000
    last = _last_timestamp_v7
    if last is None or millis > last:
        counter, tail = _fresh_counter_and_tail()
    else:
        millis = max(millis, last)
        counter = _last_counter_v7 + 1
        if counter > _COUNTER_V7_MAX:
            # The counter ran out: borrow the next millisecond.
            millis += 1
            counter, tail = _fresh_counter_and_tail()
        else:
            tail = int_.from_bytes(os.urandom(4))
    _last_timestamp_v7, _last_counter_v7 = millis, counter
    value = (millis & 0xffffffffffff) << 80
    value |= (counter >> 30) << 64          # the counter's top 12 bits
    value |= (counter & 0x3fffffff) << 32   # its low 30 bits, then 32 random
    value |= tail
    return UUID._from_int(_stamp_version(value, 7))


def uuid8(a=None, b=None, c=None):
    """Generate a UUID from three custom blocks.

    * 'a' is the first 48-bit chunk of the UUID (octets 0-5);
    * 'b' is the mid 12-bit chunk (octets 6-7);
    * 'c' is the last 62-bit chunk (octets 8-15).

    When a value is not specified, a pseudo-random value is generated.
    """
    if a is None or b is None or c is None:
        import random
    if a is None:
        a = random.getrandbits(48)
    if b is None:
        b = random.getrandbits(12)
    if c is None:
        c = random.getrandbits(62)
    value = (a & 0xffffffffffff) << 80
    value |= (b & 0xfff) << 64
    value |= c & 0x3fffffffffffffff
    return UUID._from_int(_stamp_version(value, 8))


_CLI_USAGE = """\
usage: {prog} [-h]
{pad} [-u {{uuid1,uuid3,uuid4,uuid5,uuid6,uuid7,uuid8}}]
{pad} [-n {{any UUID,@dns,@url,@oid,@x500}}] [-N NAME]
{pad} [-C NUM]
"""

_CLI_OPTIONS = {'-u': 'uuid', '--uuid': 'uuid', '-n': 'namespace',
                '--namespace': 'namespace', '-N': 'name', '--name': 'name',
                '-C': 'count', '--count': 'count'}


def _cli_fail(prog, message):
    sys.stderr.write(_CLI_USAGE.format(prog=prog, pad=' ' * len('usage: ' + prog)))
    sys.stderr.write(f'{prog}: error: {message}\n')
    sys.exit(2)


def _cli_parse(prog, argv):
    """The command line's options, read the way argparse reads them for the
    simple forms (-u X, --uuid X, --uuid=X)."""
    found = {'uuid': 'uuid4', 'namespace': None, 'name': None, 'count': '1'}
    words = list(argv)
    while words:
        word = words.pop(0)
        value = None
        if word.startswith('--') and '=' in word:
            word, value = word.split('=', 1)
        elif word[:2] in ('-u', '-n', '-N', '-C') and len(word) > 2:
            word, value = word[:2], word[2:]
        key = _CLI_OPTIONS.get(word)
        if key is None:
            _cli_fail(prog, f'unrecognized arguments: {word}')
        if value is None:
            if not words:
                _cli_fail(prog, f'argument {word}: expected one argument')
            value = words.pop(0)
        found[key] = value
    return found


def main():
    """Run the uuid command line interface."""
    prog = os.path.basename(sys.executable) + ' -m uuid'
    makers = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5,
              'uuid6': uuid6, 'uuid7': uuid7, 'uuid8': uuid8}
    options = _cli_parse(prog, sys.argv[1:])
    kind = options['uuid']
    if kind not in makers:
        choices = ', '.join(f"'{name}'" for name in makers)
        _cli_fail(prog, f"argument -u/--uuid: invalid choice: '{kind}' "
                        f"(choose from {choices})")
    try:
        count = int_(options['count'])
    except ValueError:
        _cli_fail(prog, f"argument -C/--count: invalid int value: "
                        f"'{options['count']}'")
    make = makers[kind]
    if make in (uuid3, uuid5):
        if not (options['namespace'] and options['name']):
            _cli_fail(prog, f"Incorrect number of arguments. {kind} requires a "
                            f"namespace and a name. Run 'python -m uuid -h' "
                            f"for more information.")
        space = options['namespace']
        space = _NAMESPACES[space] if space in _NAMESPACES else UUID(space)
        for _ in range(count):
            print(make(space, options['name']))
    else:
        for _ in range(count):
            print(make())


# The namespaces of RFC 4122, appendix C, and the two special UUIDs of
# RFC 9562.
# They differ only in their first group's last digit.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = (
    UUID(f'6ba7b81{digit}-9dad-11d1-80b4-00c04fd430c8') for digit in '0124')

NIL = UUID(int=0)
MAX = UUID(int=_MASK_128)

_NAMESPACES = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL,
               '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}

if __name__ == '__main__':
    main()
