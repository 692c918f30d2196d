"""Splitting, joining, quoting and unquoting URLs (RFC 3986, with the
quirks CPython 3.14 keeps for compatibility)."""

from collections import namedtuple
import functools
import types
import warnings

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take relative references, a //netloc and ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu',
                 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp',
               'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

_LETTERS = 'abcdefghijklmnopqrstuvwxyz'
scheme_chars = _LETTERS + _LETTERS.upper() + '0123456789' + '+-.'

# WHATWG's "C0 control or space": stripped from the front of a URL.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(0x21)))
# removed from anywhere in a URL
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Clear the internal caches."""
    urlsplit.cache_clear()
    _quoter_for.cache_clear()


# --- str and bytes arguments -------------------------------------------

def _same(value):
    return value


def _to_ascii_bytes(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


def _coerce_args(*args):
    """The arguments as str, plus the function that turns a result back
    into the type of the first argument."""
    want_str = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_same,)
    decoded = []
    for x in args:
        decoded.append(x.decode('ascii', 'strict') if x else '')
    return tuple(decoded) + (_to_ascii_bytes,)


# --- result types ----------------------------------------------------------

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        parts = [field.encode(encoding, errors) for field in self]
        return self._encoded_counterpart(*parts)


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        parts = [field.decode(encoding, errors) for field in self]
        return self._decoded_counterpart(*parts)


def _split_netloc_parts(netloc, at, colon, lbr, rbr):
    """(username, password, hostname, port) of a netloc, str or bytes;
    missing pieces are None (hostname and port '' become None too)."""
    userinfo, has_at, hostport = netloc.rpartition(at)
    if has_at:
        user, has_colon, password = userinfo.partition(colon)
        if not has_colon:
            password = None
    else:
        user = password = None
    head, has_lbr, rest = hostport.partition(lbr)
    if has_lbr:
        host, _, after = rest.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return user, password, host, (port or None)


class _NetlocResultMixinBase(object):
    __slots__ = ()

    def _netloc_parts(self):
        if isinstance(self.netloc, str):
            return _split_netloc_parts(self.netloc, '@', ':', '[', ']')
        return _split_netloc_parts(self.netloc, b'@', b':', b'[', b']')

    @property
    def username(self):
        return self._netloc_parts()[0]

    @property
    def password(self):
        return self._netloc_parts()[1]

    @property
    def hostname(self):
        host = self._netloc_parts()[2]
        if not host:
            return None
        # the zone of a scoped IPv6 address keeps its case
        pct = '%' if isinstance(host, str) else b'%'
        addr, sep, zone = host.partition(pct)
        return addr.lower() + sep + zone

    @property
    def port(self):
        text = self._netloc_parts()[3]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()


_DefragResultBase = namedtuple('_DefragResultBase', 'url fragment')
_SplitResultBase = namedtuple('_SplitResultBase', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('_ParseResultBase', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


def _join_defrag(url, fragment, hash_mark):
    return url + hash_mark + fragment if fragment else url


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return _join_defrag(self.url, self.fragment, '#')


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return _join_defrag(self.url, self.fragment, b'#')


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


# --- splitting -----------------------------------------------------------------

def _netloc_end(url, start):
    """Index where the authority beginning at start ends."""
    end = len(url)
    for delim in '/?#':
        at = url.find(delim, start)
        if 0 <= at < end:
            end = at
    return end


def _check_nfkc(netloc):
    """Refuse a netloc whose NFKC form grows a delimiter (like U+2100)."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc
    for ch in '@:#?':
        plain = plain.replace(ch, '')
    folded = unicodedata.normalize('NFKC', plain)
    if folded == plain:
        return
    if any(ch in folded for ch in '/?#@:'):
        raise ValueError("netloc '%s' contains invalid characters "
                         "under NFKC normalization" % netloc)


def _check_ipv6_netloc(netloc):
    hostport = netloc.rpartition('@')[2]
    before, has_lbr, rest = hostport.partition('[')
    if not has_lbr:
        host = hostport.partition(':')[0]
    else:
        if before:
            raise ValueError("Invalid IPv6 URL")
        host, _, after = rest.partition(']')
        if after and after[0] != ':':
            raise ValueError("Invalid IPv6 URL")
    _check_bracketed_host(host)


