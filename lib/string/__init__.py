"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = digits[:8]
punctuation = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    join = (sep or " ").join
    capitalize = str.capitalize
    return join([capitalize(word) for word in s.split(sep)])


####################################################################
# Template: $-substitutions.  The placeholders are found by a regular
# expression built from the class attributes; it comes from the re module
# when there is one, else from string._pattern, a small engine of our own.

_sentinel_dict = {}
_regex_module = None


def _regex():
    global _regex_module
    if _regex_module is None:
        try:
            import re as module
        except ImportError:
            from string import _pattern as module
        _regex_module = module
    return _regex_module


def _template_source(cls):
    """The regular expression (verbose) of a Template class."""
    if cls is not Template and "pattern" in cls.__dict__:
        return cls.pattern
    delim = _regex().escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern or ident
    return f"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{ident})       |   # delimiter and a Python identifier
              {{(?P<braced>{braced})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """


def _compile_template_pattern(cls):
    regex = _regex()
    if cls.flags is None:
        cls.flags = regex.IGNORECASE
    return regex.compile(_template_source(cls), cls.flags | regex.VERBOSE)


class _LazyPattern:
    """Template.pattern, compiled on first use: importing string needs no
    regular expressions."""

    def __get__(self, instance, owner):
        pattern = _compile_template_pattern(Template)
        Template.pattern = pattern
        return pattern


class _Chain:
    """The keyword arguments of substitute(), then its mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        for mapping in (self.first, self.second):
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    # [_a-z] under IGNORECASE, ASCII letters only
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None   # re.IGNORECASE once the pattern is compiled
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compile_template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # the text up to the invalid group (which starts just after the
        # delimiter): its number of lines, and the length of the last
        lines = self.template[:mo.start("invalid")].splitlines(keepends=True)
        if lines:
            lineno = len(lines)
            colno = len(lines[-1])
        else:
            lineno = colno = 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise self._unrecognized()

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if mo.group("named") is None and mo.group("braced") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                if named not in ids:
                    ids.append(named)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return ids


########################################################################
# Formatter: str.format's machinery, with a method for each step so that a
# subclass can change any of them.  The parsing is _string's (the same C
# parser str.format uses).

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    # The formatted text and the next automatic field number (False once
    # fields were numbered by hand).
    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # automatic numbering for a field whose first part is empty
            # ("{}", "{[0]}", "{.real}"), manual for one that is a number
            first, _ = _string.formatter_field_name_split(field_name)
            if first == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif isinstance(first, int):
                if auto_arg_index:
                    raise ValueError("cannot switch from automatic field "
                                     "numbering to manual field specification")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # the spec may hold fields of its own
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # (literal_text, field_name, format_spec, conversion) for each piece of
    # format_string; the last three are None for text with no field after it.
    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    # The object field_name names, and the key of the argument it starts from.
    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
