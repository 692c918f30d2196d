"""FeedParser: give it a message's text in pieces with feed(), get the
message tree from close().  It never raises for a malformed message (unless
its policy says so): what it had to work around is recorded as defects on
the message objects."""

__all__ = ["FeedParser", "BytesFeedParser"]

import re

from email import errors
from email._policybase import compat32

NLCRE = re.compile(r"\r\n|\r|\n")
NLCRE_bol = re.compile(r"(\r\n|\r|\n)")
NLCRE_eol = re.compile(r"(\r\n|\r|\n)\Z")
NLCRE_crack = re.compile(r"(\r\n|\r|\n)")
headerRE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
boundaryendRE = re.compile(
    r"(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
EMPTYSTRING = ""
NL = "\n"


def _chop_eol(text):
    """text without one final line end."""
    m = NLCRE_eol.search(text)
    return text[:-len(m.group(0))] if m else text


def _split_lines(text):
    """Lines of text, each keeping its end (\\r\\n, \\r or \\n)."""
    pieces = NLCRE_crack.split(text)
    lines = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines


NeedMoreData = object()


class _Lines:
    """The input as lines, read one at a time as they arrive (NeedMoreData
    until more text is pushed or the input is closed).  A stack of
    predicates can fence it: a line one of them accepts reads as '' (end of
    input) and stays unread, which is how a part ends at its boundary."""

    def __init__(self):
        self._lines = []
        self._next = 0
        self._back = []
        self._fences = []
        self._partial = ""
        self._closed = False

    def push(self, data):
        """Add text; complete lines become readable (a final '\r' waits,
        it may be the start of '\r\n')."""
        self._partial += data
        if "\n" not in data and "\r" not in data:
            return
        lines = _split_lines(self._partial)
        self._partial = ""
        if lines and not lines[-1].endswith("\n"):
            self._partial = lines.pop()
        self._add(lines)

    def close(self):
        self._add(_split_lines(self._partial))
        self._partial = ""
        self._closed = True

    def _add(self, lines):
        if self._next > 1000:
            del self._lines[:self._next]
            self._next = 0
        self._lines.extend(lines)

    def fence(self, pred):
        self._fences.append(pred)

    def unfence(self):
        self._fences.pop()

    def readline(self):
        if self._back:
            line = self._back.pop()
        elif self._next < len(self._lines):
            line = self._lines[self._next]
            self._next += 1
        else:
            return "" if self._closed else NeedMoreData
        if any(pred(line) for pred in self._fences):
            self._back.append(line)
            return ""
        return line

    def unreadline(self, line):
        self._back.append(line)


class FeedParser:
    """A parser fed text in pieces of any size."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is not None:
            self._factory = _factory
            try:
                _factory(policy=policy)
            except TypeError:
                self._old_style_factory = True
        elif policy.message_factory is not None:
            self._factory = policy.message_factory
        else:
            from email.message import Message
            self._factory = Message
        self._input = _Lines()
        self._msgstack = []
        self._cur = None
        self._last = None
        self._headersonly = False
        self._steps = self._parse_message()

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more of the message's text and parse as far as it goes."""
        self._input.push(data)
        self._run()

    def _run(self):
        try:
            next(self._steps)
        except StopIteration:
            pass

    def close(self):
        """Parse the rest and return the root message."""
        self._input.close()
        self._run()
        root = self._pop_message()
        if (root.get_content_maintype() == "multipart"
                and not root.is_multipart() and not self._headersonly):
            self.policy.handle_defect(
                root, errors.MultipartInvariantViolationDefect())
        return root

    # ---- reading (generators: they pause while more text is needed) ----

    def _read(self):
        while True:
            line = self._input.readline()
            if line is not NeedMoreData:
                return line
            yield NeedMoreData

    def _rest(self):
        out = []
        while True:
            line = yield from self._read()
            if not line:
                return out
            out.append(line)

    # ---- the message stack ---------------------------------------------

    def _new_message(self):
        msg = self._factory() if self._old_style_factory \
            else self._factory(policy=self.policy)
        if self._cur is not None and \
                self._cur.get_content_type() == "multipart/digest":
            msg.set_default_type("message/rfc822")
        if self._msgstack:
            self._msgstack[-1].attach(msg)
        self._msgstack.append(msg)
        self._cur = self._last = msg

    def _pop_message(self):
        msg = self._msgstack.pop()
        self._cur = self._msgstack[-1] if self._msgstack else None
        return msg

    def _defect(self, defect, msg=None):
        self.policy.handle_defect(self._cur if msg is None else msg, defect)

    # ---- one message ---------------------------------------------------

    def _parse_message(self):
        """Parse a message (headers, then body) into a new message object,
        left on the stack for the caller to pop."""
        self._new_message()
        self._parse_headers((yield from self._header_block()))
        cur = self._cur
        if self._headersonly:
            cur.set_payload(EMPTYSTRING.join((yield from self._rest())))
        elif cur.get_content_type() == "message/delivery-status":
            yield from self._parse_status_blocks()
        elif cur.get_content_maintype() == "message":
            yield from self._parse_message()
            self._pop_message()
        elif cur.get_content_maintype() == "multipart":
            yield from self._parse_multipart()
        else:
            cur.set_payload(EMPTYSTRING.join((yield from self._rest())))

    def _header_block(self):
        """The header lines; the blank line after them is consumed, any
        other line that is not a header is left and is a defect."""
        lines = []
        while True:
            line = yield from self._read()
            if not line:
                return lines
            if not headerRE.match(line):
                if not NLCRE.match(line):
                    self._defect(errors.MissingHeaderBodySeparatorDefect())
                    self._input.unreadline(line)
                return lines
            lines.append(line)

    def _parse_status_blocks(self):
        """message/delivery-status: blocks of headers split by blank lines,
        each one a sub-message."""
        source = self._input
        while True:
            source.fence(NLCRE.match)
            yield from self._parse_message()
            self._pop_message()
            source.unfence()
            yield from self._read()
            line = yield from self._read()
            if not line:
                return
            source.unreadline(line)

    # ---- multipart -----------------------------------------------------

    def _parse_multipart(self):
        cur = self._cur
        boundary = cur.get_boundary()
        if boundary is None:
            self._defect(errors.NoBoundaryInMultipartDefect())
            cur.set_payload(EMPTYSTRING.join((yield from self._rest())))
            return
        cte = str(cur.get("content-transfer-encoding", "8bit")).lower()
        if cte not in ("7bit", "8bit", "binary"):
            self._defect(errors.InvalidMultipartContentTransferEncodingDefect())
        separator = "--" + boundary

        def at_boundary(line):
            if not line.startswith(separator):
                return None
            return boundaryendRE.match(line, len(separator))

        preamble, close_linesep = yield from self._read_parts(cur, at_boundary)
        if preamble is not None:
            self._defect(errors.StartBoundaryNotFoundDefect())
            cur.set_payload(EMPTYSTRING.join(preamble))
            yield from self._rest()
            cur.epilogue = ""
            return
        if close_linesep is None:
            self._defect(errors.CloseBoundaryNotFoundDefect())
            return
        epilogue = [""] if close_linesep else []
        epilogue += yield from self._rest()
        if epilogue:
            m = NLCRE_bol.match(epilogue[0])
            if m:
                epilogue[0] = epilogue[0][m.end():]
        cur.epilogue = EMPTYSTRING.join(epilogue)

    def _read_parts(self, cur, at_boundary):
        """Read the preamble and the parts up to the close boundary.
        Returns (the preamble lines if no boundary was ever found, else
        None; the close boundary's line end, '' if it had none, or None if
        the input ended without one)."""
        source = self._input
        close_linesep = None
        preamble = []
        in_preamble = True
        while True:
            line = yield from self._read()
            if not line:
                break
            m = at_boundary(line)
            if not m:
                assert in_preamble
                preamble.append(line)
                continue
            if m.group("end"):
                close_linesep = m.group("linesep") or ""
                break
            if in_preamble:
                if preamble:
                    preamble[-1] = _chop_eol(preamble[-1])
                    cur.preamble = EMPTYSTRING.join(preamble)
                in_preamble = False
                source.unreadline(line)
                continue
            # Skip this boundary line and any repeats of it.
            while True:
                line = yield from self._read()
                if not at_boundary(line):
                    source.unreadline(line)
                    break
            source.fence(at_boundary)
            yield from self._parse_message()
            self._trim_last_part()
            source.unfence()
            self._pop_message()
            self._last = self._cur
        return (preamble if in_preamble else None), close_linesep

    def _trim_last_part(self):
        """The line end before a boundary belongs to the boundary."""
        last = self._last
        if last.get_content_maintype() == "multipart":
            if last.epilogue == "":
                last.epilogue = None
            elif last.epilogue is not None:
                last.epilogue = _chop_eol(last.epilogue)
        elif isinstance(last._payload, str):
            last._payload = _chop_eol(last._payload)

    # ---- headers -------------------------------------------------------

    def _parse_headers(self, lines):
        cur = self._cur
        store = lambda group: cur.set_raw(*self.policy.header_source_parse(group))
        group = []
        for index, line in enumerate(lines):
            if line[0] in " \t":
                if group:
                    group.append(line)
                else:
                    self._defect(errors.FirstHeaderLineIsContinuationDefect(line))
                continue
            if group:
                store(group)
                group = []
            if line.startswith("From "):
                if index == 0:
                    cur.set_unixfrom(_chop_eol(line))
                elif index == len(lines) - 1:
                    self._input.unreadline(line)
                    return
                else:
                    self._defect(errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(":")
            if colon == 0:
                self._defect(errors.InvalidHeaderDefect("Missing header name."))
                continue
            assert colon > 0, "_parse_headers fed line with no : and no leading WS"
            group = [line]
        if group:
            store(group)


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (non-ASCII bytes kept as surrogate escapes)."""

    def feed(self, data):
        FeedParser.feed(self, data.decode("ascii", "surrogateescape"))
