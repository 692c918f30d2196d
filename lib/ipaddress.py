"""IPv4 and IPv6 addresses, networks and interfaces.

ip_address(), ip_network() and ip_interface() pick the family from the
value given; the six classes IPv4Address, IPv4Network, IPv4Interface,
IPv6Address, IPv6Network and IPv6Interface can also be called directly.
"""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


# ---------------------------------------------------------------------------
# Text <-> integer conversions.  Each checker raises a plain ValueError with
# the part of the message that describes the piece; the caller appends where
# the piece came from.

def _dotted_octet(piece):
    if not piece:
        raise ValueError("Empty octet not permitted")
    if not (piece.isascii() and piece.isdigit()):
        raise ValueError("Only decimal digits permitted in %r" % piece)
    if len(piece) > 3:
        raise ValueError("At most 3 characters permitted in %r" % piece)
    if len(piece) > 1 and piece[0] == "0":
        raise ValueError("Leading zeros are not permitted in %r" % piece)
    number = int(piece)
    if number > 255:
        raise ValueError("Octet %d (> 255) not permitted" % number)
    return number


def _dotted_to_int(text):
    """The integer value of dotted-quad text; AddressValueError if malformed."""
    if not text:
        raise AddressValueError("Address cannot be empty")
    pieces = text.split(".")
    if len(pieces) != 4:
        raise AddressValueError("Expected 4 octets in %r" % text)
    total = 0
    for piece in pieces:
        try:
            total = total * 256 + _dotted_octet(piece)
        except ValueError as problem:
            raise AddressValueError("%s in %r" % (problem, text)) from None
    return total


def _int_to_dotted(number):
    return ".".join(str(b) for b in number.to_bytes(4, "big"))


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _hex_group(piece):
    if not _HEX_DIGITS.issuperset(piece):
        raise ValueError("Only hex digits permitted in %r" % piece)
    if len(piece) > 4:
        raise ValueError("At most 4 characters permitted in %r" % piece)
    return int(piece, 16)


def _colon_groups(text):
    """The eight group texts of colon-hex text, '::' expanded to zeros."""
    if len(text) > 45:
        raise AddressValueError("At most 45 characters expected in %r" % text)
    pieces = text.split(":")
    if len(pieces) < 3:
        raise AddressValueError("At least 3 parts expected in %r" % text)
    if "." in pieces[-1]:
        # An embedded IPv4 address stands for the last two groups.
        try:
            low = _dotted_to_int(pieces[-1])
        except AddressValueError as problem:
            raise AddressValueError("%s in %r" % (problem, text)) from None
        pieces[-1:] = ["%x" % (low >> 16), "%x" % (low & 0xFFFF)]
    if len(pieces) > 9:
        raise AddressValueError("At most 8 colons permitted in %r" % text)
    holes = [i for i in range(1, len(pieces) - 1) if not pieces[i]]
    if len(holes) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % text)
    if not holes:
        if len(pieces) != 8:
            raise AddressValueError(
                "Exactly 8 parts expected without '::' in %r" % text)
        if not pieces[0]:
            raise AddressValueError(
                "Leading ':' only permitted as part of '::' in %r" % text)
        if not pieces[-1]:
            raise AddressValueError(
                "Trailing ':' only permitted as part of '::' in %r" % text)
        return pieces
    hole = holes[0]
    before, after = pieces[:hole], pieces[hole + 1:]
    if not before[0]:
        if len(before) > 1:
            raise AddressValueError(
                "Leading ':' only permitted as part of '::' in %r" % text)
        before = []
    if not after[-1]:
        if len(after) > 1:
            raise AddressValueError(
                "Trailing ':' only permitted as part of '::' in %r" % text)
        after = []
    missing = 8 - len(before) - len(after)
    if missing < 1:
        raise AddressValueError(
            "Expected at most 7 other parts with '::' in %r" % text)
    return before + ["0"] * missing + after


def _colon_to_int(text):
    """The integer value of IPv6 text without a scope."""
    if not text:
        raise AddressValueError("Address cannot be empty")
    total = 0
    for piece in _colon_groups(text):
        try:
            total = (total << 16) | _hex_group(piece)
        except ValueError as problem:
            raise AddressValueError("%s in %r" % (problem, text)) from None
    return total


