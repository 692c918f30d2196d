"""Generators: write a message tree out as text (Generator), bytes
(BytesGenerator) or a readable digest (DecodedGenerator)."""

__all__ = ["Generator", "DecodedGenerator", "BytesGenerator"]

import random
import re
import sys
import time
from copy import deepcopy
from io import BytesIO, StringIO

from email.errors import HeaderWriteError
from email.utils import _has_surrogates

UNDERSCORE = "_"
NL = "\n"
NLCRE = re.compile(r"\r\n|\r|\n")
fcre = re.compile(r"^From ", re.MULTILINE)
NEWLINE_WITHOUT_FWSP = re.compile(r"\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]")
NEWLINE_WITHOUT_FWSP_BYTES = re.compile(br"\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]")

_width = len(repr(sys.maxsize - 1))
_fmt = "%%0%dd" % _width


def _check_folded(folded, linesep, unfolded_nl):
    """HeaderWriteError unless folded is one header ending in linesep."""
    if not folded.endswith(linesep):
        raise HeaderWriteError(
            "folded header does not end with %r: %r" % (linesep, folded))
    if unfolded_nl.search(folded[:len(folded) - len(linesep)]):
        raise HeaderWriteError("folded header contains newline: %r" % (folded,))


class Generator:
    """Writes a message tree as text to outfp (anything with write()).
    mangle_from_ puts '>' before body lines starting with 'From ' (default
    True without a policy, else the policy's); maxheaderlen overrides the
    policy's max_line_length; the policy defaults to the message's."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *,
                 policy=None):
        if mangle_from_ is None:
            mangle_from_ = policy.mangle_from_ if policy is not None else True
        self._fp = outfp
        self._mangle_from_ = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        """Write msg and everything in it; unixfrom writes its From_ line
        first (made up if it has none); linesep overrides the policy's."""
        policy = self.policy if self.policy is not None else msg.policy
        if linesep is not None:
            policy = policy.clone(linesep=linesep)
        if self.maxheaderlen is not None:
            policy = policy.clone(max_line_length=self.maxheaderlen)
        self._NL = policy.linesep
        self._encoded_NL = self._encode(self._NL)
        self._EMPTY = ""
        self._encoded_EMPTY = self._encode("")
        saved = self.policy, msg.policy
        self.policy = msg.policy = policy
        try:
            if unixfrom:
                line = msg.get_unixfrom() or \
                    "From nobody " + time.ctime(time.time())
                self.write(line + self._NL)
            self._write(msg)
        finally:
            self.policy, msg.policy = saved

    def clone(self, fp):
        """A generator like this one writing to fp."""
        return self.__class__(fp, self._mangle_from_, None, policy=self.policy)

    def _new_buffer(self):
        return StringIO()

    def _encode(self, s):
        return s

    def _write_lines(self, lines):
        """Write text with its line ends turned into self._NL."""
        if not lines:
            return
        pieces = NLCRE.split(lines)
        for piece in pieces[:-1]:
            self.write(piece)
            self.write(self._NL)
        if pieces[-1]:
            self.write(pieces[-1])

    def _write(self, msg):
        # The body goes first into a buffer: writing it may change headers.
        outer = self._fp
        self._munge_cte = None
        body = self._fp = self._new_buffer()
        try:
            self._dispatch(msg)
        finally:
            self._fp = outer
            munge = self._munge_cte
            del self._munge_cte
        if munge:
            msg = deepcopy(msg)
            if msg.get("content-transfer-encoding") is None:
                msg["Content-Transfer-Encoding"] = munge[0]
            else:
                msg.replace_header("content-transfer-encoding", munge[0])
            msg.replace_header("content-type", munge[1])
        own = getattr(msg, "_write_headers", None)
        if own is None:
            self._write_headers(msg)
        else:
            own(self)
        self._fp.write(body.getvalue())

    def _dispatch(self, msg):
        main = msg.get_content_maintype()
        sub = msg.get_content_subtype()
        handler = getattr(self, "_handle_" + (main + UNDERSCORE + sub).replace("-", "_"), None)
        if handler is None:
            handler = getattr(self, "_handle_" + main.replace("-", "_"), None)
        if handler is None:
            handler = self._writeBody
        handler(msg)

    def _write_headers(self, msg):
        policy = self.policy
        for name, value in msg.raw_items():
            folded = policy.fold(name, value)
            if policy.verify_generated_headers:
                _check_folded(folded, policy.linesep, NEWLINE_WITHOUT_FWSP)
            self.write(folded)
        self.write(self._NL)

    def _mangled(self, text):
        return fcre.sub(">From ", text) if self._mangle_from_ else text

    def _handle_text(self, msg):
        payload = msg.get_payload()
        if payload is None:
            return
        if not isinstance(payload, str):
            raise TypeError("string payload expected: %s" % type(payload))
        if _has_surrogates(msg._payload):
            cs = msg.get_param("charset")
            if cs is not None:
                # Re-encode the raw bytes in a transfer encoding.
                msg = deepcopy(msg)
                del msg["content-transfer-encoding"]
                msg.set_payload(msg._payload, cs)
                payload = msg.get_payload()
                self._munge_cte = (msg["content-transfer-encoding"],
                                   msg["content-type"])
        self._write_lines(self._mangled(payload))

    _writeBody = _handle_text

    def _flatten_part(self, part):
        buf = self._new_buffer()
        self.clone(buf).flatten(part, unixfrom=False, linesep=self._NL)
        return buf.getvalue()

    def _handle_multipart(self, msg):
        parts = msg.get_payload()
        if parts is None:
            parts = []
        elif isinstance(parts, str):
            self.write(parts)
            return
        elif not isinstance(parts, list):
            parts = [parts]
        texts = [self._flatten_part(p) for p in parts]
        boundary = msg.get_boundary()
        if not boundary:
            boundary = self._make_boundary(self._encoded_NL.join(texts))
            msg.set_boundary(boundary)
        if msg.preamble is not None:
            self._write_lines(self._mangled(msg.preamble))
            self.write(self._NL)
        self.write("--" + boundary + self._NL)
        for n, text in enumerate(texts):
            if n:
                self.write(self._NL + "--" + boundary + self._NL)
            self._fp.write(text)
        self.write(self._NL + "--" + boundary + "--" + self._NL)
        if msg.epilogue is not None:
            self._write_lines(self._mangled(msg.epilogue))

    def _handle_multipart_signed(self, msg):
        # Signed parts must come out exactly as they were: no refolding.
        saved = self.policy
        self.policy = saved.clone(max_line_length=0)
        try:
            self._handle_multipart(msg)
        finally:
            self.policy = saved

    def _handle_message_delivery_status(self, msg):
        blocks = []
        for part in msg.get_payload():
            text = self._flatten_part(part)
            lines = text.split(self._encoded_NL)
            if lines and lines[-1] == self._encoded_EMPTY:
                blocks.append(self._encoded_NL.join(lines[:-1]))
            else:
                blocks.append(text)
        self._fp.write(self._encoded_NL.join(blocks))

    def _handle_message(self, msg):
        payload = msg._payload
        if isinstance(payload, list):
            payload = self._flatten_part(msg.get_payload(0))
        else:
            payload = self._encode(payload)
        self._fp.write(payload)

    @classmethod
    def _make_boundary(cls, text=None):
        """A random boundary, made unique against text if given."""
        base = "=" * 15 + (_fmt % random.randrange(sys.maxsize)) + "=="
        if text is None:
            return base
        candidate = base
        n = 0
        while cls._compile_re("^--" + re.escape(candidate) + "(--)?\r?$",
                              re.MULTILINE).search(text):
            candidate = "%s.%d" % (base, n)
            n += 1
        return candidate

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s, flags)


