"""A tolerant parser of HTML and XHTML: it reports tags, text, comments,
declarations and character references to handler methods, following the
HTML5 tokenizer's rules where CPython 3.14 does."""

__all__ = ['HTMLParser']

from html.entities import html5 as html5_entities
from html import unescape
import _markupbase
import re

_WS = '\\t\\n\\r\\f '          # HTML's white space, inside a character class
_HEX = '[0-9a-fA-F]'

# text: where markup or a reference may start, and the references
interesting_normal = re.compile('[&<]')
charref = re.compile('&#(?:[0-9]+|[xX]%s+)[^0-9a-fA-F]' % _HEX)
incomplete_charref = re.compile('&#(?:[0-9]|[xX]%s)' % _HEX)
entityref = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
incomplete = re.compile('&[a-zA-Z#]')
attr_charref = re.compile('&(#[0-9]+|#[xX]%s+|[a-zA-Z][a-zA-Z0-9]*)[;=]?' % _HEX)
starttagopen = re.compile('<[a-zA-Z]')
endtagopen = re.compile('</[a-zA-Z]')
piclose = re.compile('>')
commentclose = re.compile('--!?>')
commentabruptclose = re.compile('-?>')
endendtag = re.compile('>')
endtagfind = re.compile('</\\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\\s*>')

# pieces of a tag: its name, an attribute name (after white space, a slash
# or a quote), and a value after '=' (quoted either way, or bare)
_TAGNAME = '[a-zA-Z][^%s/>]*' % _WS
_ATTRNAME = '(?<=[\'"%s/])[^%s/>][^%s/=>]*' % (_WS, _WS, _WS)
_VALUE = '\'[^\']*\'|"[^"]*"|(?![\'"])[^>%s]*' % _WS
_EQUALS = '[%s]*=[%s]*' % (_WS, _WS)
_SEP = '(?:[%s]|/(?!>))*' % _WS

tagfind_tolerant = re.compile('(%s)%s' % (_TAGNAME, _SEP))
attrfind_tolerant = re.compile('(%s)(%s(%s))?%s' % (_ATTRNAME, _EQUALS, _VALUE, _SEP))
locatetagend = re.compile('%s[%s/]*(?:%s(?:%s(?:%s))?[%s/]*)*>?'
                          % (_TAGNAME, _WS, _ATTRNAME, _EQUALS, _VALUE, _WS))
_ws_or_semicolon = re.compile('[%s;]' % _WS)


def _replace_attr_charref(match):
    ref = match.group(0)
    # numeric references always; named ones only when known and not
    # followed by '=' (as in a URL's query)
    if ref[1] == '#' or (ref[-1] != '=' and ref[1:] in html5_entities):
        return unescape(ref)
    return ref


def _unescape_attrvalue(value):
    if '&' not in value:
        return value
    return attr_charref.sub(_replace_attr_charref, value)