def _groups_of(number):
    return [(number >> shift) & 0xFFFF for shift in range(112, -1, -16)]


def _int_to_colon(number, dotted_tail=True):
    """Shortest IPv6 text: the first longest run of two or more zero groups
    becomes '::'; ::ffff:0:0/96 keeps its IPv4 part dotted."""
    if dotted_tail and number >> 32 == 0xFFFF:
        return "::ffff:" + _int_to_dotted(number & 0xFFFFFFFF)
    groups = _groups_of(number)
    best_start, best_len = 0, 0
    start = None
    for i, group in enumerate(groups + [1]):
        if group == 0:
            if start is None:
                start = i
        elif start is not None:
            if i - start > best_len:
                best_start, best_len = start, i - start
            start = None
    words = ["%x" % g for g in groups]
    if best_len < 2:
        return ":".join(words)
    return (":".join(words[:best_start]) + "::"
            + ":".join(words[best_start + best_len:]))


def _int_to_full_colon(number):
    return ":".join("%04x" % g for g in _groups_of(number))


# ---------------------------------------------------------------------------
# What differs between the two families.  Each class below mixes one of these
# into the address, network and interface shapes.

class _Family:
    __slots__ = ()

    @classmethod
    def _prefix_from_mask(cls, mask):
        """The prefix length a netmask argument (int or text) stands for."""
        if isinstance(mask, int):
            if 0 <= mask <= cls.max_prefixlen:
                return mask
            raise NetmaskValueError("%r is not a valid netmask" % mask)
        if mask.isascii() and mask.isdigit():
            length = int(mask)
            if length <= cls.max_prefixlen:
                return length
        else:
            length = cls._prefix_from_mask_text(mask)
            if length is not None:
                return length
        raise NetmaskValueError("%r is not a valid netmask" % mask)

    @classmethod
    def _prefix_from_mask_text(cls, text):
        return None

    @classmethod
    def _mask_int(cls, length):
        return cls._all_ones ^ (cls._all_ones >> length)

    @classmethod
    def _split_spec(cls, spec):
        """(address part, mask part) of a network or interface argument."""
        if isinstance(spec, (int, bytes)):
            return spec, cls.max_prefixlen
        if isinstance(spec, tuple):
            if len(spec) > 1:
                address, mask = spec
                return address, mask
            return spec[0], cls.max_prefixlen
        text = str(spec)
        pieces = text.split("/")
        if len(pieces) > 2:
            raise AddressValueError("Only one '/' permitted in %r" % text)
        if len(pieces) == 2:
            return pieces[0], pieces[1]
        return text, cls.max_prefixlen


def _contiguous_bits(value, width):
    """Number of leading one bits if value is ones followed by zeros."""
    rest = value ^ ((1 << width) - 1)
    if rest & (rest + 1):
        return None
    return width - rest.bit_length()


class _Family4(_Family):
    __slots__ = ()
    version = 4
    max_prefixlen = IPV4LENGTH
    _all_ones = (1 << IPV4LENGTH) - 1

    @classmethod
    def _prefix_from_mask_text(cls, text):
        # A dotted netmask, or failing that a dotted hostmask.
        try:
            value = _dotted_to_int(text)
        except AddressValueError:
            return None
        length = _contiguous_bits(value, 32)
        if length is None:
            length = _contiguous_bits(value ^ cls._all_ones, 32)
        return length

    @staticmethod
    def _text(number):
        return _int_to_dotted(number)

    _bare_text = _text

    @staticmethod
    def _full_text(number):
        return _int_to_dotted(number)


class _Family6(_Family):
    __slots__ = ()
    version = 6
    max_prefixlen = IPV6LENGTH
    _all_ones = (1 << IPV6LENGTH) - 1

    @staticmethod
    def _text(number):
        return _int_to_colon(number)

    @staticmethod
    def _bare_text(number):
        # An interface's with_* forms never use the dotted IPv4 tail.
        return _int_to_colon(number, False)

    @staticmethod
    def _full_text(number):
        if number >> 32 == 0xFFFF:
            return "0000:" * 5 + "ffff:" + _int_to_dotted(number & 0xFFFFFFFF)
        return _int_to_full_colon(number)


# ---------------------------------------------------------------------------
# Addresses.

