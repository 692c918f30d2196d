"""Cookies as HTTP state management sends them (RFC 2109 style).

A cookie jar (`SimpleCookie`, `BaseCookie`) is a dict of `Morsel`s, each
one name=value pair with its attributes (path, domain, expires, ...).
`load` parses a Cookie header; `output` writes Set-Cookie headers.
"""
import re
import string
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# A name, or a value that needs no quotes, is made of these.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'


def _make_translator():
    # Inside quotes: '"' and '\\' are backslashed, anything else outside
    # _UnescapedChars becomes a three-digit octal escape.
    table = {}
    for code in range(256):
        if chr(code) not in _UnescapedChars:
            table[code] = '\\%03o' % code
    table[ord('"')] = '\\"'
    table[ord('\\')] = '\\\\'
    return table


_Translator = _make_translator()
_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch
_control_character_re = re.compile(r'[\x00-\x1F\x7F]')


def _has_control_character(*values):
    """True when the str() of any value holds a control character."""
    for value in values:
        if _control_character_re.search(str(value)):
            return True
    return False


def _quote(text):
    """`text` itself when every character is legal, else in double quotes
    with the special characters escaped."""
    if text is None or _is_legal_key(text):
        return text
    return '"%s"' % text.translate(_Translator)


_unquote_sub = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))').sub


def _unquote_replace(match):
    octal, other = match.group(1), match.group(2)
    return chr(int(octal, 8)) if octal else other


def _unquote(text):
    """The value inside double quotes, escapes undone; anything not
    quoted is returned as it is."""
    if text is None or len(text) < 2 or not (text[0] == text[-1] == '"'):
        return text
    return _unquote_sub(_unquote_replace, text[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The date `future` seconds from now, as an expires attribute has it."""
    import time
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


def _check_attribute(name, value):
    name = name.lower()
    if name not in Morsel._reserved:
        raise CookieError("Invalid attribute %r" % (name,))
    if _has_control_character(name, value):
        raise CookieError("Control characters are not allowed in cookies %r %r"
                          % (name, value))
    return name


class Morsel(dict):
    """One cookie: `key`, `value`, `coded_value` (the value as sent), and
    its attributes as the dict's items (only the reserved names)."""

    # Attribute names as they are written out.
    _reserved = {
        "expires": "expires", "path": "Path", "comment": "Comment",
        "domain": "Domain", "max-age": "Max-Age", "secure": "Secure",
        "httponly": "HttpOnly", "version": "Version", "samesite": "SameSite",
        "partitioned": "Partitioned",
    }
    _reserved_defaults = dict.fromkeys(_reserved, "")
    # Attributes written as a bare word when true.
    _flags = {'secure', 'httponly', 'partitioned'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        dict.update(self, self._reserved_defaults)

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def __setitem__(self, K, V):
        dict.__setitem__(self, _check_attribute(K, V), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, _check_attribute(key, val), val)

    def update(self, values):
        checked = {}
        for name, value in dict(values).items():
            checked[_check_attribute(name, value)] = value
        dict.update(self, checked)

    def __ior__(self, values):
        self.update(values)
        return self

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        if not dict.__eq__(self, morsel):
            return False
        return ((self._key, self._value, self._coded_value)
                == (morsel._key, morsel._value, morsel._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Give the morsel its name and value (and the value as sent)."""
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        if _has_control_character(key, val, coded_val):
            raise CookieError("Control characters are not allowed in cookies %r %r %r"
                              % (key, val, coded_val))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value,
                'coded_value': self._coded_value}

    def __setstate__(self, state):
        key, value, coded = state['key'], state['value'], state['coded_value']
        if _has_control_character(key, value, coded):
            raise CookieError("Control characters are not allowed in cookies "
                              "%r %r %r" % (key, value, coded))
        self._key, self._value, self._coded_value = key, value, coded

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        import urllib.parse
        text = self.OutputString(attrs)
        if _has_control_character(text):
            raise CookieError("Control characters are not allowed in cookies")
        encoded = urllib.parse.quote(text, safe='', encoding='utf-8')
        indent = " " * 8
        lines = ['', '<script type="text/javascript">', '<!-- begin hiding',
                 'document.cookie = decodeURIComponent("%s");' % encoded,
                 '// end hiding -->', '</script>', '']
        return "\n".join(indent + line if line else line for line in lines[:-1]) + "\n" + indent

    def _attribute_text(self, name, value):
        label = self._reserved[name]
        if name == "expires" and isinstance(value, int):
            return "%s=%s" % (label, _getdate(value))
        if name == "max-age" and isinstance(value, int):
            return "%s=%d" % (label, value)
        if name == "comment" and isinstance(value, str):
            return "%s=%s" % (label, _quote(value))
        if name in self._flags:
            return str(label) if value else None
        return "%s=%s" % (label, value)

    def OutputString(self, attrs=None):
        """name=value; Attribute=value; ... (only the attributes in
        `attrs` when given, in alphabetical order, empty ones left out)."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == "" or name not in wanted:
                continue
            text = self._attribute_text(name, value)
            if text is not None:
                parts.append(text)
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# One "key", "key=value" or "$attribute=value" of a Cookie header; a value
# is a quoted string, an expires-style date, or a run of legal characters.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_QUOTED = r'"(?:[^\\"]|\\.)*"'
_DATE = r'(\w{3,6}day|\w{3}),\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>' + _QUOTED + '|' + _DATE + '|[' + _LegalValueChars + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A container class for a set of Morsels."""

    def value_decode(self, val):
        """(real value, value as sent) of a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, value to send) of a value assigned."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        """Dictionary style assignment."""
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
            return
        real, coded = self.value_encode(value)
        self.__set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """Return a string suitable for HTTP."""
        lines = []
        for _, morsel in sorted(self.items()):
            line = morsel.output(attrs, header)
            if _has_control_character(line):
                raise CookieError("Control characters are not allowed in cookies")
            lines.append(line)
        return sep.join(lines)

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%r' % (key, morsel.value)
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        """Return a string suitable for JavaScript."""
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a Cookie header (a str), or those of a
        mapping of names to values."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _scan(self, text, patt):
        """The (is_attribute, key, value) items of a header, or None when
        it is malformed (then nothing of it is kept)."""
        items = []
        have_morsel = False
        pos = 0
        while 0 <= pos < len(text):
            match = patt.match(text, pos)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            pos = match.end(0)
            if key[0] == "$":
                if have_morsel:
                    items.append((True, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not have_morsel:
                    return None
                if value is not None:
                    items.append((True, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    items.append((True, key, True))
                else:
                    return None
            elif value is None:
                return None
            else:
                items.append((False, key, self.value_decode(value)))
                have_morsel = True
        return items

    def __parse_string(self, str, patt=_CookiePattern):
        items = self._scan(str, patt)
        if items is None:
            return
        current = None
        for is_attribute, key, value in items:
            if is_attribute:
                current[key] = value
            else:
                self.__set(key, value[0], value[1])
                current = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings: assigned values go through str()
    and are quoted when they need it; values read are unquoted."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