def _is_future_ip(host):
    # v<hex digits>.<something>
    dot = host.find('.', 1)
    if dot < 2 or dot == len(host) - 1:
        return False
    return all(c in '0123456789abcdefABCDEF' for c in host[1:dot])


def _check_bracketed_host(host):
    if host[:1] in ('v', 'V'):
        if not _is_future_ip(host) or '\n' in host[host.find('.'):]:
            raise ValueError("IPvFuture address is invalid")
        return
    import ipaddress
    if isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address):
        raise ValueError("An IPv4 address cannot be in brackets")


def _scheme_end(url):
    """Index of the ':' ending a scheme at the front of url, or -1."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    for ch in url[:colon]:
        if ch not in scheme_chars:
            return -1
    return colon


def _clean(text, both_ends):
    text = text.strip(_WHATWG_C0_CONTROL_OR_SPACE) if both_ends else \
        text.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        text = text.replace(ch, '')
    return text


def _urlsplit(url, scheme=None, allow_fragments=True):
    """The five parts of a str URL; parts absent from it are None (the
    scheme is then the given default)."""
    url = _clean(url, False)
    if scheme is not None:
        scheme = _clean(scheme, True)
    netloc = query = fragment = None
    colon = _scheme_end(url)
    if colon > 0:
        scheme = url[:colon].lower()
        url = url[colon + 1:]
    if url.startswith('//'):
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_ipv6_netloc(netloc)
    if allow_fragments:
        url, hash_mark, frag = url.partition('#')
        if hash_mark:
            fragment = frag
    url, qmark, q = url.partition('?')
    if qmark:
        query = q
    _check_nfkc(netloc)
    return scheme, netloc, url, query, fragment


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, back = _coerce_args(url, scheme)
    s, n, p, q, f = _urlsplit(url, scheme, allow_fragments)
    return back(SplitResult(s or '', n or '', p, q or '', f or ''))


def _cut_params(path, keep_none):
    """path;params of the last path segment."""
    slash = path.rfind('/')
    semi = path.find(';', slash if slash >= 0 else 0)
    if semi < 0:
        return path, (None if keep_none else '')
    return path[:semi], path[semi + 1:]


def _splitparams(url, allow_none=False):
    return _cut_params(url, allow_none)


def _urlparse(url, scheme=None, allow_fragments=True):
    s, n, p, q, f = _urlsplit(url, scheme, allow_fragments)
    params = None
    if (s or '') in uses_params and ';' in p:
        p, params = _cut_params(p, True)
    return s, n, p, params, q, f


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, back = _coerce_args(url, scheme)
    s, n, p, prm, q, f = _urlparse(url, scheme, allow_fragments)
    return back(ParseResult(s or '', n or '', p, prm or '', q or '', f or ''))


# --- joining ------------------------------------------------------------------

def _urlunsplit(scheme, netloc, path, query, fragment):
    out = path
    if netloc is not None:
        if out and not out.startswith('/'):
            out = '/' + out
        out = '//' + netloc + out
    elif out.startswith('//'):
        out = '//' + out
    if scheme:
        out = scheme + ':' + out
    if query is not None:
        out += '?' + query
    if fragment is not None:
        out += '#' + fragment
    return out


def _netloc_or_none(scheme, netloc, path):
    if netloc:
        return netloc
    if scheme and scheme in uses_netloc and (not path or path[0] == '/'):
        return ''
    return None


def urlunsplit(components):
    """The URL of a (scheme, netloc, path, query, fragment) sequence."""
    scheme, netloc, path, query, fragment, back = _coerce_args(*components)
    netloc = _netloc_or_none(scheme, netloc, path)
    return back(_urlunsplit(scheme or None, netloc, path, query or None, fragment or None))


def urlunparse(components):
    """The URL of a (scheme, netloc, path, params, query, fragment) sequence."""
    scheme, netloc, path, params, query, fragment, back = _coerce_args(*components)
    netloc = _netloc_or_none(scheme, netloc, path)
    if params:
        path = path + ';' + params
    return back(_urlunsplit(scheme or None, netloc, path, query or None, fragment or None))


def _merge_paths(base_path, ref_path):
    """RFC 3986 5.2: the reference's path resolved against the base's,
    dot segments removed."""
    if ref_path.startswith('/'):
        pieces = ref_path.split('/')
    else:
        directory = base_path.split('/')
        if directory[-1]:     # a file name, not a directory: dropped
            directory.pop()
        pieces = directory + ref_path.split('/')
        # empty segments in the middle would double slashes
        if len(pieces) > 2:
            pieces = pieces[:1] + [p for p in pieces[1:-1] if p] + pieces[-1:]
    out = []
    for piece in pieces:
        if piece == '..':
            if out:
                out.pop()
        elif piece != '.':
            out.append(piece)
    if pieces[-1] in ('.', '..'):
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _coerce_args(base, url)
    b_scheme, b_netloc, b_path, b_query, b_frag = _urlsplit(base, None, allow_fragments)
    scheme, netloc, path, query, frag = _urlsplit(url, None, allow_fragments)
    if scheme is None:
        scheme = b_scheme
    if scheme != b_scheme or (scheme and scheme not in uses_relative):
        return back(url)
    if not scheme or scheme in uses_netloc:
        if netloc:
            return back(_urlunsplit(scheme, netloc, path, query, frag))
        netloc = b_netloc
    if path:
        path = _merge_paths(b_path, path)
    else:
        path = b_path
        if query is None:
            query = b_query
            if frag is None:
                frag = b_frag
    return back(_urlunsplit(scheme, netloc, path, query, frag))


def urldefrag(url):
    """(url without its fragment, fragment) as a DefragResult."""
    url, back = _coerce_args(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    s, n, p, q, f = _urlsplit(url)
    return back(DefragResult(_urlunsplit(s, n, p, q, None), f or ''))


# --- unquoting -----------------------------------------------------------------

_HEX = '0123456789ABCDEFabcdef'
_HEX_PAIRS = None


def _hex_pairs():
    global _HEX_PAIRS
    if _HEX_PAIRS is None:
        table = {}
        for hi in _HEX:
            for lo in _HEX:
                table[(hi + lo).encode()] = bytes([int(hi + lo, 16)])
        _HEX_PAIRS = table
    return _HEX_PAIRS


def _unquote_bytes(data):
    """data (bytes-like or str) with %XX escapes replaced by their bytes."""
    if not data:
        data.split          # a type without split raises AttributeError
        return b''
    if isinstance(data, str):
        data = data.encode('utf-8')
    first, *rest = data.split(b'%')
    if not rest:
        return data
    pairs = _hex_pairs()
    out = bytearray(first)
    for chunk in rest:
        byte = pairs.get(chunk[:2])
        if byte is None:
            out += b'%'
            out += chunk
        else:
            out += byte
            out += chunk[2:]
    return out


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    return bytes(_unquote_bytes(string))


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes by the characters they encode."""
    if isinstance(string, bytes):
        return _unquote_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # runs of ASCII are unquoted and decoded; other characters kept as they are
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        ascii_run = string[start] < '\x80'
        while end < n and (string[end] < '\x80') == ascii_run:
            end += 1
        piece = string[start:end]
        if ascii_run:
            piece = _unquote_bytes(piece).decode(encoding, errors)
        out.append(piece)
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() after turning '+' into ' '."""
    return unquote(string.replace('+', ' '), encoding, errors)


# --- query strings ---------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&', *, _stacklevel=1):
    """A query string as a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        equals = '='

        def decode(text):
            return unquote_plus(text, encoding=encoding, errors=errors)
    elif qs is None:
        return []
    else:
        try:
            qs = bytes(memoryview(qs))
        except TypeError:
            if qs:
                raise
            warnings.warn("Accepting %s objects with false value in "
                          "urllib.parse.parse_qsl() is deprecated as of 3.14"
                          % type(qs).__name__,
                          DeprecationWarning, stacklevel=_stacklevel + 1)
            return []
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        equals = b'='

        def decode(text):
            return unquote_to_bytes(text.replace(b'+', b' '))
    if not qs:
        return []
    if max_num_fields is not None and max_num_fields < qs.count(separator) + 1:
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(equals)
        if strict_parsing and not has_eq:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator, _stacklevel=2):
        result.setdefault(name, []).append(value)
    return result