class HTMLParser(_markupbase.ParserBase):
    """Feed it text with feed() and close(); it calls handle_starttag,
    handle_endtag, handle_startendtag, handle_data, handle_comment,
    handle_decl, handle_pi, unknown_decl, and (when convert_charrefs is
    false) handle_charref and handle_entityref, which subclasses
    override.  With convert_charrefs (the default) references in text
    are resolved and handle_data gets text in whole runs."""

    # elements whose content is raw text (no markup), and those whose
    # content is text with character references
    RCDATA_CONTENT_ELEMENTS = ("textarea", "title")
    CDATA_CONTENT_ELEMENTS = ("script", "style", "xmp", "iframe", "noembed", "noframes")

    __starttag_text = None

    def __init__(self, *, convert_charrefs=True, scripting=False):
        """convert_charrefs: resolve character references in text.
        scripting: treat noscript's content as raw text."""
        _markupbase.ParserBase.__init__(self)
        self.scripting = scripting
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget any text not parsed yet and start again."""
        self.lasttag = '???'
        self.rawdata = ''
        self.cdata_elem = None
        self.interesting = interesting_normal
        self._escapable = True
        self._support_cdata = True
        self._pending, self._pending_len = [], 0
        self._parse_threshold = 1
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        r"""Parse some more text (any amount, '\n' included)."""
        pending = self._pending
        self._pending_len += len(data)
        if self._pending_len < self._parse_threshold:
            # too little new text to be worth another pass: keep it
            pending.append(data)
            return
        if pending:
            pending.append(data)
            data = ''.join(pending)
            del pending[:]
        self.rawdata += data
        self._pending_len = 0
        before = len(self.rawdata)
        self.goahead(0)
        # if nothing was consumed, wait for the text to double
        self._parse_threshold = 1 if len(self.rawdata) < before else len(self.rawdata)

    def close(self):
        """Parse whatever is left, as if the text ended here."""
        pending = self._pending
        if pending:
            self._pending_len = 0
            self.rawdata += ''.join(pending)
            del pending[:]
        self.goahead(1)

    def get_starttag_text(self):
        """The source text of the last start tag, '<' to '>'."""
        return self.__starttag_text

    def set_cdata_mode(self, elem, *, escapable=False):
        elem = elem.lower()
        self._escapable = escapable
        self.cdata_elem = elem
        if elem == 'plaintext':       # raw text to the very end
            self.interesting = re.compile('\\z')
            return
        pattern = '</%s(?=[%s/>])' % (elem, _WS)
        if escapable and not self.convert_charrefs:
            pattern = '&|' + pattern
        self.interesting = re.compile(pattern, re.IGNORECASE | re.ASCII)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._escapable = True
        self.interesting = interesting_normal

    def _set_support_cdata(self, flag=True):
        """Whether '<![CDATA[' opens a CDATA section (reported to
        unknown_decl) or a bogus comment."""
        self._support_cdata = flag

    # --- the main loop -------------------------------------------------------

    def _text(self, text):
        if self.convert_charrefs and self._escapable:
            text = unescape(text)
        self.handle_data(text)

    def _next_markup(self, i, n):
        """Where the next markup (or reference) starts, or -1 to wait for
        more text."""
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find('<', i)
            if j >= 0:
                return j
            # a reference near the end may be incomplete
            amp = raw.rfind('&', max(i, n - 34))
            if amp >= 0 and not _ws_or_semicolon.search(raw, amp):
                return -1
            return n
        found = self.interesting.search(raw, i)
        if found:
            return found.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        raw = self.rawdata
        n = len(raw)
        i = 0
        while i < n:
            j = self._next_markup(i, n)
            if j < 0:
                break
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw[i] == '<':
                k = self._markup(i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                i, stop = self._charref_at(i, n, end)
                if stop:
                    break
            elif raw[i] == '&':
                i, stop = self._entityref_at(i, n, end)
                if stop:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _markup(self, i, n, end):
        """Parse the markup at i; the index after it, or None to wait."""
        raw = self.rawdata
        if starttagopen.match(raw, i):
            k = self.parse_starttag(i)
        elif raw.startswith('</', i):
            k = self.parse_endtag(i)
        elif raw.startswith('<!--', i):
            k = self.parse_comment(i)
        elif raw.startswith('<?', i):
            k = self.parse_pi(i)
        elif raw.startswith('<!', i):
            k = self.parse_html_declaration(i)
        elif i + 1 < n or end:
            self.handle_data('<')
            k = i + 1
        else:
            return None
        if k >= 0:
            return k
        if not end:
            return None
        self._unterminated(i, n)
        return n

    def _unterminated(self, i, n):
        """At the end of the text, markup that never closed."""
        raw = self.rawdata
        if starttagopen.match(raw, i):
            return                          # an unfinished tag is dropped
        if raw.startswith('</', i):
            if i + 2 == n:
                self.handle_data('</')
            elif not endtagopen.match(raw, i):
                self.handle_comment(raw[i + 2:])
        elif raw.startswith('<!--', i):
            stop = n
            for tail in ('--!', '--', '-'):
                if raw.endswith(tail, i + 4):
                    stop -= len(tail)
                    break
            self.handle_comment(raw[i + 4:stop])
        elif raw.startswith('<![CDATA[', i) and self._support_cdata:
            self.unknown_decl(raw[i + 3:])
        elif raw[i:i + 9].lower() == '<!doctype':
            self.handle_decl(raw[i + 2:])
        elif raw.startswith('<!', i):
            self.handle_comment(raw[i + 2:])
        elif raw.startswith('<?', i):
            self.handle_pi(raw[i + 2:])
        else:
            raise AssertionError("we should not get here!")

    def _charref_at(self, i, n, end):
        """A '&#' in text when references are not converted: (new i, stop)."""
        raw = self.rawdata
        found = charref.match(raw, i)
        if found:
            self.handle_charref(found.group()[2:-1])
            k = found.end()
            if raw[k - 1] != ';':
                k -= 1
            return self.updatepos(i, k), False
        if incomplete_charref.match(raw, i):
            if end:
                self.handle_charref(raw[i + 2:])
                return self.updatepos(i, n), True
            return i, True
        if i + 3 < n:
            self.handle_data('&#')
            return self.updatepos(i, i + 2), False
        return i, True

    def _entityref_at(self, i, n, end):
        """A '&' in text when references are not converted: (new i, stop)."""
        raw = self.rawdata
        found = entityref.match(raw, i)
        if found:
            self.handle_entityref(found.group(1))
            k = found.end()
            if raw[k - 1] != ';':
                k -= 1
            return self.updatepos(i, k), False
        if incomplete.match(raw, i):
            if end:
                self.handle_entityref(raw[i + 1:])
                return self.updatepos(i, n), True
            return i, True
        if i + 1 < n:
            self.handle_data('&')
            return self.updatepos(i, i + 1), False
        return i, True

    # --- one construct each; they return the index after it, or -1 -------

    def parse_html_declaration(self, i):
        raw = self.rawdata
        assert raw[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![CDATA[', i) and self._support_cdata:
            close = raw.find(']]>', i + 9)
            if close < 0:
                return -1
            self.unknown_decl(raw[i + 3:close])
            return close + 3
        if raw[i:i + 9].lower() == '<!doctype':
            gt = raw.find('>', i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=True):
        raw = self.rawdata
        assert raw.startswith('<!--', i), 'unexpected call to parse_comment()'
        # '<!-->' and '<!--->' end at once; otherwise '-->' or '--!>'
        close = commentabruptclose.match(raw, i + 4) or commentclose.search(raw, i + 4)
        if close is None:
            return -1
        if report:
            self.handle_comment(raw[i + 4:close.start()])
        return close.end()

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        assert raw[i:i + 2] in ('<!', '</'), 'unexpected call to parse_bogus_comment()'
        gt = raw.find('>', i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_pi(self, i):
        raw = self.rawdata
        assert raw[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        close = piclose.search(raw, i + 2)
        if close is None:
            return -1
        self.handle_pi(raw[i + 2:close.start()])
        return close.end()

    def _attributes(self, k, endpos):
        """The (name, value) pairs from k up to endpos, and where they end."""
        raw = self.rawdata
        attrs = []
        while k < endpos:
            found = attrfind_tolerant.match(raw, k)
            if found is None:
                break
            name, has_value, value = found.group(1, 2, 3)
            if not has_value:
                value = None
            elif len(value) >= 1 and value[0] in '\'"' and value[-1] == value[0]:
                value = value[1:-1]
            if value:
                value = _unescape_attrvalue(value)
            attrs.append((name.lower(), value))
            k = found.end()
        return attrs, k

    def parse_starttag(self, i):
        raw = self.rawdata
        self.__starttag_text = None
        endpos = self.check_for_whole_start_tag(i)
        if endpos < 0:
            return endpos
        self.__starttag_text = raw[i:endpos]
        name = tagfind_tolerant.match(raw, i + 1)
        assert name, 'unexpected call to parse_starttag()'
        self.lasttag = tag = name.group(1).lower()
        attrs, k = self._attributes(name.end(), endpos)
        closing = raw[k:endpos].strip()
        if closing not in ('>', '/>'):
            self.handle_data(raw[i:endpos])
        elif closing == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            raw_text = (tag in self.CDATA_CONTENT_ELEMENTS or tag == 'plaintext'
                        or (tag == 'noscript' and self.scripting))
            if raw_text or tag in self.RCDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag, escapable=not raw_text)
        return endpos

    def check_for_whole_start_tag(self, i):
        raw = self.rawdata
        found = locatetagend.match(raw, i + 1)
        assert found
        j = found.end()
        return j if raw[j - 1] == '>' else -1

    def parse_endtag(self, i):
        raw = self.rawdata
        assert raw[i:i + 2] == '</', 'unexpected call to parse_endtag'
        if raw.find('>', i + 2) < 0:
            return -1
        if not endtagopen.match(raw, i):
            if raw[i + 2:i + 3] == '>':       # '</>' is dropped
                return i + 3
            return self.parse_bogus_comment(i)
        found = locatetagend.match(raw, i + 2)
        assert found
        j = found.end()
        if raw[j - 1] != '>':
            return -1
        name = tagfind_tolerant.match(raw, i + 2)
        assert name
        self.handle_endtag(name.group(1).lower())
        self.clear_cdata_mode()
        return j

    # --- what subclasses override -----------------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
