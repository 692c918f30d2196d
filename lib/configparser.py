"""Configuration file parser.

Reads and writes INI-style files: sections in square brackets, each holding
`name = value` (or `name: value`) options, values that may continue on
indented lines, comments, a section of defaults every other section sees,
and optional value interpolation (`%(name)s` or `${section:name}`).

The parsers are mappings of section names to SectionProxy objects, which
are mappings of option names to values.
"""

import functools, itertools
import io, os, re, sys
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = tuple("""
    NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError
    InterpolationError InterpolationDepthError InterpolationMissingOptionError
    InterpolationSyntaxError ParsingError MissingSectionHeaderError
    MultilineContinuationError UnnamedSectionDisabledError InvalidWriteError
    ConfigParser RawConfigParser Interpolation BasicInterpolation
    ExtendedInterpolation SectionProxy ConverterMapping DEFAULTSECT
    MAX_INTERPOLATION_DEPTH UNNAMED_SECTION""".split())

DEFAULTSECT, MAX_INTERPOLATION_DEPTH = "DEFAULT", 10
_default_dict = dict


# ------------------------------------------------------------------ errors

class Error(Exception):
    """Base class for ConfigParser exceptions."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _where(source, lineno):
    # "While reading from 'x.ini' [line  3]: " or "" without a source.
    if source is None:
        return ""
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text + ": "


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        super().__init__('No section: ' + repr(section))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source, or created
    twice through the API."""

    def __init__(self, section, source=None, lineno=None):
        what = "%r already exists" % (section,)
        prefix = _where(source, lineno)
        super().__init__(prefix + "section " + what if prefix
                         else "Section " + what)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option is repeated in one source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        prefix = _where(source, lineno)
        super().__init__(prefix + "option " + what if prefix
                         else "Option " + what)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        super().__init__("No option %r in section: %r" % (option, section))
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A substitution names an option that is not there."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an "
                "interpolation key %r which is not a valid option name. "
                "Raw value: %r" % (option, section, reference, rawval))
        super().__init__(option, section, text)
        self.reference = reference
        self.args = option, section, rawval, reference