# --- quoting -----------------------------------------------------------------------

_ALWAYS_SAFE = frozenset(scheme_chars.replace('+', '').encode() + b'_~')
_ALWAYS_SAFE_BYTES = bytes(sorted(_ALWAYS_SAFE))


class _Quoter(dict):
    """byte value -> its text in a quoted string, filled as needed."""

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return "<Quoter %r>" % (dict(self),)

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else '%%%02X' % byte
        self[byte] = text
        return text


@functools.lru_cache
def _quoter_for(safe):
    return _Quoter(safe).__getitem__


def quote_from_bytes(bs, safe='/'):
    """Percent-encode the bytes bs, except the always safe ones and safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    return ''.join(map(_quoter_for(safe), bs))


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str: encoded first, UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+', and '/' is not safe."""
    if isinstance(string, str):
        spaceless = ' ' not in string
    else:
        spaceless = isinstance(string, bytes) and b' ' not in string
    if spaceless:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


def _quote_item(item, quote_via, safe, encoding, errors):
    if isinstance(item, bytes):
        return quote_via(item, safe)
    return quote_via(str(item), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A mapping or a sequence of pairs as an application/x-www-form-urlencoded
    string; with doseq, a sequence value gives one field per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from exc
    fields = []
    for key, value in query:
        key = _quote_item(key, quote_via, safe, encoding, errors)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + '=' + _quote_item(value, quote_via, safe, encoding, errors))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + '=' + _quote_item(value, quote_via, safe, encoding, errors))
            continue
        for item in value:
            fields.append(key + '=' + _quote_item(item, quote_via, safe, encoding, errors))
    return '&'.join(fields)


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