@functools.total_ordering
class _AddressShape:
    """Shared by the address classes; the value is the integer self._int."""
    __slots__ = ("_int", "__weakref__")

    def _set_from(self, value):
        if isinstance(value, int):
            if value < 0:
                raise AddressValueError(
                    "%d (< 0) is not permitted as an IPv%d address"
                    % (value, self.version))
            if value > self._all_ones:
                raise AddressValueError(
                    "%d (>= 2**%d) is not permitted as an IPv%d address"
                    % (value, self.max_prefixlen, self.version))
            self._int = value
            return
        if isinstance(value, bytes):
            size = self.max_prefixlen // 8
            if len(value) != size:
                raise AddressValueError(
                    "%r (len %d != %d) is not permitted as an IPv%d address"
                    % (value, len(value), size, self.version))
            self._int = int.from_bytes(value, "big")
            return
        text = str(value)
        if "/" in text:
            raise AddressValueError("Unexpected '/' in %r" % text)
        self._int = self._parse_text(text)

    def __int__(self):
        return self._int

    def __eq__(self, other):
        try:
            return self._int == other._int and self.version == other.version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _AddressShape):
            return NotImplemented
        if other.version != self.version:
            raise TypeError("%s and %s are not of the same version"
                            % (self, other))
        return self._int < other._int

    def __hash__(self):
        return hash((self.version, self._int))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._int + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._int - other)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        return self._text(self._int)

    def __reduce__(self):
        return type(self), (self._int,)

    def __format__(self, spec):
        if not spec or spec[-1] == "s":
            return format(str(self), spec)
        text = self._format_int(spec)
        if text is None:
            return super().__format__(spec)
        return text

    def _format_int(self, spec):
        # [#][_](b|x|X|n): the value in binary or hex, padded to the full
        # width; 'n' is binary for IPv4 and hex for IPv6.
        prefix = spec.startswith("#")
        rest = spec[1:] if prefix else spec
        grouped = rest.startswith("_")
        kind = rest[1:] if grouped else rest
        if kind not in ("b", "x", "X", "n"):
            return None
        if kind == "n":
            kind = "b" if self.version == 4 else "x"
        digits = self.max_prefixlen if kind == "b" else self.max_prefixlen // 4
        if grouped:
            digits += digits // 4 - 1
        return format(self._int, "%s0%d%s%s" % ("#" if prefix else "",
                                                digits + (2 if prefix else 0),
                                                "_" if grouped else "", kind))

    @property
    def exploded(self):
        """The address in its longest text form."""
        return self._full_text(self._int)

    @property
    def compressed(self):
        """The address in its shortest text form."""
        return str(self)

    @property
    def packed(self):
        """The address as big-endian bytes."""
        return self._int.to_bytes(self.max_prefixlen // 8, "big")

    @property
    def reverse_pointer(self):
        """The name of the address's reverse DNS PTR record."""
        return self._reverse_name()

    def _in_table(self, name):
        including, excluding = _TABLES[self.version, name]
        return (any(self in net for net in including)
                and not any(self in net for net in excluding))

    @property
    def is_multicast(self):
        return self._in_table("multicast")

    @property
    def is_reserved(self):
        return self._in_table("reserved")

    @property
    def is_link_local(self):
        return self._in_table("link_local")

    @property
    def is_private(self):
        return self._in_table("private")

    @property
    def is_unspecified(self):
        return self._int == 0

    @property
    def is_loopback(self):
        return self._in_table("loopback")


class IPv4Address(_Family4, _AddressShape):
    """Represent and manipulate single IPv4 Addresses."""
    __slots__ = ()

    def __init__(self, address):
        self._set_from(address)

    _parse_text = staticmethod(_dotted_to_int)

    def _reverse_name(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"

    @property
    def is_global(self):
        if self in _SHARED_V4:
            return False
        return not self.is_private

    @property
    def ipv6_mapped(self):
        """This address as an IPv4-mapped IPv6Address (::ffff:a.b.c.d)."""
        return IPv6Address(0xFFFF00000000 | self._int)


def _mapped_check(name):
    """An IPv6 property that an IPv4-mapped address answers as its IPv4 part."""
    own = getattr(_AddressShape, name).fget

    def check(self):
        inner = self.ipv4_mapped
        if inner is not None:
            return getattr(inner, name)
        return own(self)
    check.__name__ = name
    return property(check)


class IPv6Address(_Family6, _AddressShape):
    """Represent and manipulate single IPv6 Addresses."""
    __slots__ = ("_scope",)

    def __init__(self, address):
        self._scope = None
        if isinstance(address, str) and "%" in address and "/" not in address:
            text, _, scope = address.partition("%")
            if not scope or "%" in scope:
                raise AddressValueError("Invalid IPv6 address: %r"
                                        % repr(address))
            self._set_from(text)
            self._scope = scope
            return
        self._set_from(address)

    _parse_text = staticmethod(_colon_to_int)

    def __str__(self):
        text = self._text(self._int)
        return text if self._scope is None else text + "%" + self._scope

    def __eq__(self, other):
        same = _AddressShape.__eq__(self, other)
        if not same:
            return same
        return self._scope == getattr(other, "_scope", None)

    def __hash__(self):
        return hash((6, self._int, self._scope))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def exploded(self):
        text = self._full_text(self._int)
        if self._scope is None or self._int >> 32 == 0xFFFF:
            return text
        return text + "%" + self._scope

    @property
    def scope_id(self):
        """The zone after '%' in a scoped address, or None."""
        return self._scope

    def _reverse_name(self):
        if self._int >> 32 == 0xFFFF:
            digits = "%032x" % self._int
        else:
            digits = self.exploded.replace(":", "")
        return ".".join(reversed(digits)) + ".ip6.arpa"

    is_multicast = _mapped_check("is_multicast")
    is_reserved = _mapped_check("is_reserved")
    is_link_local = _mapped_check("is_link_local")
    is_private = _mapped_check("is_private")
    is_unspecified = _mapped_check("is_unspecified")
    is_loopback = _mapped_check("is_loopback")

    @property
    def is_global(self):
        inner = self.ipv4_mapped
        if inner is not None:
            return inner.is_global
        return not self.is_private

    @property
    def is_site_local(self):
        return self in _SITE_LOCAL_V6

    @property
    def ipv4_mapped(self):
        """The IPv4 address of ::ffff:a.b.c.d, or None."""
        if self._int >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._int & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        """The IPv4 address of a 6to4 address (2002::/16), or None."""
        if self._int >> 112 != 0x2002:
            return None
        return IPv4Address((self._int >> 80) & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a Teredo address
        (2001::/32), or None."""
        if self._int >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._int >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._int & 0xFFFFFFFF))


# ---------------------------------------------------------------------------
# Networks: network_address and netmask are addresses; the prefix length is
# kept as self._prefixlen.

def _block_inside(inner, outer):
    """True if network inner lies within network outer."""
    try:
        if inner.version != outer.version:
            raise TypeError("%s and %s are not of the same version"
                            % (inner, outer))
        return (outer.network_address._int <= inner.network_address._int
                and inner.broadcast_address._int
                <= outer.broadcast_address._int)
    except AttributeError:
        raise TypeError("Unable to test subnet containment between %s and %s"
                        % (inner, outer)) from None


@functools.total_ordering
class _NetworkShape:

    def __init__(self, address, strict=True):
        where, mask = self._split_spec(address)
        start = self._address_class(where)
        self._prefixlen = self._prefix_from_mask(mask)
        mask_value = self._mask_int(self._prefixlen)
        self.netmask = self._address_class(mask_value)
        self.network_address = start
        if start._int & mask_value != start._int:
            if strict:
                raise ValueError("%s has host bits set" % self)
            self.network_address = self._address_class(start._int & mask_value)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def broadcast_address(self):
        return self._address_class(self.network_address._int
                                   | (self.netmask._int ^ self._all_ones))

    @property
    def hostmask(self):
        return self._address_class(self.netmask._int ^ self._all_ones)

    @property
    def num_addresses(self):
        """Number of addresses in the network."""
        return 1 << (self.max_prefixlen - self._prefixlen)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        return "%s/%d" % (self.network_address, self._prefixlen)

    @property
    def with_prefixlen(self):
        return str(self)

    @property
    def with_netmask(self):
        return "%s/%s" % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self.network_address, self.hostmask)

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return "%s/%d" % (self._block_full_text(), self._prefixlen)

    @property
    def reverse_pointer(self):
        return self._reverse_name()

    def __reduce__(self):
        return type(self), (str(self),)

    def __hash__(self):
        return hash((self.version, self.network_address._int,
                     self._prefixlen))

    def __eq__(self, other):
        try:
            return (self.version == other.version
                    and self.network_address == other.network_address
                    and self.netmask._int == other.netmask._int)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _NetworkShape):
            return NotImplemented
        if other.version != self.version:
            raise TypeError("%s and %s are not of the same version"
                            % (self, other))
        mine = (self.network_address._int, self.netmask._int)
        return mine < (other.network_address._int, other.netmask._int)

    def __contains__(self, other):
        if isinstance(other, _NetworkShape):
            return False
        if other.version != self.version:
            return False
        return other._int & self.netmask._int == self.network_address._int

    def _span(self):
        low = self.network_address._int
        return low, low | (self.netmask._int ^ self._all_ones)

    def __iter__(self):
        low, high = self._span()
        for value in range(low, high + 1):
            yield self._address_class(value)

    def _iter_range(self, low, high):
        for value in range(low, high + 1):
            yield self._address_class(value)

    def __getitem__(self, n):
        low, high = self._span()
        if n >= 0:
            if low + n > high:
                raise IndexError("address out of range")
            return self._address_class(low + n)
        if high + n + 1 < low:
            raise IndexError("address out of range")
        return self._address_class(high + n + 1)

    def hosts(self):
        """Generate the usable host addresses of the network."""
        low, high = self._span()
        spare = self.max_prefixlen - self._prefixlen
        if spare == 0:
            return iter((self.network_address,))
        if spare == 1:
            return iter(self)
        return self._iter_range(low + 1, high - self._top_reserved)

    def overlaps(self, other):
        """True if this network and other share any address."""
        return self.network_address in other or other.network_address in self

    def subnet_of(self, other):
        """True if this network is a subnet of other."""
        return _block_inside(self, other)

    def supernet_of(self, other):
        """True if this network is a supernet of other."""
        return _block_inside(other, self)

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after other
        (network address first, then netmask)."""
        if self.version != other.version:
            raise TypeError("%s and %s are not of the same type"
                            % (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine._int != theirs._int:
                return -1 if mine._int < theirs._int else 1
        return 0

    def address_exclude(self, other):
        """Generate the networks that cover this one except other."""
        if self.version != other.version:
            raise TypeError("%s and %s are not of the same version"
                            % (self, other))
        if not isinstance(other, _NetworkShape):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError("%s not contained in %s" % (other, self))
        piece = self
        while piece._prefixlen < other._prefixlen:
            left, right = piece.subnets()
            if other.subnet_of(left):
                yield right
                piece = left
            else:
                yield left
                piece = right

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Generate the subnets of this network, prefixlen_diff bits
        longer (or of length new_prefix)."""
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        length = self._prefixlen + prefixlen_diff
        if length > self.max_prefixlen:
            raise ValueError("prefix length diff %d is invalid for netblock %s"
                             % (length, self))
        low, high = self._span()
        for start in range(low, high + 1, 1 << (self.max_prefixlen - length)):
            yield type(self)((start, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network containing this one, prefixlen_diff bits shorter
        (or of length new_prefix)."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        length = self._prefixlen - prefixlen_diff
        if length < 0:
            raise ValueError("current prefixlen is %d, cannot have a "
                             "prefixlen_diff of %d"
                             % (self._prefixlen, prefixlen_diff))
        wider = (self.netmask._int << prefixlen_diff) & self._all_ones
        return type(self)((self.network_address._int & wider, length))

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    def _in_table(self, name):
        including, excluding = _TABLES[self.version, name]
        low, high = self.network_address, self.broadcast_address
        return (any(low in net and high in net for net in including)
                and not any(low in net or high in net for net in excluding))

    @property
    def is_multicast(self):
        return self._both_ends("is_multicast")

    @property
    def is_reserved(self):
        return self._both_ends("is_reserved")

    @property
    def is_link_local(self):
        return self._both_ends("is_link_local")

    @property
    def is_private(self):
        return self._in_table("private")

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends("is_unspecified")

    @property
    def is_loopback(self):
        return self._both_ends("is_loopback")


class IPv4Network(_Family4, _NetworkShape):
    """This class represents and manipulates 32-bit IPv4 network + addresses.
    """
    _address_class = IPv4Address
    _top_reserved = 1          # hosts() leaves out the broadcast address

    def _block_full_text(self):
        return str(self.network_address)

    def _reverse_name(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"

    @property
    def is_global(self):
        shared = _SHARED_V4
        if self.network_address in shared and self.broadcast_address in shared:
            return False
        return not self.is_private


class IPv6Network(_Family6, _NetworkShape):
    """This class represents and manipulates 128-bit IPv6 networks."""
    _address_class = IPv6Address
    _top_reserved = 0          # only the Subnet-Router anycast is left out

    def _block_full_text(self):
        text = _int_to_full_colon(self.network_address._int)
        scope = self.network_address._scope
        return text if scope is None else text + "%" + scope

    def _reverse_name(self):
        digits = self.exploded.replace(":", "")
        return ".".join(reversed(digits)) + ".ip6.arpa"

    @property
    def is_site_local(self):
        return self._both_ends("is_site_local")


# ---------------------------------------------------------------------------
# Interfaces: an address (the class's own value) plus the network it sits in.

class _InterfaceShape:
    """Methods the two interface classes share (mixed in before their
    address class)."""

    @property
    def ip(self):
        return self._address_class(self._int)

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return "%s/%d" % (self._address_class.__str__(self), self._prefixlen)

    @property
    def with_prefixlen(self):
        return "%s/%d" % (self._bare_text(self._int), self._prefixlen)

    @property
    def with_netmask(self):
        return "%s/%s" % (self._bare_text(self._int), self.netmask)

    @property
    def with_hostmask(self):
        return "%s/%s" % (self._bare_text(self._int), self.hostmask)

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        lower = self._address_class.__lt__(self, other)
        if lower is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network
                    or self.network == other.network and lower)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._int, self._prefixlen, self.version))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def exploded(self):
        return "%s/%d" % (self._address_class.exploded.fget(self),
                          self._prefixlen)



class IPv4Interface(_InterfaceShape, IPv4Address):
    _address_class = IPv4Address

    def __init__(self, address):
        where, mask = self._split_spec(address)
        IPv4Address.__init__(self, where)
        self.network = IPv4Network((where, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def is_unspecified(self):
        # CPython compares with the address 0.0.0.0, which no interface
        # equals.
        return False


class IPv6Interface(_InterfaceShape, IPv6Address):
    _address_class = IPv6Address

    def __init__(self, address):
        where, mask = self._split_spec(address)
        IPv6Address.__init__(self, where)
        self.network = IPv6Network((where, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def exploded(self):
        if self._int >> 32 == 0xFFFF:
            # CPython drops the prefix length for IPv4-mapped interfaces.
            return IPv6Address.exploded.fget(self)
        return _InterfaceShape.exploded.fget(self)

    @property
    def is_loopback(self):
        return IPv6Address.is_loopback.fget(self) and self.network.is_loopback

    @property
    def is_unspecified(self):
        return (IPv6Address.is_unspecified.fget(self)
                and self.network.is_unspecified)


# ---------------------------------------------------------------------------
# The special-purpose address blocks of 3.14: (blocks in, exceptions).

def _blocks(network_class, texts):
    return tuple(network_class(text) for text in texts.split())


_TABLES = {
    (4, "private"): (_blocks(IPv4Network, """
        0.0.0.0/8 10.0.0.0/8 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12
        192.0.0.0/24 192.0.0.170/31 192.0.2.0/24 192.168.0.0/16
        198.18.0.0/15 198.51.100.0/24 203.0.113.0/24 240.0.0.0/4
        255.255.255.255/32"""),
                     _blocks(IPv4Network, "192.0.0.9/32 192.0.0.10/32")),
    (4, "multicast"): (_blocks(IPv4Network, "224.0.0.0/4"), ()),
    (4, "reserved"): (_blocks(IPv4Network, "240.0.0.0/4"), ()),
    (4, "link_local"): (_blocks(IPv4Network, "169.254.0.0/16"), ()),
    (4, "loopback"): (_blocks(IPv4Network, "127.0.0.0/8"), ()),
    (6, "private"): (_blocks(IPv6Network, """
        ::1/128 ::/128 ::ffff:0:0/96 64:ff9b:1::/48 100::/64 2001::/23
        2001:db8::/32 2002::/16 3fff::/20 fc00::/7 fe80::/10"""),
                     _blocks(IPv6Network, """
        2001:1::1/128 2001:1::2/128 2001:3::/32 2001:4:112::/48
        2001:20::/28 2001:30::/28""")),
    (6, "multicast"): (_blocks(IPv6Network, "ff00::/8"), ()),
    (6, "reserved"): (_blocks(IPv6Network, """
        ::/8 100::/8 200::/7 400::/6 800::/5 1000::/4 4000::/3 6000::/3
        8000::/3 a000::/3 c000::/3 e000::/4 f000::/5 f800::/6 fe00::/9"""),
                      ()),
    (6, "link_local"): (_blocks(IPv6Network, "fe80::/10"), ()),
    (6, "loopback"): (_blocks(IPv6Network, "::1/128"), ()),
}
_SHARED_V4 = IPv4Network("100.64.0.0/10")
_SITE_LOCAL_V6 = IPv6Network("fec0::/10")


# ---------------------------------------------------------------------------
# Module functions.

def _first_family(classes, value, what, *args):
    for cls in classes:
        try:
            return cls(value, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError("%r does not appear to be an IPv4 or IPv6 %s"
                     % (value, what))


def ip_address(address):
    """An IPv4Address or IPv6Address, whichever address parses as."""
    return _first_family((IPv4Address, IPv6Address), address, "address")


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever address parses as."""
    return _first_family((IPv4Network, IPv6Network), address, "network",
                         strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever address parses as."""
    return _first_family((IPv4Interface, IPv6Interface), address,
                         "interface")


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _cidr_cover(low, high, width, network_class):
    """Yield the fewest aligned blocks that cover low..high exactly."""
    while low <= high:
        size = (high - low + 1).bit_length() - 1
        if low:
            size = min(size, (low & -low).bit_length() - 1)
        yield network_class((low, width - size))
        low += 1 << size


def summarize_address_range(first, last):
    """Generate the networks that cover first..last (addresses)."""
    if not (isinstance(first, _AddressShape)
            and isinstance(last, _AddressShape)):
        raise TypeError("first and last must be IP addresses, not networks")
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version"
                        % (first, last))
    if first > last:
        raise ValueError("last IP address must be greater than first")
    network_class = IPv4Network if first.version == 4 else IPv6Network
    yield from _cidr_cover(first._int, last._int, first.max_prefixlen,
                           network_class)


def collapse_addresses(addresses):
    """An iterator over the fewest networks that cover the given addresses
    and networks, in order."""
    spans = []
    previous = {}
    for item in addresses:
        kind = isinstance(item, _AddressShape)
        if not kind and item._prefixlen == item.max_prefixlen:
            kind = True
        seen = previous.get(kind)
        if seen is not None and seen.version != item.version:
            raise TypeError("%s and %s are not of the same version"
                            % (item, seen))
        previous[kind] = item
        if isinstance(item, _AddressShape):
            spans.append((item._int, item._int))
        else:
            spans.append(item._span())
    if not spans:
        return iter(())
    if len(previous) == 2 and previous[True].version != previous[False].version:
        raise TypeError("%s and %s are not of the same version"
                        % (previous[True], previous[False]))
    sample = previous.get(False) or previous[True]
    network_class = IPv4Network if sample.version == 4 else IPv6Network
    spans.sort()
    merged = []
    for low, high in spans:
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1][1] = high
        else:
            merged.append([low, high])
    blocks = []
    for low, high in merged:
        blocks.extend(_cidr_cover(low, high, sample.max_prefixlen,
                                  network_class))
    return iter(blocks)


def get_mixed_type_key(obj):
    """A sort key that orders networks and addresses of both families
    together: (version, network address, netmask) for a network,
    (version, address) for an address."""
    if isinstance(obj, _NetworkShape):
        return obj.version, obj.network_address, obj.netmask
    if isinstance(obj, _AddressShape):
        return obj.version, obj
    return NotImplemented
