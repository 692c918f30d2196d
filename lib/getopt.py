"""Command-line option parsing in the style of C's getopt().

getopt() stops at the first argument that is not an option; gnu_getopt()
lets options and operands mix, as GNU getopt does.  Short options are
letters in `shortopts`, followed by ':' when they take an argument and by
'::' when the argument is optional; long options are names in `longopts`,
followed by '=' or '=?' likewise.
"""

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse the options at the front of `args` (usually sys.argv[1:]) and
    return the (option, value) pairs found and the arguments after them.
    Parsing stops at the first operand or at '--'.
    """
    longopts = _long_list(longopts)
    found = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _take_long(found, args[0][2:], longopts, args[1:])
        else:
            args = _take_short(found, args[0][1:], shortopts, args[1:])
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow operands.

    A leading '+' in `shortopts` (or POSIXLY_CORRECT in the environment)
    stops at the first operand; a leading '-' keeps the order of operands
    and options: the operands met before an option come as the pair
    (None, [operands...]) in the options' list.
    """
    longopts = _long_list(longopts)
    in_order = stop_at_operand = False
    if shortopts.startswith('-'):
        shortopts, in_order = shortopts[1:], True
    elif shortopts.startswith('+'):
        shortopts, stop_at_operand = shortopts[1:], True
    elif os.environ.get('POSIXLY_CORRECT'):
        stop_at_operand = True
    found = []
    operands = []
    while args:
        first = args[0]
        if first == '--':
            operands += args[1:]
            break
        is_long = first[:2] == '--'
        if is_long or (first[:1] == '-' and first != '-'):
            if in_order and operands:
                found.append((None, operands))
                operands = []
            if is_long:
                args = _take_long(found, first[2:], longopts, args[1:])
            else:
                args = _take_short(found, first[1:], shortopts, args[1:])
        elif stop_at_operand:
            operands += args
            break
        else:
            operands.append(first)
            args = args[1:]
    return found, operands


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _take_long(found, text, longopts, rest):
    """Record one '--name[=value]' option; return the arguments left."""
    name, eq, value = text.partition('=')
    takes, name = _long_spec(name, longopts)
    if eq:
        if not takes:
            raise GetoptError('option --%s must not have an argument' % name, name)
    elif takes is True:
        if not rest:
            raise GetoptError('option --%s requires argument' % name, name)
        value, rest = rest[0], rest[1:]
    found.append(('--' + name, value))
    return rest


def _long_spec(name, longopts):
    """(takes_argument, full_name) for a possibly abbreviated long option;
    takes_argument is False, True, or '?' for an optional argument."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    for suffix, takes in (('', False), ('=', True), ('=?', '?')):
        if name + suffix in candidates:
            return takes, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix; possible options: %s'
                          % (name, ', '.join(candidates)), name)
    spec = candidates[0]
    if spec.endswith('=?'):
        return '?', spec[:-2]
    if spec.endswith('='):
        return True, spec[:-1]
    return False, spec


def _take_short(found, letters, shortopts, rest):
    """Record the options of one '-abc' argument; return the arguments left."""
    while letters:
        letter, letters = letters[0], letters[1:]
        takes = _short_spec(letter, shortopts)
        value = ''
        if takes:
            if letters or takes == '?':
                value, letters = letters, ''
            elif rest:
                value, rest = rest[0], rest[1:]
            else:
                raise GetoptError('option -%s requires argument' % letter, letter)
        found.append(('-' + letter, value))
    return rest


def _short_spec(letter, shortopts):
    for at in range(len(shortopts)):
        if shortopts[at] == letter != ':':
            after = shortopts[at + 1:at + 3]
            if after == '::':
                return '?'
            return after[:1] == ':'
    raise GetoptError('option -%s not recognized' % letter, letter)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], 'a:b', ['alpha=', 'beta']))
