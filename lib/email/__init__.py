"""Parse, build and write email (RFC 5322 / MIME) messages."""

__all__ = [
    "base64mime", "charset", "encoders", "errors", "feedparser",
    "generator", "header", "iterators", "message", "message_from_file",
    "message_from_binary_file", "message_from_string", "message_from_bytes",
    "mime", "parser", "quoprimime", "utils",
]


def _parser(binary, args, kws):
    import email.parser
    cls = email.parser.BytesParser if binary else email.parser.Parser
    return cls(*args, **kws)


def message_from_string(s, *args, **kws):
    """A message tree from a string; other arguments go to Parser."""
    return _parser(False, args, kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """A message tree from bytes; other arguments go to BytesParser."""
    return _parser(True, args, kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """A message tree from a text file; other arguments go to Parser."""
    return _parser(False, args, kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """A message tree from a binary file; other arguments go to
    BytesParser."""
    return _parser(True, args, kws).parse(fp)
