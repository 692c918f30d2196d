"""Command-line parsing library

This module is an optparse-inspired command-line parsing library that:

    - handles both optional and positional arguments
    - produces highly informative usage messages
    - supports parsers that dispatch to sub-parsers
"""

# Layout of this file:
#   * constants, Namespace and the errors;
#   * the Action classes (one per `action=` name) and FileType;
#   * the help formatters, which collect sections lazily and render them
#     once every argument's invocation width is known;
#   * the containers (parser, argument group, exclusive group) that
#     register actions;
#   * ArgumentParser, whose parsing is done by a `_Scan` object built per
#     call (it holds the state of one run over the command line).

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# The special values of nargs, and the marker of what is not to be shown
# or stored.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
SUPPRESS = '==SUPPRESS=='
# Where a sub-parser leaves the strings it did not recognise.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    return text


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _identity(value):
    return value


def _prog_name(prog=None):
    if prog is not None:
        return prog
    argv0 = _sys.argv[0] if _sys.argv else ''
    main = _sys.modules.get('__main__')
    spec = getattr(main, '__spec__', None)
    if spec is not None and spec.name and argv0 and not argv0.endswith('.py'):
        pass
    if spec is not None and getattr(spec, 'name', None):
        name = spec.name
        if name.endswith('.__main__'):
            name = name[:-len('.__main__')]
        return '%s -m %s' % (_os.path.basename(_sys.executable or 'python'),
                             name)
    return _os.path.basename(argv0)


def _copy_items(items):
    # A list default is shared with the parser: grow a copy, never it.
    if type(items) is list:
        return list(items)
    if items is None:
        return []
    from copy import copy
    return copy(items)


class _AttributeHolder(object):
    """Abstract base class that provides __repr__.

    The __repr__ method returns a string in the format::
        ClassName(attr=name, attr=name, ...)
    The attributes are determined either by a class-level attribute,
    '_kwarg_names', or by inspecting the instance __dict__.
    """

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """Simple object for storing attributes.

    Implements equality by attribute names and values, and provides a simple
    string representation.
    """

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __contains__(self, key):
        return key in vars(self)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _get_action_name(argument):
    """The name an error message gives an action (None when it has none)."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        meta = argument.metavar
        if isinstance(meta, tuple):
            meta = ', '.join(meta)
        return meta
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional).

    The string value of this exception is the message, augmented with
    information about the argument that caused it.
    """

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        if self.argument_name is not None:
            return 'argument %s: %s' % (self.argument_name, self.message)
        return self.message


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""
    pass


# ---------------------------------------------------------------- actions

