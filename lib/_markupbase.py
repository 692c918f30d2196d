"""The base of html.parser.HTMLParser: the position (line, column) reached
in the text being parsed."""


class ParserBase:
    """Keeps lineno and offset up to date as a subclass consumes its
    rawdata; meant to be subclassed."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno, self.offset = 1, 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # rawdata[i:j] has been consumed: move past it, and return j
        if j <= i:
            return j
        text = self.rawdata
        newlines = text.count("\n", i, j)
        if newlines == 0:
            self.offset += j - i
        else:
            self.lineno += newlines
            self.offset = j - text.rindex("\n", i, j) - 1
        return j

    def unknown_decl(self, data):
        pass
