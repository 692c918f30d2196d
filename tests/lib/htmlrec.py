"""An HTMLParser that prints every callback with the position it was made
at (a helper of the html cases)."""
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, out=None, **kw):
        super().__init__(**kw)
        self.events = [] if out is None else out

    def _ev(self, *what):
        self.events.append(what + (self.getpos(),))

    def handle_starttag(self, tag, attrs):
        self._ev('start', tag, attrs, self.get_starttag_text())

    def handle_endtag(self, tag):
        self._ev('end', tag)

    def handle_startendtag(self, tag, attrs):
        self._ev('startend', tag, attrs)

    def handle_data(self, data):
        self._ev('data', data)

    def handle_comment(self, data):
        self._ev('comment', data)

    def handle_decl(self, decl):
        self._ev('decl', decl)

    def handle_pi(self, data):
        self._ev('pi', data)

    def unknown_decl(self, data):
        self._ev('unknown_decl', data)

    def handle_charref(self, name):
        self._ev('charref', name)

    def handle_entityref(self, name):
        self._ev('entityref', name)


def merged(events):
    """Events with adjacent data joined (chunking differs with feeding)."""
    out = []
    for ev in events:
        if out and ev[0] == 'data' and out[-1][0] == 'data':
            out[-1] = ('data', out[-1][1] + ev[1], out[-1][2])
        else:
            out.append(ev)
    return out


def parse(text, pieces=None, **kw):
    p = Recorder(**kw)
    if pieces is None:
        p.feed(text)
    else:
        for i in range(0, len(text), pieces):
            p.feed(text[i:i + pieces])
    p.close()
    return p.events
