"""The Policy framework: immutable bundles of settings that steer how the
email package parses and writes messages, and the backward-compatible
Compat32 policy."""

import abc
import re

from email.utils import _has_surrogates

__all__ = ["Policy", "Compat32", "compat32"]

valid_header_name_re = re.compile("[\041-\071\073-\176]+$")


def validate_header_name(name):
    """Raise ValueError unless name is printable ASCII without ':'."""
    if valid_header_name_re.match(name) is None:
        raise ValueError(
            "Header field name contains invalid characters: %r" % (name,))


def _bad_keyword(policy, name):
    return TypeError("%r is an invalid keyword argument for %s"
                     % (name, type(policy).__name__))


class _PolicyBase:
    """Settings are class attributes; an instance overrides some of them
    (keyword arguments), never changes afterwards, and makes altered copies
    with clone() or by being called; A + B is A with B's overrides."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(self, name, value)

    def __repr__(self):
        shown = ", ".join("%s=%r" % item for item in self.__dict__.items())
        return "%s(%s)" % (type(self).__name__, shown)

    def clone(self, **kw):
        """A copy of this policy with the given settings changed."""
        cls = type(self)
        copy = cls.__new__(cls)
        copy.__dict__.update(self.__dict__)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(copy, name, value)
        return copy

    def __setattr__(self, name, value):
        what = ("{!r} object attribute {!r} is read-only" if hasattr(self, name)
                else "{!r} object has no attribute {!r}")
        raise AttributeError(what.format(type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)


def _abstract():
    raise NotImplementedError


def _append_doc(doc, added):
    return doc.rsplit("\n", 1)[0] + "\n" + added.split("\n", 1)[1]


def _extend_docstrings(cls):
    """Docstrings starting with '+' continue the inherited docstring."""
    if cls.__doc__ and cls.__doc__.startswith("+"):
        cls.__doc__ = _append_doc(cls.__bases__[0].__doc__, cls.__doc__)
    for name, attr in cls.__dict__.items():
        doc = getattr(attr, "__doc__", None)
        if not doc or not doc.startswith("+"):
            continue
        for klass in (k for base in cls.__bases__ for k in base.mro()):
            inherited = getattr(getattr(klass, name), "__doc__")
            if inherited:
                attr.__doc__ = _append_doc(inherited, doc)
                break
    return cls


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    r"""Controls for how messages are interpreted and formatted.

    Settable attributes:

    raise_on_defect     -- raise defects as errors instead of recording them
    linesep             -- the line separator used in output ('\n')
    cte_type            -- '7bit' or '8bit' (the default)
    max_line_length     -- longest output line, None or 0 for no limit (78)
    mangle_from_        -- escape body lines starting with 'From ' (False)
    message_factory     -- the class of new messages (None: Message)
    verify_generated_headers
                        -- check that folded headers cannot be misparsed
    """

    raise_on_defect = False
    linesep = "\n"
    cte_type = "8bit"
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def handle_defect(self, obj, defect):
        """Raise defect if raise_on_defect, else register_defect() it."""
        if not self.raise_on_defect:
            return self.register_defect(obj, defect)
        raise defect

    def register_defect(self, obj, defect):
        """Append defect to obj.defects."""
        obj.defects += [defect]

    def header_max_count(self, name):
        """How many headers called name a message may hold (None: any)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) to store for a header's source lines."""
        _abstract()

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for a value set by a program."""
        _abstract()

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""
        _abstract()

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as folded text lines."""
        _abstract()

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as folded bytes lines."""
        _abstract()


@_extend_docstrings
class Compat32(Policy):
    """+
    This particular policy is the backward compatibility Policy.  It
    replicates the behavior of the email package version 5.1.
    """

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        if isinstance(value, str) and _has_surrogates(value):
            from email import charset, header
            return header.Header(value, charset=charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        """+
        The name is everything up to the ':'; the value the rest of the
        lines joined, without leading white space or the final line end.
        """
        name, first = sourcelines[0].split(":", 1)
        value = "".join([first] + list(sourcelines[1:]))
        return name, value.lstrip(" \t\r\n").rstrip("\r\n")

    def header_store_parse(self, name, value):
        """+
        The name and value are returned unmodified.
        """
        validate_header_name(name)
        return name, value

    def header_fetch_parse(self, name, value):
        """+
        A value holding binary data becomes a Header in the unknown-8bit
        charset; any other value is returned as it is.
        """
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        """+
        Headers are folded by the Header algorithm, binary data encoded in
        the unknown-8bit charset.
        """
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        """+
        As fold(), but binary data is kept as it is unless cte_type is 7bit.
        """
        text = self._fold(name, value, sanitize=self.cte_type == "7bit")
        return text.encode("ascii", "surrogateescape")

    def _fold(self, name, value, sanitize):
        from email import charset, header
        out = name + ": "
        if not isinstance(value, str):
            hdr = value
        elif not _has_surrogates(value):
            hdr = header.Header(value, header_name=name)
        elif sanitize:
            hdr = header.Header(value, charset=charset.UNKNOWN8BIT,
                                header_name=name)
        else:
            out += value
            hdr = None
        if hdr is not None:
            width = self.max_line_length
            out += hdr.encode(linesep=self.linesep,
                              maxlinelen=0 if width is None else width)
        return out + self.linesep


compat32 = Compat32()
