"""A powerful, extensible, and easy-to-use option parser.

Simple usage example:

   from optparse import OptionParser

   parser = OptionParser()
   parser.add_option("-f", "--file", dest="filename",
                     help="write report to FILE", metavar="FILE")
   parser.add_option("-q", "--quiet",
                     action="store_false", dest="verbose", default=True,
                     help="don't print status messages to stdout")

   (options, args) = parser.parse_args()
"""

# Layout: the errors; the help formatters; the value converters and
# Option; Values; the containers (OptionContainer, OptionGroup) and
# OptionParser, whose scan over the command line consumes `rargs` from
# the front, as callbacks expect to see it.

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE',
           'Values', 'OptionContainer', 'OptionGroup', 'OptionParser',
           'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
           'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

import os
import sys


def _(message):
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _repr(self):
    return "<%s at 0x%x: %s>" % (self.__class__.__name__, id(self), self)


# ---------------------------------------------------------------- errors

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """
    Raised if an Option instance is created with invalid or
    inconsistent arguments.
    """

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """
    Raised if conflicting options are added to an OptionParser.
    """


class OptionValueError(OptParseError):
    """
    Raised if an invalid option value is encountered on the command
    line.
    """


class BadOptionError(OptParseError):
    """
    Raised if an invalid option is seen on the command line.
    """

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """
    Raised if an ambiguous option is seen on the command line.
    """

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listed)


# ------------------------------------------------------------ formatting

def _terminal_width():
    # $COLUMNS when it is a number, else 80.
    text = os.environ.get('COLUMNS', '')
    try:
        return int(text)
    except ValueError:
        return 80


def _checked_delimiter(delim, allowed, kind):
    if delim in allowed:
        return "%s" + delim + "%s"
    raise ValueError("invalid metavar delimiter for %s options: %r"
                     % (kind, delim))