def _to_bytes(url):
    # despite the name: a str URL checked to be ASCII
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL %r contains non-ASCII characters" % (url,))
    return url


def to_bytes(url):
    """The URL, checked to be ASCII (deprecated)."""
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


# --- the old splitting helpers (deprecated; urllib.request uses the
# private ones) ------------------------------------------------------------------

def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'), else (None, url)."""
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path'), else (None, url)."""
    if not url.startswith('//'):
        return None, url
    end = _netloc_end(url, 2)
    path = url[end:]
    if path and not path.startswith('/'):
        path = '/' + path
    return url[2:end], path


def _splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def _splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    name, colon, password = user.partition(':')
    return name, (password if colon else None)


def _splitport(host):
    """'host:port' -> ('host', 'port'); the port is None when not digits."""
    head, colon, port = host.rpartition(':')
    if colon and all(c in '0123456789' for c in port):
        return head, (port or None)
    return host, None


def _splitnport(host, defport=-1):
    """Like _splitport with the port a number: defport when there is no
    ':', None when what follows it is not a number."""
    head, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return head, defport
    return head, (int(port) if port.isascii() and port.isdigit() else None)


def _splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', ...])."""
    first, *attrs = url.split(';')
    return first, attrs


def _splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)


def _deprecated_helper(name, replacement='urlparse'):
    impl = globals()['_' + name]
    message = ("urllib.parse.%s() is deprecated as of 3.8, use "
               "urllib.parse.%s() instead" % (name, replacement))

    def helper(*args, **kwargs):
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return impl(*args, **kwargs)
    helper.__name__ = helper.__qualname__ = name
    helper.__doc__ = impl.__doc__
    return helper


splittype = _deprecated_helper('splittype')
splithost = _deprecated_helper('splithost')
splituser = _deprecated_helper('splituser')
splitpasswd = _deprecated_helper('splitpasswd')
splitport = _deprecated_helper('splitport')
splitnport = _deprecated_helper('splitnport')
splitquery = _deprecated_helper('splitquery')
splittag = _deprecated_helper('splittag')
splitattr = _deprecated_helper('splitattr')
splitvalue = _deprecated_helper('splitvalue', 'parse_qsl')