class InterpolationSyntaxError(InterpolationError):
    """The text into which substitutions are made is malformed."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r "
                "in section %r contains an interpolation key which cannot "
                "be substituted in %d steps. Raw value: %r"
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        super().__init__(option, section, text)
        self.args = option, section, rawval


def _bad_line(lineno, line):
    return '\n\t[line %2d]: %r' % (lineno, line)


class ParsingError(Error):
    """Raised when a configuration file does not follow legal syntax."""

    def __init__(self, source, *args):
        super().__init__('Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.message += _bad_line(lineno, line)
        self.errors.append((lineno, line))

    def combine(self, others):
        for other in others:
            for lineno, line in other.errors:
                self.append(lineno, line)
        return self


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\n'
                       'file: %r, line: %d\n%r' % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = filename, lineno, line


class MultilineContinuationError(ParsingError):
    """Raised when a key without value is followed by continuation line"""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'Key without value continued with an indented '
                       'line.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = filename, lineno, line


class UnnamedSectionDisabledError(Error):
    """Raised when UNNAMED_SECTION is used while the feature is off."""

    def __init__(self):
        super().__init__("Support for UNNAMED_SECTION is disabled.")


class InvalidWriteError(Error):
    """Raised when writing data the parser would read back differently
    (a key that looks like a section header, or holds a delimiter)."""

    def __init__(self, msg=''):
        Error.__init__(self, msg)


class _UnnamedSection:

    def __repr__(self):
        return "<UNNAMED_SECTION>"


UNNAMED_SECTION = _UnnamedSection()
_UNSET = object()     # "no fallback given": None is a legitimate fallback


# ----------------------------------------------------------- interpolation

class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value


# What the two syntaxes share: a sigil character (_SIGIL), doubled to stand
# for itself, and a reference (_KEYCRE) that starts with it and _OPEN.  The
# functions below are methods of both classes.


def _sub_before_get(self, parser, section, option, value, defaults):
    out = []
    self._expand(parser, option, out, value, section, defaults, 1)
    return ''.join(out)


def _sub_before_set(self, parser, section, option, value):
    sigil = self._SIGIL
    rest = self._KEYCRE.sub('', value.replace(sigil + sigil, ''))
    at = rest.find(sigil)
    if at >= 0:
        raise ValueError("invalid interpolation syntax in %r at "
                         "position %d" % (value, at))
    return value


def _sub_expand(self, parser, option, out, rest, section, mapping, depth):
    raw = parser.get(section, option, raw=True, fallback=rest)
    if depth > MAX_INTERPOLATION_DEPTH:
        raise InterpolationDepthError(option, section, raw)
    sigil = self._SIGIL
    while rest:
        at = rest.find(sigil)
        if at < 0:
            out.append(rest)
            break
        out.append(rest[:at])
        rest = rest[at:]
        follower = rest[1:2]
        if follower == sigil:
            out.append(sigil)
            rest = rest[2:]
            continue
        if follower != self._OPEN:
            raise InterpolationSyntaxError(
                option, section,
                "'%s' must be followed by '%s' or '%s', found: %r"
                % (sigil, sigil, self._OPEN, rest))
        found = self._KEYCRE.match(rest)
        if found is None:
            raise InterpolationSyntaxError(
                option, section,
                "bad interpolation variable reference %r" % rest)
        rest = rest[found.end():]
        self._reference(parser, option, out, found.group(1), rest,
                        section, mapping, depth, raw)


class BasicInterpolation(Interpolation):
    """Interpolation as the classic ConfigParser does it: `%(name)s` is the
    value of `name` in the same section (or the defaults), `%%` is `%`."""

    _SIGIL, _OPEN = '%', '('
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    before_get, before_set = _sub_before_get, _sub_before_set
    _expand = _sub_expand

    def _reference(self, parser, option, out, name, rest, section, mapping,
                   depth, raw):
        name = parser.optionxform(name)
        try:
            value = mapping[name]
        except KeyError:
            raise InterpolationMissingOptionError(
                option, section, raw, name) from None
        if '%' in value:
            self._expand(parser, option, out, value, section, mapping,
                         depth + 1)
        else:
            out.append(value)


class ExtendedInterpolation(Interpolation):
    """zc.buildout's syntax: `${name}` in the same section, or
    `${section:name}` in another one; `$$` is `$`."""

    _SIGIL, _OPEN = '$', '{'
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    before_get, before_set = _sub_before_get, _sub_before_set
    _expand = _sub_expand

    def _reference(self, parser, option, out, name, rest, section, mapping,
                   depth, raw):
        parts = name.split(':')
        where, what = section, option
        try:
            if len(parts) == 1:
                what = parser.optionxform(parts[0])
                value = mapping[what]
            elif len(parts) == 2:
                where, what = parts[0], parser.optionxform(parts[1])
                value = parser.get(where, what, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, raw, ":".join(parts)) from None
        if value is None:
            return
        if '$' in value:
            inner = dict(parser.items(where, raw=True))
            self._expand(parser, what, out, value, where, inner, depth + 1)
        else:
            out.append(value)


# ------------------------------------------------------------------ reading

def _cut_comment(text, full, inline):
    """The line without its comment, stripped: a full-line prefix counts
    at the start only, an inline one at the start or after white space."""
    text = text.strip()
    if not isinstance(text, str):
        # bytes lines: CPython's comment pattern refuses them
        raise TypeError("cannot use a string pattern on a bytes-like object")
    for prefix in full:
        if text.startswith(prefix):
            return ''
    best = None
    for prefix in inline:
        at = text.find(prefix) if prefix else 0
        while at > 0 and not text[at - 1].isspace():
            at = text.find(prefix, at + 1)
        if at >= 0 and (best is None or at < best):
            best = at
    if best is not None:
        text = text[:best]
    return text.rstrip()


class _ReadState:
    # Where a read has got to: the section and option being filled, the
    # indentation of the option's first line, what this source added (for
    # the strict checks), and the lines that could not be parsed.

    def __init__(self, source):
        self.source = source
        self.cursect = None
        self.sectname = None
        self.optname = None
        self.lineno = 0
        self.indent_level = 0
        self.cur_indent_level = 0
        self.elements_added = set()
        self.errors = []


_OPTION_NAME = r"(?:(?!{d})\S)*(?:(?:(?!{d})\s)+(?:(?!{d})\S)+)*"
_OPT_TMPL = r"(?P<option>" + _OPTION_NAME + r")\s*(?P<vi>{d})\s*(?P<value>.*)$"
_OPT_NV_TMPL = (r"(?P<option>" + _OPTION_NAME +
                r")\s*(?:(?P<vi>{d})\s*(?P<value>.*))?$")


def _option_pattern(delimiters, allow_no_value):
    alternatives = "|".join(re.escape(d) for d in delimiters)
    template = _OPT_NV_TMPL if allow_no_value else _OPT_TMPL
    return re.compile(template.replace("{d}", alternatives))


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _option_pattern(('=', ':'), False)
    OPTCRE_NV = _option_pattern(('=', ':'), True)
    NONSPACECRE = re.compile("\\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True,
                      'on': True, '0': False, 'no': False,
                      'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False):
        self._dict = dict_type
        self._sections, self._defaults = dict_type(), dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters != ('=', ':'):
            self._optcre = _option_pattern(delimiters, allow_no_value)
        else:
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        self._full_prefixes = tuple(comment_prefixes or ())
        self._inline_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                "interpolation= must be None or an instance of Interpolation;"
                " got an object of type %s" % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        self._allow_unnamed_section = allow_unnamed_section
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]"""
        return list(self._sections)

    def _new_section(self, name):
        self._sections[name] = body = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return body

    def add_section(self, section):
        """Create a new section in the configuration.

        Raise DuplicateSectionError if a section by the specified name
        already exists. Raise ValueError if name is DEFAULT.
        """
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section is UNNAMED_SECTION and not self._allow_unnamed_section:
            raise UnnamedSectionDisabledError
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Indicate whether the named section is present in the configuration.

        The DEFAULT section is not acknowledged.
        """
        return section in self._sections

    def options(self, section):
        """Return a list of option names for the given section name."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = list(self._sections[section])
        seen = set(names)
        names.extend(k for k in self._defaults if k not in seen)
        return names

    def _section_dict(self, section):
        # The dictionary set() and remove_option() change.
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def has_option(self, section, option):
        """Check for the existence of a given option in a given section.
        If the specified `section` is None or an empty string, DEFAULT is
        assumed. If the specified `section` does not exist, returns False."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option,
                                                   value)
        target = self._section_dict(section)
        target[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option."""
        target = self._section_dict(section)
        option = self.optionxform(option)
        if option not in target:
            return False
        del target[option]
        return True

    def remove_section(self, section):
        """Remove a file section."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._converters

    # -- reading

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames.

        Files that cannot be opened are silently ignored.  Return the list
        of the files read.
        """
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = (filenames,)
        done = []
        encoding = io.text_encoding(encoding)
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike)
                        else name)
        return done

    def read_file(self, f, source=None):
        """Like read() but the argument must be a file-like object (an
        iterable of lines).  `source` defaults to f.name, or '<???>'."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a given string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read configuration from a dictionary of sections, each a
        dictionary of options.  Names and values are made strings."""
        added = set()
        for section, options in dictionary.items():
            if section is not UNNAMED_SECTION:
                section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in added:
                    raise DuplicateOptionError(section, key, source)
                added.add((section, key))
                self.set(section, key, value)

    def _read_defaults(self, defaults):
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _read(self, fp, fpname):
        """Parse a sectioned configuration file (an iterable of lines)."""
        try:
            errors = self._read_lines(fp, fpname)
            if errors:
                raise errors[0].combine(errors[1:])
        finally:
            self._join_multiline_values()

    def _read_lines(self, fp, fpname):
        st = _ReadState(fpname)
        for st.lineno, line in enumerate(fp, start=1):
            clean = _cut_comment(line, self._full_prefixes,
                                 self._inline_prefixes)
            if not clean:
                self._blank_line(st, clean != line.strip())
                continue
            first = self.NONSPACECRE.search(line)
            st.cur_indent_level = first.start() if first else 0
            if (st.cursect is not None and st.optname
                    and st.cur_indent_level > st.indent_level):
                if st.cursect[st.optname] is None:
                    raise MultilineContinuationError(fpname, st.lineno, line)
                st.cursect[st.optname].append(clean)
                continue
            if self._allow_unnamed_section and st.cursect is None:
                self._enter_section(st, UNNAMED_SECTION)
            st.indent_level = st.cur_indent_level
            header = self.SECTCRE.match(clean)
            if header is not None:
                self._enter_section(st, header.group('header'))
            elif st.cursect is None:
                raise MissingSectionHeaderError(fpname, st.lineno, line)
            else:
                self._option_line(st, clean, line)
        return st.errors

    def _blank_line(self, st, had_comment):
        if not self._empty_lines_in_values:
            st.indent_level = sys.maxsize      # a blank line ends the value
        elif (not had_comment and st.cursect is not None and st.optname
                and st.cursect[st.optname] is not None):
            st.cursect[st.optname].append('')  # joined with newlines later

    def _enter_section(self, st, name):
        st.sectname = name
        st.optname = None
        if name in self._sections:
            if self._strict and name in st.elements_added:
                raise DuplicateSectionError(name, st.source, st.lineno)
            st.cursect = self._sections[name]
        elif name == self.default_section:
            st.cursect = self._defaults
            return
        else:
            st.cursect = self._new_section(name)
        st.elements_added.add(name)

    def _option_line(self, st, clean, line):
        found = self._optcre.match(clean)
        if found is None:
            st.errors.append(ParsingError(st.source, st.lineno, line))
            return
        name, value = found.group('option', 'value')
        if not name:
            st.errors.append(ParsingError(st.source, st.lineno, line))
        name = st.optname = self.optionxform(name.rstrip())
        if self._strict and (st.sectname, name) in st.elements_added:
            raise DuplicateOptionError(st.sectname, name, st.source,
                                       st.lineno)
        st.elements_added.add((st.sectname, name))
        st.cursect[name] = None if value is None else [value.strip()]

    def _join_multiline_values(self):
        everything = itertools.chain(
            ((self.default_section, self._defaults),), self._sections.items())
        for section, options in everything:
            for name, value in options.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = self._interpolation.before_read(
                    self, section, name, value)

    # -- getting

    def _unify_values(self, section, vars):
        # vars, then the section, then the defaults.
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section.

        The option is looked up in `vars` (if given), `section` and the
        default section, in that order; `fallback`, if given, is returned
        when it is not found.  Values are interpolated unless `raw`.
        """
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        if option not in chain:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = chain[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value,
                                              chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars,
                             **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, proxy) pairs of the mapping;
        with one, its (option, value) pairs, defaults included."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Remove a section (never the default one) and return
        (name, proxy); KeyError when there is none."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration state.

        If `space_around_delimiters` is True (the default), delimiters
        between keys and values are surrounded by spaces.  Comments read
        are not written back.
        """
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section,
                                self._defaults.items(), delimiter)
        unnamed = self._sections.get(UNNAMED_SECTION)
        if unnamed:
            self._write_section(fp, UNNAMED_SECTION, unnamed.items(),
                                delimiter, unnamed=True)
        for name, options in self._sections.items():
            if name is not UNNAMED_SECTION:
                self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter,
                       unnamed=False):
        if not unnamed:
            fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            self._validate_key_contents(key)
            value = self._interpolation.before_write(self, section_name, key,
                                                     value)
            if value is None and self._allow_no_value:
                tail = ""
            else:
                text = str(value).replace('\r\n', '\n').replace('\r', '\n')
                tail = delimiter + text.replace('\n', '\n\t')
            fp.write("%s%s\n" % (key, tail))
        fp.write("\n")

    def _validate_key_contents(self, key):
        if re.match(self.SECTCRE, key):
            raise InvalidWriteError(
                "Cannot write key %s; begins with section pattern" % (key,))
        for delim in self._delimiters:
            if delim in key:
                raise InvalidWriteError(
                    "Cannot write key %s; contains delimiter %s"
                    % (key, delim))

    def _validate_value_types(self, *, section="", option="", value=""):
        if section is UNNAMED_SECTION:
            if not self._allow_unnamed_section:
                raise UnnamedSectionDisabledError
        elif not isinstance(section, str):
            raise TypeError("section names must be strings or UNNAMED_SECTION")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    # -- the mapping of sections

    def __getitem__(self, key):
        if key != self.default_section and key not in self._sections:
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return itertools.chain((self.default_section,), self._sections.keys())


class ConfigParser(RawConfigParser):
    """ConfigParser implementing interpolation."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option, checking its type and interpolation syntax."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a new section, checking that its name is a string."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # As read_dict, values made strings, but not interpolated.
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SectionProxy(MutableMapping):
    """A proxy for a single section from a parser."""

    def __init__(self, parser, name):
        """Creates a view on a section of the specified `name` in `parser`."""
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            method = getattr(parser, 'get' + conv)
            setattr(self, 'get' + conv, functools.partial(self.get,
                                                          _impl=method))

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not parser.has_option(self._name, key):
            raise KeyError(key)
        if not parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Get an option value; `fallback` (None unless given) when the
        option is not there."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars,
                      fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser: each name X gives the parser and its
    section proxies a getX() method.  The value is None for a getter the
    parser's class defines itself."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            method_name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: %s (type: %s)'
                             % (key, type(key)))
        if method_name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        setattr(self._parser, method_name, getter)
        for proxy in self._parser.values():
            setattr(proxy, method_name,
                    functools.partial(proxy.get, _impl=getter))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        for owner in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(owner, 'get' + key)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