class HelpFormatter:
    """
    Abstract base class for formatting option help.  OptionParser
    instances should use one of the HelpFormatter subclasses for
    formatting help; by default IndentedHelpFormatter is used.
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width,
                 short_first):
        self.parser = None
        self.width = _terminal_width() - 2 if width is None else width
        width = self.width
        self.indent_increment = indent_increment
        # The help column stays 20 columns from the right edge at least.
        self.max_help_position = min(max_help_position,
                                     max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.current_indent = self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_long_opt_delimiter(self, delim):
        self._long_opt_fmt = _checked_delimiter(delim, ("=", " "), "long")

    def set_short_opt_delimiter(self, delim):
        self._short_opt_fmt = _checked_delimiter(delim, ("", " "), "short")

    def set_parser(self, parser):
        self.parser = parser

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    # What the subclasses give: the usage line and section headings.
    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """
        Format a paragraph of free-form text for inclusion in the
        help output at the current indentation level.
        """
        import textwrap
        lead = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=lead, subsequent_indent=lead)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is NO_DEFAULT or shown is None:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        # The option strings, padded to the help column when they fit
        # before it; else alone on their line, the help starting below.
        import textwrap
        names = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(names) > room:
            parts = [lead + names + "\n"]
            first_indent = self.help_position
        else:
            parts = [lead + names.ljust(room) + "  "]
            first_indent = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option),
                                  self.help_width)
            parts.append(" " * first_indent + lines[0] + "\n")
            parts.extend(" " * self.help_position + line + "\n"
                         for line in lines[1:])
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def store_option_strings(self, parser):
        # Measures every option (a group's one level deeper) to place the
        # help column.
        widest = 0
        self.indent()
        for option in parser.option_list:
            widest = max(widest, self._remember_strings(option))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                widest = max(widest, self._remember_strings(option))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def _remember_strings(self, option):
        text = self.format_option_strings(option)
        self.option_strings[option] = text
        return len(text) + self.current_indent

    def format_option_strings(self, option):
        """Return a comma-separated list of option strings & metavariables."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            meta = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, meta) for s in shorts]
            longs = [self._long_opt_fmt % (s, meta) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Format help with indented section bodies.
    """

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return "%s%s:\n" % (" " * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Format help with underlined section headers.
    """

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        underline = "=-"[self.level] * len(heading)
        return "%s\n%s\n" % (heading, underline)


# ------------------------------------------------------------ conversion

def _parse_num(val, type):
    # A 0x, 0b or 0 prefix chooses the base, as in C.
    head = val[:2].lower()
    if head == "0x":
        return type(val, 16)
    if head == "0b":
        return type(val[2:] or "0", 2)
    if val[:1] == "0":
        return type(val, 8)
    return type(val, 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, what = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r")
                               % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ", ".join(map(repr, option.choices))
    raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                           % (opt, value, listed))


# The default of an option given none (None is a default like others).
NO_DEFAULT = ("NO", "DEFAULT")


class Option:
    """
    Instance attributes:
      _short_opts : [string]
      _long_opts : [string]

      action : string
      type : string
      dest : string
      default : any
      nargs : int
      const : any
      choices : [string]
      callback : function
      callback_args : (any*)
      callback_kwargs : { string : any }
      help : string
      metavar : string
    """

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const',
             'choices', 'callback', 'callback_args', 'callback_kwargs',
             'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # The actions that store something at `dest`; those that need a type
    # (given or implied), those that always have one, those with a const.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin,
                    "float": check_builtin, "complex": check_builtin,
                    "choice": check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [text for text in opts if text]
        if not given:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts):
        for text in opts:
            if len(text) < 2:
                raise OptionError(
                    "invalid option string %r: "
                    "must be at least two characters long" % text, self)
            if len(text) == 2:
                if text[0] != "-" or text[1] == "-":
                    raise OptionError(
                        "invalid short option string %r: "
                        "must be of the form -x, (x any non-dash char)"
                        % text, self)
                self._short_opts.append(text)
            else:
                if text[:2] != "--" or text[2] == "-":
                    raise OptionError(
                        "invalid long option string %r: "
                        "must start with --, followed by non-dash" % text,
                        self)
                self._long_opts.append(text)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            fallback = NO_DEFAULT if name == 'default' else None
            setattr(self, name, attrs.pop(name, fallback))
        if attrs:
            raise OptionError("invalid keyword arguments: %s"
                              % ", ".join(sorted(attrs)), self)

    # ---- the checks run by the constructor, in CHECK_METHODS' order
    def _check_action(self):
        if self.action is None:
            self.action = "store"
        if self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        # A type may be given as the built-in itself: int, float, str...
        name = getattr(self.type, '__name__', self.type) \
            if isinstance(self.type, type) else self.type
        self.type = {"str": "string"}.get(name, name)
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r"
                              % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r"
                                  % self.type, self)
            return
        if self.choices is None:
            raise OptionError(
                "must supply a list of choices for type 'choice'", self)
        if not isinstance(self.choices, (tuple, list)):
            raise OptionError(
                "choices must be a list of strings ('%s' supplied)"
                % str(type(self.choices)).split("'")[1], self)

    def _check_dest(self):
        stores = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is not None or not stores:
            return
        if self._long_opts:
            self.dest = self._long_opts[0][2:].replace('-', '_')
        else:
            self.dest = self._short_opts[0][1]

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r"
                              % self.action, self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            if self.nargs is None:
                self.nargs = 1
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r"
                              % self.action, self)

    def _check_callback(self):
        if self.action != "callback":
            for name, text in (
                    ('callback', "callback supplied (%r) for non-callback "
                                 "option"),
                    ('callback_args', "callback_args supplied for "
                                      "non-callback option"),
                    ('callback_kwargs', "callback_kwargs supplied for "
                                        "non-callback option")):
                value = getattr(self, name)
                if value is not None:
                    raise OptionError(text % value if '%r' in text else text,
                                      self)
            return
        if not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback,
                              self)
        if not (self.callback_args is None
                or isinstance(self.callback_args, tuple)):
            raise OptionError("callback_args, if supplied, must be a tuple: "
                              "not %r" % self.callback_args, self)
        if not (self.callback_kwargs is None
                or isinstance(self.callback_kwargs, dict)):
            raise OptionError("callback_kwargs, if supplied, must be a dict: "
                              "not %r" % self.callback_kwargs, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def takes_value(self):
        return self.type is not None

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    # ---- processing a value
    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, one) for one in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values,
                                parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            item = value if action == "append" else self.const
            values.ensure_value(dest, []).append(item)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser,
                          *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            # Both print and end the program.
            (parser.print_help if action == "help"
             else parser.print_version)()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def _update_careful(self, dict):
        """
        Update the option values from an arbitrary dictionary, but only
        use keys from dict that already have a corresponding attribute
        in self.  Any keys in dict without a corresponding attribute
        are silently ignored.
        """
        for name in dir(self):
            if name in dict and dict[name] is not None:
                setattr(self, name, dict[name])

    def _update_loose(self, dict):
        """
        Update the option values from an arbitrary dictionary,
        using all keys from the dictionary regardless of whether
        they have a corresponding attribute in self or not.
        """
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        chosen = {"careful": self._update_careful,
                  "loose": self._update_loose}.get(mode)
        if chosen is None:
            raise ValueError("invalid update mode: %r" % mode)
        chosen(dict)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        found = {}
        with open(filename) as source:
            exec(source.read(), found)
        self._update(found, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ------------------------------------------------------------ containers

def _made_or_given(args, kwargs, factory, kind, wrong_kind):
    # add_option and add_option_group take either the arguments of a
    # new object, or one object already made.
    if isinstance(args[0], str):
        return factory(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    given = args[0]
    if not isinstance(given, kind):
        raise TypeError(wrong_kind % given)
    return given


class OptionContainer:
    """
    Abstract base class.

    Class attributes:
      standard_option_list : [Option]
        list of standard options that will be accepted by all instances
        of this parser class (intended to be overridden by subclasses).

    Instance attributes:
      option_list : [Option]
        the list of Option objects contained by this OptionContainer
      _short_opt : { string : Option }
        dictionary mapping short option strings, eg. "-f" or "-X",
        to the Option instances that implement them.  If an Option
        has multiple short option strings, it will appear in this
        dictionary multiple times. [1]
      _long_opt : { string : Option }
        dictionary mapping long option strings, eg. "--file" or
        "--exclude", to the Option instances that implement them.
        Again, a given Option can occur multiple times in this
        dictionary. [1]
      defaults : { string : any }
        dictionary mapping option destination names to default
        values for each destination [1]

    [1] These mappings are common to (shared by) all components of the
        controlling OptionParser, where they are initially created.

    """

    def __init__(self, option_class, conflict_handler, description):
        # The option list (and, for a parser, the tables) come first:
        # OptionGroup's takes its parser's.
        self._create_option_list()
        self.option_class = option_class
        self.set_description(description)
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    _TABLES = ('_short_opt', '_long_opt', 'defaults')

    def _share_option_mappings(self, parser):
        # A group registers its options in its parser's tables.
        for name in self._TABLES:
            setattr(self, name, getattr(parser, name))

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r"
                             % handler)
        self.conflict_handler = handler

    def get_description(self):
        return self.description

    def set_description(self, description):
        self.description = description

    def destroy(self):
        """see OptionParser.destroy()."""
        for name in self._TABLES:
            delattr(self, name)

    def _table_for(self, opt):
        return self._long_opt if opt.startswith("--") else self._short_opt

    def _check_conflict(self, option):
        clashes = [(opt, self._table_for(opt)[opt])
                   for opt in option._short_opts + option._long_opts
                   if opt in self._table_for(opt)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError(
                "conflicting option string(s): %s"
                % ", ".join(opt for opt, _other in clashes), option)
        for opt, other in clashes:
            # The newer option wins the string; an older option left
            # with none is dropped.
            mine = other._long_opts if opt.startswith("--") \
                else other._short_opts
            mine.remove(opt)
            del self._table_for(opt)[opt]
            if not (other._short_opts or other._long_opts):
                other.container.option_list.remove(other)

    def add_option(self, *args, **kwargs):
        """add_option(Option)
           add_option(opt_str, ..., kwarg=val, ...)
        """
        option = _made_or_given(args, kwargs, self.option_class, Option,
                                "not an Option instance: %r")
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        for opt in option._short_opts + option._long_opts:
            self._table_for(opt)[opt] = option
        dest = option.dest
        if dest is None:
            return option
        if option.default is NO_DEFAULT:
            self.defaults.setdefault(dest, None)
        else:
            self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for opt in option._short_opts + option._long_opts:
            del self._table_for(opt)[opt]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [formatter.format_option(option)
                 for option in self.option_list
                 if option.help is not SUPPRESS_HELP]
        return "".join(shown)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        pieces = []
        if self.description:
            pieces.append(self.format_description(formatter))
        if self.option_list:
            pieces.append(self.format_option_help(formatter))
        return "\n".join(pieces)


class OptionGroup(OptionContainer):

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class,
                                 parser.conflict_handler, description)
        self.title = title

    def set_title(self, title):
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def destroy(self):
        """see OptionParser.destroy()."""
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


def _match_abbrev(s, wordmap):
    """_match_abbrev(s : string, wordmap : {string : Option}) -> string

    Return the string key in 'wordmap' for which 's' is an unambiguous
    abbreviation.  If 's' is found to be ambiguous or doesn't match any of
    'words', raise BadOptionError.
    """
    if s in wordmap:
        return s
    found = sorted(word for word in wordmap if word.startswith(s))
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, found)


