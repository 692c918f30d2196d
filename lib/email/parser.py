"""Parsers that turn a whole message (text, bytes or a file) into a tree of
message objects; built on FeedParser."""

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser",
           "FeedParser", "BytesFeedParser"]

from io import StringIO, TextIOWrapper

from email._policybase import compat32
from email.feedparser import BytesFeedParser, FeedParser


class Parser:
    """Parse text into messages of class _class (policy.message_factory,
    else Message, when None)."""

    def __init__(self, _class=None, *, policy=compat32):
        self.policy, self._class = policy, _class

    def parse(self, fp, headersonly=False):
        """Parse everything read from the text file fp; with headersonly
        the body is kept as one string, unparsed."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        while True:
            chunk = fp.read(8192)
            if not chunk:
                return feeder.close()
            feeder.feed(chunk)

    def parsestr(self, text, headersonly=False):
        """Parse a string."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    """A Parser that only parses the headers."""

    def parsestr(self, text, headersonly=True):
        return Parser.parse(self, StringIO(text), True)

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, headersonly=True)


class BytesParser:
    """Parse bytes (non-ASCII bytes kept as surrogate escapes); the
    arguments are Parser's."""

    def __init__(self, *args, **kw):
        parser = Parser(*args, **kw)
        self.parser = parser

    def parse(self, fp, headersonly=False):
        """Parse everything read from the binary file fp."""
        text = TextIOWrapper(fp, encoding="ascii", errors="surrogateescape")
        try:
            return self.parser.parse(text, headersonly)
        finally:
            text.detach()

    def parsebytes(self, text, headersonly=False):
        """Parse a bytes object."""
        return self.parser.parsestr(
            text.decode("ASCII", errors="surrogateescape"), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that only parses the headers."""

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, True)
