"""Policies: compat32 (the email package's historical behaviour) and
EmailPolicy with its instances default, SMTP, SMTPUTF8, HTTP and strict,
which parse headers into the objects of email.headerregistry."""

import re
import sys

from email._policybase import (Compat32, Policy, _extend_docstrings,
                               compat32, validate_header_name)
from email.contentmanager import raw_data_manager
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage
from email.utils import _has_surrogates

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default",
           "strict", "SMTP", "HTTP"]

linesep_splitter = re.compile(r"\n|\r\n?")


@_extend_docstrings
class EmailPolicy(Policy):
    """+
    utf8                -- write headers in UTF-8 rather than with encoded
                           words (False)
    refold_source       -- 'none', 'long' (the default) or 'all': which
                           parsed headers are refolded when written
    header_factory      -- makes header objects from (name, value)
    content_manager     -- does get_content/set_content
    """

    message_factory = EmailMessage
    utf8 = False
    refold_source = "long"
    header_factory = HeaderRegistry()
    content_manager = raw_data_manager

    def __init__(self, **kw):
        # Each policy gets a registry of its own unless one is given.
        if "header_factory" not in kw:
            object.__setattr__(self, "header_factory", HeaderRegistry())
        Policy.__init__(self, **kw)

    def header_max_count(self, name):
        """+
        The max_count of the header's class in the registry.
        """
        return self.header_factory[name].max_count

    def header_source_parse(self, sourcelines):
        """+
        The value is the rest of the first line and the following lines,
        without leading white space or the final line end.
        """
        name, first = sourcelines[0].split(":", 1)
        value = "".join([first] + list(sourcelines[1:]))
        return name, value.lstrip(" \t\r\n").rstrip("\r\n")

    def header_store_parse(self, name, value):
        """+
        A header object with the same name is stored as it is; a string
        (which may not contain line breaks) is turned into one.
        """
        validate_header_name(name)
        if hasattr(value, "name") and value.name.lower() == name.lower():
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        """+
        A stored header object is returned; source text is unfolded and
        made into one.
        """
        if hasattr(value, "name"):
            return value
        return self.header_factory(name, "".join(linesep_splitter.split(value)))

    def fold(self, name, value):
        """+
        Header objects fold themselves; parsed source lines are kept unless
        refold_source asks for refolding (or they are not ASCII).
        """
        return self._fold(name, value, refold_binary=True)

    def fold_binary(self, name, value):
        """+
        As fold(), encoded to bytes (UTF-8 when utf8 is set).
        """
        text = self._fold(name, value, refold_binary=self.cte_type == "7bit")
        return text.encode("utf8" if self.utf8 else "ascii", "surrogateescape")

    def _fold(self, name, value, refold_binary=False):
        if hasattr(value, "name"):
            return value.fold(policy=self)
        width = self.max_line_length or sys.maxsize
        lines = linesep_splitter.split(value)
        if self.refold_source == "all":
            refold = True
        elif self.refold_source == "long":
            refold = bool(lines) and len(lines[0]) + len(name) + 2 > width or \
                any(len(line) > width for line in lines[1:])
        else:
            refold = False
        if not refold:
            if not self.utf8:
                refold = not value.isascii()
            elif refold_binary:
                refold = _has_surrogates(value)
        if refold:
            return self.header_factory(name, "".join(lines)).fold(policy=self)
        return name + ": " + self.linesep.join(lines) + self.linesep


default = EmailPolicy()
# The class attribute is the one shared registry; default uses its own.
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
HTTP = default.clone(linesep="\r\n", max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
