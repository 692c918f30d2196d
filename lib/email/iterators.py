"""Generators over the parts and lines of a message tree."""

__all__ = ["body_line_iterator", "typed_subpart_iterator", "walk"]

import sys
from io import StringIO


def walk(self):
    """This message, then every part below it, depth first."""
    yield self
    if self.is_multipart():
        for part in self.get_payload():
            yield from part.walk()


def body_line_iterator(msg, decode=False):
    """The lines of every string payload in the tree."""
    for part in msg.walk():
        body = part.get_payload(decode=decode)
        if isinstance(body, str):
            yield from StringIO(body)


def typed_subpart_iterator(msg, maintype="text", subtype=None):
    """The parts of the tree with the given main type (and subtype)."""
    for part in msg.walk():
        if part.get_content_maintype() != maintype:
            continue
        if subtype is None or part.get_content_subtype() == subtype:
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the tree of content types, indented by depth."""
    out = sys.stdout if fp is None else fp
    line = " " * (4 * level) + msg.get_content_type()
    if include_default:
        line += " [%s]" % msg.get_default_type()
    print(line, file=out)
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
