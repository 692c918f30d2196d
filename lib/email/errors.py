"""Exceptions raised by the email package, and the defects its parser records."""


class MessageError(Exception):
    """Root of the email package's exceptions."""


class CharsetError(MessageError):
    """An illegal character set was named."""


class MessageParseError(MessageError):
    """A message could not be parsed."""


class MultipartConversionError(MessageError, TypeError):
    """A message could not be turned into (or out of) a multipart."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class HeaderWriteError(MessageError):
    """A header could not be written out safely."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class MessageDefect(ValueError):
    """Something wrong with a message that the parser worked around."""

    def __init__(self, line=None):
        if line is not None:
            ValueError.__init__(self, line)
        self.line = line


def _defect(name, doc, base=MessageDefect):
    cls = type(name, (base,), {"__doc__": doc, "__module__": __name__})
    globals()[name] = cls
    return cls


_defect("NoBoundaryInMultipartDefect",
        "A message claimed to be a multipart but had no boundary parameter.")
_defect("StartBoundaryNotFoundDefect",
        "The claimed start boundary was never found.")
_defect("CloseBoundaryNotFoundDefect",
        "A start boundary was found, but not the corresponding close boundary.")
_defect("FirstHeaderLineIsContinuationDefect",
        "A message had a continuation line as its first header line.")
_defect("MisplacedEnvelopeHeaderDefect",
        "A 'Unix-from' header was found in the middle of a header block.")
_defect("MissingHeaderBodySeparatorDefect",
        "Found line with no leading whitespace and no colon before blank line.")
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect
_defect("MultipartInvariantViolationDefect",
        "A message claimed to be a multipart but no subparts were found.")
_defect("InvalidMultipartContentTransferEncodingDefect",
        "An invalid content transfer encoding was set on the multipart itself.")
_defect("UndecodableBytesDefect",
        "Header contained bytes that could not be decoded")
_defect("InvalidBase64PaddingDefect",
        "base64 encoded sequence had an incorrect length")
_defect("InvalidBase64CharactersDefect",
        "base64 encoded sequence had characters not in base64 alphabet")
_defect("InvalidBase64LengthDefect",
        "base64 encoded sequence had invalid length (1 mod 4)")


class HeaderDefect(MessageDefect):
    """Base class for a header defect."""

    def __init__(self, *args, **kw):
        MessageDefect.__init__(self, *args, **kw)


_defect("InvalidHeaderDefect",
        "Header is not valid, message gives details.", HeaderDefect)
_defect("HeaderMissingRequiredValue",
        "A header that must have a value had none", HeaderDefect)
_defect("ObsoleteHeaderDefect",
        "Header uses syntax declared obsolete by RFC 5322", HeaderDefect)
_defect("NonASCIILocalPartDefect",
        "local_part contains non-ASCII characters", HeaderDefect)
_defect("InvalidDateDefect",
        "Header has unparsable or invalid date", HeaderDefect)


class NonPrintableDefect(HeaderDefect):
    """ASCII characters outside the ascii-printable range found"""

    def __init__(self, non_printables):
        HeaderDefect.__init__(self, non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: " + \
            str(self.non_printables)


del _defect