class BytesGenerator(Generator):
    """A Generator writing bytes: surrogate-escaped bytes from a
    BytesParser go out as the original bytes (or, with cte_type 7bit,
    transfer-encoded as unknown-8bit)."""

    def write(self, s):
        self._fp.write(s.encode("ascii", "surrogateescape"))

    def _new_buffer(self):
        return BytesIO()

    def _encode(self, s):
        return s.encode("ascii")

    def _write_headers(self, msg):
        policy = self.policy
        for name, value in msg.raw_items():
            folded = policy.fold_binary(name, value)
            if policy.verify_generated_headers:
                _check_folded(folded, policy.linesep.encode(),
                              NEWLINE_WITHOUT_FWSP_BYTES)
            self._fp.write(folded)
        self.write(self._NL)

    def _handle_text(self, msg):
        if msg._payload is None:
            return
        if _has_surrogates(msg._payload) and self.policy.cte_type != "7bit":
            if self._mangle_from_:
                msg._payload = fcre.sub(">From ", msg._payload)
            self._write_lines(msg._payload)
        else:
            Generator._handle_text(self, msg)

    _writeBody = _handle_text

    @classmethod
    def _compile_re(cls, s, flags):
        return re.compile(s.encode("ascii"), flags)


_FMT = "[Non-text (%(type)s) part of message omitted, filename %(filename)s]"


class DecodedGenerator(Generator):
    """Writes the text parts of a message and, for every other part, a line
    made from fmt with %(type)s, %(maintype)s, %(subtype)s, %(filename)s,
    %(description)s and %(encoding)s."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, fmt=None,
                 *, policy=None):
        Generator.__init__(self, outfp, mangle_from_, maxheaderlen,
                           policy=policy)
        self._fmt = _FMT if fmt is None else fmt

    def _dispatch(self, msg):
        for part in msg.walk():
            main = part.get_content_maintype()
            if main == "text":
                print(part.get_payload(decode=False), file=self)
            elif main != "multipart":
                fields = {
                    "type": part.get_content_type(),
                    "maintype": main,
                    "subtype": part.get_content_subtype(),
                    "filename": part.get_filename("[no filename]"),
                    "description": part.get("Content-Description",
                                            "[no description]"),
                    "encoding": part.get("Content-Transfer-Encoding",
                                         "[no encoding]"),
                }
                print(self._fmt % fields, file=self)


_make_boundary = Generator._make_boundary