class Action(_AttributeHolder):
    """Information about how to convert command line strings to Python objects.

    Action objects are used by an ArgumentParser to represent the information
    needed to parse a single argument from one or more strings from the
    command line. The keyword arguments to the Action constructor are also
    all attributes of Action instances.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        given = (option_strings, dest, nargs, const, default, type, choices,
                 required, help, metavar, deprecated)
        for field, value in zip(self._FIELDS, given):
            setattr(self, field, value)

    # The constructor's parameters, in order: the attributes repr() shows.
    _FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
               'type', 'choices', 'required', 'help', 'metavar',
               'deprecated')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                if opt.startswith('--no-'):
                    raise ValueError('invalid option name %r '
                                     'for BooleanOptionalAction' % opt)
                both.append('--no-' + opt[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0,
                         default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest,
                    not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


_INSTEAD_OF_ZERO = {
    'store': 'if you have nothing to store, actions such as store true or '
             'store const may be more appropriate',
    'append': 'if arg strings are not supplying the value to append, the '
              'append const action may be more appropriate',
}


def _check_storing_nargs(kind, nargs, const):
    # The actions that store their arguments need at least one of them,
    # and accept a const only as the value of a lone option (nargs='?').
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; %s'
                         % (kind, _INSTEAD_OF_ZERO[kind]))
    if not (const is None or nargs == OPTIONAL):
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_storing_nargs('store', nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help, deprecated=deprecated)


def _append_to(namespace, dest, additions):
    # A list default is shared with the parser: copy it before growing.
    current = _copy_items(getattr(namespace, dest, None))
    current.extend(additions)
    setattr(namespace, dest, current)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_storing_nargs('append', nargs, const)
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        _append_to(namespace, self.dest, [values])


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        _append_to(namespace, self.dest, [self.const])


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help=None, deprecated=False):
        if help is None:
            help = _("show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help, deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        _append_to(namespace, self.dest, values)


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):
        # Stands for one sub-command in the help's list of sub-commands.

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ValueError('conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ValueError('conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            entry = self._ChoicesPseudoAction(name, aliases,
                                              kwargs.pop('help'))
            self._choices_actions.append(entry)
        parser = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = parser
        if deprecated:
            self._deprecated.update((name,) + tuple(aliases))
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        chosen = self._name_parser_map.get(command)
        if chosen is None:
            raise ArgumentError(
                self, _('unknown parser %(parser_name)r (choices: '
                        '%(choices)s)') % {
                    'parser_name': command,
                    'choices': ', '.join(self._name_parser_map)})
        if command in self._deprecated:
            parser._warning(_("command '%(parser_name)s' is deprecated")
                            % {'parser_name': command})
        sub_ns, leftover = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftover)


class FileType(object):
    """Deprecated factory for creating file object types

    Instances of FileType are typically passed as type= arguments to the
    ArgumentParser add_argument() method.

    Keyword Arguments:
        - mode -- A string indicating how the file is to be opened. Accepts the
            same values as the builtin open() function.
        - bufsize -- The file's desired buffer size. Accepts the same values as
            the builtin open() function.
        - encoding -- The file's encoding. Accepts the same values as the
            builtin open() function.
        - errors -- A string indicating how encoding and decoding errors are to
            be handled. Accepts the same value as the builtin open() function.
    """

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        import warnings
        warnings.warn(
            "FileType is deprecated. Simply open files after parsing "
            "arguments.", category=PendingDeprecationWarning, stacklevel=2)
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def _standard_stream(self):
        # '-' names stdin for reading, stdout for writing.
        mode = self._mode
        if 'r' in mode:
            chosen = _sys.stdin
        elif set(mode) & set('wax'):
            chosen = _sys.stdout
        else:
            raise ValueError(_('argument "-" with mode %r') % mode)
        return chosen.buffer if 'b' in mode else chosen

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': exc})

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        for key, value in (('encoding', self._encoding),
                           ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

# ------------------------------------------------------------ formatting

_SPACES = _re.compile(r'\s+', _re.ASCII)


class _Heading(object):
    # One titled part of the help. Its entries are callables returning text,
    # called only at the end, once the widest invocation is known.

    def __init__(self, outer, title):
        self.outer = outer
        self.title = title
        self.entries = []


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings.

    Only the name of this class is considered a public API. All the methods
    provided by the class are considered an implementation detail.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None, color=True):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # The help column: never further than 20 columns from the right
        # edge, nor nearer the left than two indentation steps.
        floor = max(width - 20, 2 * indent_increment)
        self._max_help_position = min(max_help_position, floor)
        self._current_indent = self._level = 0
        self._action_max_length = 0
        self._root_section = _Heading(None, None)
        self._current_section = self._root_section
        self._set_color(color)

    def _set_color(self, color):
        self._palette = _plain_palette() if not color else _pick_palette()

    # ---- building the outline
    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.entries.append(lambda: func(*args))

    def start_section(self, heading):
        self._indent()
        section = _Heading(self._current_section, heading)
        self._add_item(self._render_heading, [section, self._current_indent])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.outer
        self._dedent()

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._format_action_invocation(action))
                  + self._current_indent]
        for sub in self._iter_indented_subactions(action):
            widths.append(len(self._format_action_invocation(sub))
                          + self._current_indent)
        self._action_max_length = max([self._action_max_length] + widths)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # ---- rendering
    def format_help(self):
        text = self._render_entries(self._root_section)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    def _render_entries(self, section):
        return self._join_parts([entry() for entry in section.entries])

    def _render_heading(self, section, indent):
        # The heading's own indentation is one step less than its entries'.
        saved = self._current_indent
        self._current_indent = indent
        body = self._render_entries(section)
        self._current_indent = saved
        if not body:
            return ''
        if section.title is SUPPRESS or section.title is None:
            return '\n' + body + '\n'
        pal = self._palette
        title = '%*s%s%s:%s\n' % (indent - self._indent_increment, '',
                                  pal.heading, section.title, pal.reset)
        return '\n' + title + body + '\n'

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        room = max(self._width - self._current_indent, 11)
        lead = ' ' * self._current_indent
        return self._fill_text(text, room, lead) + '\n\n'

    # ---- usage
    #
    # The usage is built from words, each a pair (plain, shown): the plain
    # text decides the wrapping, the shown one (coloured when colour is
    # on) is printed.
    def _format_usage(self, usage, actions, groups, prefix):
        pal = self._palette
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            painted = pal.prog + self._prog + pal.reset + pal.prog_extra
            shown = pal.prog_extra + usage % dict(prog=painted) + pal.reset
        elif not actions:
            shown = pal.prog + self._prog + pal.reset
        else:
            shown = self._build_usage(actions, groups, prefix)
        return '%s%s%s%s\n\n' % (pal.usage, prefix, pal.reset, shown)

    def _build_usage(self, actions, groups, prefix):
        pal = self._palette
        prog = (self._prog, pal.prog + self._prog + pal.reset)
        front = [a for a in actions if a.option_strings]
        back = [a for a in actions if not a.option_strings]
        opt_units = self._usage_units(front, back, groups, False)
        pos_units = self._usage_units(front, back, groups, True)
        every = [prog] + opt_units + pos_units
        room = self._width - self._current_indent
        if len(prefix) + len(' '.join(u[0] for u in every)) <= room:
            return ' '.join(u[1] for u in every)
        return '\n'.join(self._wrap_usage(prog, opt_units, pos_units,
                                           prefix, room))

    def _wrap_usage(self, prog, opt_units, pos_units, prefix, room):
        if len(prefix) + len(prog[0]) <= 0.75 * room:
            lead = ' ' * (len(prefix) + len(prog[0]) + 1)
            if opt_units:
                lines = _pack_units([prog] + opt_units, lead, room,
                                    len(prefix))
                lines += _pack_units(pos_units, lead, room)
            elif pos_units:
                lines = _pack_units([prog] + pos_units, lead, room,
                                    len(prefix))
            else:
                lines = [prog[1]]
            return lines
        lead = ' ' * len(prefix)
        lines = _pack_units(opt_units + pos_units, lead, room)
        if len(lines) > 1:
            lines = (_pack_units(opt_units, lead, room)
                     + _pack_units(pos_units, lead, room))
        return [prog[1]] + lines

    def _usage_units(self, front, back, groups, positional_side):
        """The words of the usage for one side (options or positionals).

        An exclusive group is written once, as a whole, on the side of its
        first positional member if it has one, else on the options' side.
        """
        home = {}
        for group in groups:
            members = group._group_actions
            home[id(group)] = any(not a.option_strings for a in members)
        group_of = {}
        for group in groups:
            for member in group._group_actions:
                group_of.setdefault(id(member), group)
        units = []
        done = set()
        for action in (back if positional_side else front):
            group = group_of.get(id(action))
            if group is not None and home[id(group)] == positional_side:
                if id(group) not in done:
                    done.add(id(group))
                    units.extend(self._group_units(group))
            elif group is not None and len(group._group_actions) > 1:
                continue
            elif action.help is not SUPPRESS:
                plain, shown = self._action_usage(action)
                if action.option_strings and not action.required:
                    plain, shown = '[%s]' % plain, '[%s]' % shown
                units.append((plain, shown))
        return units

    def _group_units(self, group):
        visible = [a for a in group._group_actions if a.help is not SUPPRESS]
        if not visible:
            return []
        words = []
        for member in visible:
            plain, shown = self._action_usage(member, in_group=True)
            words.append([plain, shown])
        if len(words) == 1:
            if group.required or not visible[0].option_strings:
                return [tuple(words[0])]
            return [('[%s]' % words[0][0], '[%s]' % words[0][1])]
        opening, closing = ('(', ')') if group.required else ('[', ']')
        for word in words[:-1]:
            word[0] += ' |'
            word[1] += ' |'
        for k in (0, 1):
            words[0][k] = opening + words[0][k]
            words[-1][k] += closing
        return [tuple(word) for word in words]

    def _action_usage(self, action, in_group=False):
        """One action's usage word, plain and shown, without the brackets
        of an optional option."""
        pal = self._palette
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            plain = self._format_args(action, default)
            # Inside a group, a positional loses its optional brackets.
            if in_group and plain[:1] == '[' and plain[-1:] == ']':
                plain = plain[1:-1]
            return plain, pal.summary_action + plain + pal.reset
        flag = action.format_usage()
        tint = (pal.summary_short if len(action.option_strings[0]) == 2
                else pal.summary_long)
        if action.nargs == 0:
            return flag, tint + flag + pal.reset
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ('%s %s' % (flag, args),
                '%s%s %s%s%s' % (tint, flag, pal.summary_label, args,
                                 pal.reset))

    # ---- one argument's entry
    def _format_action(self, action):
        """One argument's entry: its invocation, then its help either on
        the same line (at the help column) or, if the invocation is too
        wide, on the lines below; then its sub-actions, indented."""
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        shown = ' ' * self._current_indent + \
            self._paint_invocation(action, header)
        if not action.help:
            out = [shown + '\n']
        else:
            beside = len(header) <= action_width
            if beside:
                first = shown + ' ' * (action_width - len(header) + 2)
            else:
                first = shown + '\n' + ' ' * help_position
            lines = []
            if action.help.strip():
                lines = self._split_lines(self._expand_help(action),
                                          help_width)
            if lines:
                out = [first + lines[0] + '\n']
                out += [' ' * help_position + more + '\n'
                        for more in lines[1:]]
            elif beside:
                out = [first + '\n']
            else:
                out = [shown + '\n']
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _paint_invocation(self, action, header):
        # The invocation as shown; its plain text is `header`.
        pal = self._palette
        if not pal.reset:
            return header
        if not action.option_strings:
            return pal.action + header + pal.reset
        names = ', '.join(
            (pal.short if len(name) == 2 else pal.long) + name + pal.reset
            for name in action.option_strings)
        if action.nargs == 0:
            return names
        default = self._get_default_metavar_for_optional(action)
        return '%s %s%s%s' % (names, pal.label,
                              self._format_args(action, default), pal.reset)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return '%s %s' % (', '.join(action.option_strings), args)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join(map(str, action.choices))
        else:
            name = default_metavar

        def spread(count):
            if isinstance(name, tuple):
                return name
            return (name,) * count
        return spread

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            meta = names(1)
            if len(meta) == 2:
                return '[%s [%s ...]]' % meta
            return '[%s ...]' % meta
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            spaces = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(spaces) % names(nargs)

    def _expand_help(self, action):
        values = {}
        for key, value in vars(action).items():
            if value is SUPPRESS:
                continue
            if hasattr(value, '__name__'):
                value = value.__name__
            values[key] = value
        values['prog'] = self._prog
        if values.get('choices') is not None:
            values['choices'] = ', '.join(map(str, values['choices']))
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        listing = getattr(action, '_get_subactions', None)
        if listing is None:
            return
        self._indent()
        try:
            yield from listing()
        finally:
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_SPACES.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    # Hooks the formatter classes below override.
    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()


def _pack_units(units, lead, room, first_width=None):
    """Fills lines of at most `room` columns with the usage words `units`
    (pairs: plain text, shown text).

    Every line starts with `lead`, except the first when `first_width`
    is given: that line continues after a prefix of that width and is
    returned without the lead.
    """
    lines = []
    current = []
    used = (first_width if first_width is not None else len(lead)) - 1
    for plain, shown in units:
        if current and used + 1 + len(plain) > room:
            lines.append(lead + ' '.join(current))
            current = []
            used = len(lead) - 1
        current.append(shown)
        used += len(plain) + 1
    if current:
        lines.append(lead + ' '.join(current))
    if first_width is not None and lines:
        lines[0] = lines[0][len(lead):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Help message formatter which retains any formatting in descriptions.

    Only the name of this class is considered a public API. All the methods
    provided by the class are considered an implementation detail.
    """

    def _fill_text(self, text, width, indent):
        lines = text.splitlines(True)
        return ''.join([indent + line for line in lines])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help message formatter which retains formatting of all help text.

    Only the name of this class is considered a public API. All the methods
    provided by the class are considered an implementation detail.
    """

    def _split_lines(self, text, width):
        return list(text.splitlines())


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help message formatter which adds default values to argument help.

    Only the name of this class is considered a public API. All the methods
    provided by the class are considered an implementation detail.
    """

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += _(' (default: %(default)s)')
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Help message formatter which uses the argument 'type' as the default
    metavar value (instead of the argument 'dest')

    Only the name of this class is considered a public API. All the methods
    provided by the class are considered an implementation detail.
    """

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


class _Palette(object):
    # The escape sequences the help and error texts are drawn with; all
    # empty when colour is off.
    names = ('usage', 'prog', 'prog_extra', 'heading', 'summary_long',
             'summary_short', 'summary_label', 'summary_action', 'long',
             'short', 'label', 'action', 'error', 'warning', 'message',
             'reset')

    def __init__(self, **codes):
        for name in self.names:
            setattr(self, name, codes.get(name, ''))


def _plain_palette():
    return _Palette()


def _pick_palette():
    # Colour is decided by the same variables the traceback colouring
    # obeys; help goes to stdout, so that is the stream examined.
    if not _colour_wanted(_sys.stdout):
        return _plain_palette()
    return _Palette(
        usage='\x1b[1;34m', prog='\x1b[1;35m', prog_extra='\x1b[35m',
        heading='\x1b[1;34m', summary_long='\x1b[36m',
        summary_short='\x1b[32m', summary_label='\x1b[33m',
        summary_action='\x1b[32m', long='\x1b[1;36m', short='\x1b[1;32m',
        label='\x1b[1;33m', action='\x1b[1;32m', error='\x1b[1;31m',
        warning='\x1b[1;33m', message='\x1b[35m', reset='\x1b[0m')


def _colour_wanted(stream):
    # The rules of CPython's colouring: PYTHON_COLORS (unless -E), then
    # NO_COLOR, FORCE_COLOR, TERM=dumb, and last whether it is a terminal.
    env = _os.environ
    if not _sys.flags.ignore_environment:
        choice = env.get('PYTHON_COLORS')
        if choice in ('0', '1'):
            return choice == '1'
    if env.get('NO_COLOR'):
        return False
    if env.get('FORCE_COLOR'):
        return True
    if env.get('TERM') == 'dumb':
        return False
    try:
        return _os.isatty(stream.fileno())
    except (AttributeError, ValueError, OSError):
        return bool(getattr(stream, 'isatty', lambda: False)())


# ------------------------------------------------------------ containers

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction),
                ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()
        # The tables a parser shares with its groups (see _ArgumentGroup).
        self._actions, self._option_string_actions = [], {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        # Holds True once an option looks like a negative number: '-1' is
        # then an option string, not an argument.
        self._has_negative_number_optionals = []
        self._action_groups = []
        self._negative_number_matcher = _re.compile(r'-\.?\d')

    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.setdefault(registry_name, {}).get(value,
                                                                  default)

    def get_default(self, dest):
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def set_defaults(self, **kwargs):
        for action in self._actions:
            action.default = kwargs.get(action.dest, action.default)
        self._defaults.update(kwargs)

    def add_argument(self, *args, **kwargs):
        """
        add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1
                                  and args[0][:1] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise TypeError('dest supplied twice for positional argument,'
                                ' did you mean metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action {!r}'.format(action_class))
        action = action_class(**kwargs)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise TypeError('{!r} is not callable'.format(converter))
        if converter is FileType:
            raise TypeError('{!r} is a FileType class object, instance of it'
                            ' must be passed'.format(converter))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match '
                                 'nargs') from None
        self._check_help(action)
        return self._add_action(action)

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        self._option_string_actions.update(
            (name, action) for name in action.option_strings)
        negative = self._negative_number_matcher.match
        if any(negative(name) for name in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copies a parent's arguments, keeping them in groups of the same
        # titles (created here when missing) and its exclusive groups.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title,))
            by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            if group._container is container:
                target = self
            else:
                target = destination[group._group_actions[0]] \
                    if group._group_actions else self
            copy_group = target.add_mutually_exclusive_group(
                required=group.required)
            for action in group._group_actions:
                destination[action] = copy_group
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for "
                            "positionals")
        nargs = kwargs.get('nargs')
        if nargs == 0:
            raise ValueError('nargs for positionals must be != 0')
        if nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        long_forms = []
        for text in args:
            if not text or text[0] not in self.prefix_chars:
                raise ValueError(
                    'invalid option string %(option)r: must start with a '
                    'character %(prefix_chars)r' % {
                        'option': text, 'prefix_chars': self.prefix_chars})
            if len(text) > 1 and text[1] in self.prefix_chars:
                long_forms.append(text)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_forms[0] if long_forms else args[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise TypeError('dest= is required for options like %r'
                                % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        chosen = kwargs.pop('action', default)
        return self._registry_get('action', chosen, chosen)

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        try:
            return getattr(self, name)
        except AttributeError:
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler) from None

    def _check_conflict(self, action):
        clashes = []
        for option_string in action.option_strings:
            other = self._option_string_actions.get(option_string)
            if other is not None:
                clashes.append((option_string, other))
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        names = [name for name, _other in conflicting_actions]
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s', len(names))
        raise ArgumentError(action, message % ', '.join(names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, other in conflicting_actions:
            other.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not other.option_strings:
                other.container._remove_action(other)

    def _check_help(self, action):
        if action.help and hasattr(self, '_get_formatter'):
            formatter = self._get_formatter()
            try:
                formatter._expand_help(action)
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError('badly formed help string') from exc


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        if 'prefix_chars' in kwargs:
            import warnings
            warnings.warn("The use of the undocumented 'prefix_chars' "
                          "parameter in ArgumentParser.add_argument_group() "
                          "is deprecated.", DeprecationWarning, stacklevel=3)
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group shares its parser's tables, so that what is added through
        # it is known to the parser.
        for table in self._SHARED:
            setattr(self, table, getattr(container, table))

    _SHARED = ('_registries', '_actions', '_option_string_actions',
               '_defaults', '_has_negative_number_optionals',
               '_mutually_exclusive_groups')

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        raise ValueError('argument groups cannot be nested')


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        # The action goes to the container's group of its kind; this
        # group only lists it.
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be '
                               'optional'))
        self._group_actions.append(self._container._add_action(action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError('mutually exclusive groups cannot be nested')


# ---------------------------------------------------------------- parser

def _ambiguity_check(arg_string, candidates):
    if len(candidates) > 1:
        names = ', '.join(c[1] for c in candidates)
        raise ArgumentError(None, _('ambiguous option: %(option)s could '
                                    'match %(matches)s')
                            % {'option': arg_string, 'matches': names})


def _nargs_pattern(nargs, positional):
    """The regular expression, over the letters O (an option), A (an
    argument) and - (the `--` marker), that one action's arguments match."""
    if nargs == REMAINDER:
        body = '([-AO]*)'
    elif nargs == PARSER:
        body = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        body = '(-*-*)'
    elif isinstance(nargs, int) and not positional:
        # An option with a count of arguments takes that many strings,
        # even ones that look like options.
        return '(%s)' % ('[AO]' * nargs)
    else:
        core = {None: 'A', OPTIONAL: 'A?', ZERO_OR_MORE: '[A-]*',
                ONE_OR_MORE: 'A[A-]*'}.get(nargs)
        if core is None:
            core = '-*'.join('A' * nargs)
        body = '(-*%s-*)' % core
    if not positional:
        body = body.replace('-*', '').replace('-', '')
    return body


class _Scan(object):
    """One run of a parser over a list of strings.

    `kinds` has one letter per string: 'O' for what looks like an option,
    'A' for an argument, '-' for the first '--' (everything after it is an
    argument).  The run alternates between the options it meets and the
    positionals that fit the arguments before them.
    """

    def __init__(self, parser, strings, namespace, intermixed):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.intermixed = intermixed
        self.extras = []
        self.extra_places = []    # each extra's index among the strings
        self.pending = []
        self.seen = set()
        self.seen_set = set()
        self.warned = set()
        self.positionals = parser._get_positional_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(
                    members[:i] + members[i + 1:])
        self.found = {}
        letters = []
        after_marker = False
        for index, text in enumerate(strings):
            if after_marker:
                letters.append('A')
            elif text == '--':
                letters.append('-')
                after_marker = True
            else:
                found = parser._option_candidates(text)
                if found is None:
                    letters.append('A')
                else:
                    self.found[index] = found
                    letters.append('O')
        self.kinds = ''.join(letters)

    def run(self):
        where = 0
        option_places = sorted(self.found)
        last_option = option_places[-1] if option_places else -1
        while where <= last_option:
            upcoming = min(i for i in option_places if i >= where)
            if where != upcoming:
                if self.intermixed:
                    self.pending.extend(range(where, upcoming))
                    where = upcoming
                else:
                    stop = self.eat_positionals(where, final=False)
                    if stop > where:
                        where = stop
                        continue
                    where = stop
            if where not in self.found:
                for index in range(where, upcoming):
                    self.leave(index, self.strings[index])
                where = upcoming
            where = self.eat_option(where)
        if self.intermixed:
            self.pending.extend(range(where, len(self.strings)))
            self.eat_pending()
        else:
            stop = self.eat_positionals(where, final=True)
            for index in range(stop, len(self.strings)):
                self.leave(index, self.strings[index])
        self.finish()
        # What was not recognised is returned in the order it was given
        # (intermixed parsing finds leftover positionals last).
        order = sorted(range(len(self.extras)),
                       key=self.extra_places.__getitem__)
        return self.namespace, [self.extras[i] for i in order]

    def leave(self, index, text):
        self.extras.append(text)
        self.extra_places.append(index)

    def take(self, action, arguments, option_string=None):
        self.seen.add(action)
        value = self.parser._get_values(action, arguments)
        # An option counts as given whatever its value; a positional only
        # when it took strings (an empty '?' or '*' one always matches).
        if action.option_strings or arguments:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(
                        action, _('not allowed with argument %s')
                        % _get_action_name(rival))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, option_string)

    def eat_option(self, where):
        """Handles the option at `where`; returns the index after it."""
        parser = self.parser
        candidates = self.found[where]
        _ambiguity_check(self.strings[where], candidates)
        action, option_string, sep, attached = candidates[0]
        steps = []
        while True:
            if action is None:
                self.leave(where, self.strings[where])
                end = where + 1
                break
            if attached is None:
                start = where + 1
                count = parser._match_argument(action, self.kinds[start:])
                end = start + count
                steps.append((action, self.strings[start:end],
                              option_string))
                break
            count = parser._match_argument(action, 'A')
            short = option_string[1] not in parser.prefix_chars
            if count == 0 and short and attached != '':
                # A cluster of single-letter flags, such as -xyz.
                if sep or attached[0] in parser.prefix_chars:
                    raise ArgumentError(action, _('ignored explicit argument '
                                                  '%r') % attached)
                steps.append((action, [], option_string))
                option_string = option_string[0] + attached[0]
                rest = attached[1:]
                following = parser._option_string_actions.get(option_string)
                if following is None:
                    self.leave(where, option_string + rest)
                    end = where + 1
                    break
                action = following
                sep = None
                attached = rest if rest else None
                if rest[:1] == '=':
                    sep, attached = '=', rest[1:]
                continue
            if count == 1:
                steps.append((action, [attached], option_string))
                end = where + 1
                break
            raise ArgumentError(action, _('ignored explicit argument %r')
                                % attached)
        for action, arguments, option_string in steps:
            if action.deprecated and option_string not in self.warned:
                parser._warning(_("option '%(option)s' is deprecated")
                                % {'option': option_string})
                self.warned.add(option_string)
            self.take(action, arguments, option_string)
        return end

    def eat_positionals(self, where, final):
        counts = self.parser._match_arguments_partial(self.positionals,
                                                      self.kinds[where:])
        if not final:
            # A positional that would take nothing here waits: arguments
            # after the next option may still be its.
            while counts and counts[-1] == 0 and \
                    self.positionals[len(counts) - 1].nargs in (
                        OPTIONAL, ZERO_OR_MORE):
                counts.pop()
        for action, count in zip(self.positionals, counts):
            arguments = self.strings[where:where + count]
            if action.nargs == PARSER:
                if self.kinds[where:where + 1] == '-':
                    arguments.remove('--')
            elif action.nargs != REMAINDER:
                if '-' in self.kinds[where:where + count]:
                    arguments.remove('--')
            where += count
            if arguments and action.deprecated and \
                    action.dest not in self.warned:
                self.parser._warning(_("argument '%(argument_name)s' is "
                                       "deprecated")
                                     % {'argument_name': action.dest})
                self.warned.add(action.dest)
            self.take(action, arguments)
        del self.positionals[:len(counts)]
        return where

    def eat_pending(self):
        # Intermixed parsing: the arguments left between the options are
        # given to the positionals together, once every option is done.
        picked = self.pending
        strings, kinds = self.strings, self.kinds
        self.strings = [strings[i] for i in picked]
        self.kinds = ''.join(kinds[i] for i in picked)
        stop = self.eat_positionals(0, final=True)
        for index in picked[stop:]:
            self.leave(index, strings[index])
        self.strings, self.kinds = strings, kinds

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str)
                  and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace,
                                                action.dest)):
                # A string default is converted as the string would be.
                setattr(self.namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, _('the following arguments are '
                                        'required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_set for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            raise ArgumentError(None, _('one of the arguments %s is '
                                        'required') % ' '.join(names))


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects.

    Keyword Arguments:
        - prog -- The name of the program (default:
            ``os.path.basename(sys.argv[0])``)
        - usage -- A usage message (default: auto-generated from arguments)
        - description -- A description of what the program does
        - epilog -- Text following the argument descriptions
        - parents -- Parsers whose arguments should be copied into this one
        - formatter_class -- HelpFormatter class for printing help messages
        - prefix_chars -- Characters that prefix optional arguments
        - fromfile_prefix_chars -- Characters that prefix files containing
            additional arguments
        - argument_default -- The default value for all arguments
        - conflict_handler -- String indicating how to handle conflicts
        - add_help -- Add a -h/-help option
        - allow_abbrev -- Allow long options to be abbreviated unambiguously
        - exit_on_error -- Determines whether or not ArgumentParser exits with
            error info when an error occurs
        - suggest_on_error - Enables suggestions for mistyped argument choices
            and subparser names (default: ``False``)
        - color - Allow color output in help messages (default: ``False``)
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True, *, suggest_on_error=False, color=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        vars(self).update(
            prog=_prog_name(prog), usage=usage, epilog=epilog,
            formatter_class=formatter_class,
            fromfile_prefix_chars=fromfile_prefix_chars, add_help=add_help,
            allow_abbrev=allow_abbrev, exit_on_error=exit_on_error,
            suggest_on_error=suggest_on_error, color=color)
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)
        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        fields = ('prog', 'usage', 'description', 'formatter_class',
                  'conflict_handler', 'add_help')
        return [(f, getattr(self, f)) for f in fields]

    # ---- sub-commands
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ValueError(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        # A title or a description gives the sub-commands a section of
        # their own in the help; else they are listed as positionals.
        self._subparsers = self._positionals
        if {'title', 'description'} & kwargs.keys():
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', _('subcommands')),
                kwargs.pop('description', None))
        if kwargs.get('prog') is None:
            # The sub-commands' prog is this parser's usage up to the
            # sub-command: its prog and the positionals before it.
            formatter = self._get_formatter()
            formatter._set_color(False)
            formatter.add_usage(None, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        return self._subparsers._add_action(action)

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # ---- entry points
    def parse_args(self, args=None, namespace=None):
        args, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self._reject_leftover(leftover)
        return args

    def _reject_leftover(self, leftover):
        message = _('unrecognized arguments: %s') % ' '.join(leftover)
        if self.exit_on_error:
            self.error(message)
        raise ArgumentError(None, message)

    def parse_known_args(self, args=None, namespace=None):
        return self._parse_known_args2(args, namespace, intermixed=False)

    def _seed_namespace(self, namespace):
        # Every destination starts with its default, unless the namespace
        # given already has a value there.
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

    def _parse_known_args2(self, args, namespace, intermixed):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        self._seed_namespace(namespace)
        try:
            namespace, leftover = self._parse_known_args(strings, namespace,
                                                         intermixed)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # What sub-parsers did not recognise is the caller's too.
        leftover.extend(vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, ()))
        return namespace, leftover

    def _parse_known_args(self, arg_strings, namespace, intermixed):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        scan = _Scan(self, arg_strings, namespace, intermixed)
        return scan.run()

    def parse_intermixed_args(self, args=None, namespace=None):
        args, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self._reject_leftover(leftover)
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        for action in self._get_positional_actions():
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % action.nargs)
        return self._parse_known_args2(args, namespace, intermixed=True)

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as source:
                    found = []
                    for line in source.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                expanded.extend(self._read_args_from_files(found))
            except OSError as err:
                raise ArgumentError(None, str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    # ---- matching
    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        nargs = action.nargs
        if nargs is None:
            message = _('expected one argument')
        elif nargs == OPTIONAL:
            message = _('expected at most one argument')
        elif nargs == ONE_OR_MORE:
            message = _('expected at least one argument')
        else:
            message = ngettext('expected %s argument',
                               'expected %s arguments', nargs) % nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        patterns = [self._get_nargs_pattern(a) for a in actions]
        for size in range(len(actions), 0, -1):
            found = _re.match(''.join(patterns[:size]), arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _get_nargs_pattern(self, action):
        return _nargs_pattern(action.nargs, not action.option_strings)

    def _parse_optional(self, arg_string):
        """What the string is as an option: None for an argument, else
        (action or None, option string, separator, attached argument)."""
        candidates = self._option_candidates(arg_string)
        if candidates is None:
            return None
        _ambiguity_check(arg_string, candidates)
        return candidates[0]

    def _option_candidates(self, arg_string):
        # None for an argument, else the options it may stand for (more
        # than one when it is an ambiguous abbreviation: that is an error
        # only if the string is ever used as an option).
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return [(known[arg_string], arg_string, None, None)]
        if len(arg_string) == 1:
            return None
        head, sep, tail = arg_string.partition('=')
        if sep and head in known:
            return [(known[head], head, sep, tail)]
        candidates = self._get_option_tuples(arg_string)
        if candidates:
            return candidates
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return [(None, arg_string, None, None)]

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                head, sep, tail = option_string.partition('=')
                if not sep:
                    sep = tail = None
                for name, action in known.items():
                    if name.startswith(head):
                        found.append((action, name, sep, tail))
        elif option_string[0] in chars:
            # Either a short option followed by its argument or by more
            # flags (-xVALUE, -xyz), or a single-dash long option
            # abbreviated (-lon for -long), perhaps with =VALUE.
            short, rest = option_string[:2], option_string[2:]
            head, sep, tail = option_string.partition('=')
            if not sep:
                sep = tail = None
            for name, action in known.items():
                if name == short:
                    found.append((action, name, '', rest))
                elif self.allow_abbrev and name.startswith(head):
                    found.append((action, name, sep, tail))
        else:
            raise ValueError(_('unexpected option string: %s')
                             % option_string)
        return found

    # ---- values
    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else []
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for one in value:
                self._check_value(action, one)
        return value

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, _('%r is not callable') % converter)
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None:
            return
        # A string of choices offers its characters, not its substrings.
        if value in (iter(allowed) if isinstance(allowed, str) else allowed):
            return
        listed = ', '.join(repr(str(c)) for c in action.choices)
        message = _('invalid choice: %(value)r') % {'value': str(value)}
        if self.suggest_on_error and isinstance(value, str):
            import difflib
            close = difflib.get_close_matches(
                value, [c for c in action.choices if isinstance(c, str)], n=1)
            if close:
                message += _(', maybe you meant %(closest)r?') % {
                    'closest': close[0]}
        raise ArgumentError(action, message + ' (choose from %s)' % listed)

    # ---- help
    def _usage_formatter(self):
        made = self._get_formatter()
        made.add_usage(self.usage, self._actions,
                       self._mutually_exclusive_groups)
        return made

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        out = self._usage_formatter()
        out.add_text(self.description)
        for group in self._action_groups:
            out.start_section(group.title)
            out.add_text(group.description)
            out.add_arguments(group._group_actions)
            out.end_section()
        out.add_text(self.epilog)
        return out.format_help()

    def _get_formatter(self):
        made = self.formatter_class(prog=self.prog)
        made._set_color(self.color)
        return made

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            # A closed or missing stream is silently skipped.
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        """error(message: string)

        Prints a usage message incorporating the message to stderr and
        exits.

        If you override this in a subclass, it should not return -- it
        should either exit or raise an exception.
        """
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})

    def _warning(self, message):
        self._print_message(_('%(prog)s: warning: %(message)s\n')
                            % {'prog': self.prog, 'message': message},
                            _sys.stderr)