class OptionParser(OptionContainer):
    """
    Class attributes:
      standard_option_list : [Option]
        list of standard options that will be accepted by all instances
        of this parser class (intended to be overridden by subclasses).
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None,
                 epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler,
                                 description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = True
        self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """
        Declare that you are done with this OptionParser.  This cleans up
        reference cycles so the OptionParser (and all objects referenced by
        it) can be garbage-collected promptly.  After calling destroy(), the
        OptionParser is unusable.
        """
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        for name in ('option_list', 'option_groups', 'formatter'):
            delattr(self, name)

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # Standard options first, then the caller's, then --version and
        # --help.
        self.add_options(self.standard_option_list or ())
        self.add_options(option_list or ())
        for wanted, add in ((self.version, self._add_version_option),
                            (add_help, self._add_help_option)):
            if wanted:
                add()

    def _init_parsing_state(self):
        self.rargs = self.largs = self.values = None

    # ---- settings
    def set_usage(self, usage):
        if usage is None:
            usage = _("%prog [options]")
        elif usage is SUPPRESS_USAGE:
            usage = None
        elif usage.lower().startswith("usage: "):
            usage = usage[len("usage: "):]
        self.usage = usage

    def enable_interspersed_args(self):
        """Set parsing to not stop on the first non-option, allowing
        interspersing switches with command arguments. This is the
        default behavior. See also disable_interspersed_args() and the
        class documentation description of the attribute
        allow_interspersed_args."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Set parsing to stop on the first non-option. Use this if
        you have a command processor which runs another command that
        has options of its own and you want to make sure these options
        don't get confused.
        """
        self.allow_interspersed_args = False

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def set_default(self, dest, value):
        self.set_defaults(**{dest: value})

    def set_process_default_values(self, process):
        self.process_default_values = process

    def _get_all_options(self):
        every = list(self.option_list)
        for group in self.option_groups:
            every += group.option_list
        return every

    def get_default_values(self):
        if not self.process_default_values:
            # Old behaviour: the defaults exactly as given.
            return Values(self.defaults)
        found = dict(self.defaults)
        for option in self._get_all_options():
            value = found.get(option.dest)
            if isinstance(value, str):
                found[option.dest] = option.check_value(
                    option.get_opt_string(), value)
        return Values(found)

    # ---- groups
    def add_option_group(self, *args, **kwargs):
        group = _made_or_given(args, kwargs,
                               lambda *a, **k: OptionGroup(self, *a, **k),
                               OptionGroup, "not an OptionGroup instance: %r")
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is not None and option.container is not self:
            return option.container
        return None

    # ---- parsing
    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """
        parse_args(args : [string] = sys.argv[1:],
                   values : Values = None)
        -> (values : Values, args : [string])

        Parse the command-line options found in 'args' (default:
        sys.argv[1:]).  Any errors result in a call to 'error()', which
        by default prints the usage message to stderr and calls
        sys.exit() with an error message.  On success returns a pair
        (values, args) where 'values' is a Values instance (with all
        your option values) and 'args' is the list of arguments left
        over after parsing options.
        """
        self.rargs = rargs = self._get_args(args)
        self.values = values = (self.get_default_values() if values is None
                                else values)
        self.largs = largs = []
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """
        check_values(values : Values, args : [string])
        -> (values : Values, args : [string])

        Check that the supplied option values and leftover arguments are
        valid.  Returns the option values and leftover arguments
        (possibly adjusted, possibly completely new -- whatever you
        like).  Default implementation just returns the passed-in
        values; subclasses may override as desired.
        """
        return (values, args)

    def _process_args(self, largs, rargs, values):
        """_process_args(largs : [string],
                         rargs : [string],
                         values : Values)

        Process command-line arguments and populate 'values', consuming
        options and arguments from 'rargs'.  If 'allow_interspersed_args' is
        false, stop at the first non-option argument.  If true, accumulate any
        interspersed non-option arguments in 'largs'.
        """
        while rargs:
            head = rargs[0]
            if head == "--":
                del rargs[0]
                return
            if head.startswith("--"):
                self._process_long_opt(rargs, values)
            elif head.startswith("-") and head != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return

    def _match_long_opt(self, opt):
        """_match_long_opt(opt : string) -> string

        Determine which long option string 'opt' matches, ie. which one
        it is an unambiguous abbreviation for.  Raises BadOptionError if
        'opt' doesn't unambiguously match any long option string.
        """
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        # The arguments of an option that takes them, from the front of
        # rargs: one string, or a tuple of nargs strings.
        count = option.nargs
        if len(rargs) < count:
            self.error(ngettext("%(option)s option requires %(number)d "
                                "argument",
                                "%(option)s option requires %(number)d "
                                "arguments", count)
                       % {"option": opt, "number": count})
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        text = rargs.pop(0)
        attached = "=" in text
        if attached:
            text, value = text.split("=", 1)
            rargs.insert(0, value)
        opt = self._match_long_opt(text)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif attached:
            self.error(_("%s option does not take a value") % opt)
        else:
            value = None
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for place in range(1, len(cluster)):
            opt = "-" + cluster[place]
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster, if any, is the first argument.
            rest = cluster[place + 1:]
            if rest:
                rargs.insert(0, rest)
            option.process(opt, self._take_values(option, opt, rargs),
                           values, self)
            break

    # ---- output
    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def get_description(self):
        return self.expand_prog_name(self.description)

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        raise SystemExit(status)

    def error(self, msg):
        """error(msg : string)

        Print a usage message incorporating 'msg' to stderr and exit.
        If you override this in a subclass, it should not return -- it
        should either exit or raise an exception.
        """
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """print_usage(file : file = stdout)

        Print the usage message for the current program (self.usage) to
        'file' (default stdout).  Any occurrence of the string "%prog" in
        self.usage is replaced with the name of the current program
        (basename of sys.argv[0]).  Does nothing if self.usage is empty
        or not defined.
        """
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        """print_version(file : file = stdout)

        Print the version message for this program (self.version) to
        'file' (default stdout).  As with print_usage(), any occurrence
        of "%prog" in self.version is replaced by the current program's
        name.  Does nothing if self.version is empty or undefined.
        """
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        pieces = [formatter.format_heading(_("Options"))]
        formatter.indent()
        if self.option_list:
            pieces.append(OptionContainer.format_option_help(self, formatter))
            pieces.append("\n")
        for group in self.option_groups:
            pieces.append(group.format_help(formatter))
            pieces.append("\n")
        formatter.dedent()
        # The last separator is not printed.
        return "".join(pieces[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        pieces = []
        if self.usage:
            pieces.append(self.get_usage() + "\n")
        if self.description:
            pieces.append(self.format_description(formatter) + "\n")
        pieces.append(self.format_option_help(formatter))
        pieces.append(self.format_epilog(formatter))
        return "".join(pieces)

    def print_help(self, file=None):
        """print_help(file : file = stdout)

        Print an extended help message, listing all options and any
        help text provided with them, to 'file' (default stdout).
        """
        (file or sys.stdout).write(self.format_help())


make_option = Option
