# TextIOWrapper.newlines as the kinds of endings are met.
import io

for data in (b"", b"a\n", b"a\r", b"a\r\n", b"a\nb\r", b"a\r\nb\n", b"a\rb\r\nc\n"):
    for nl in (None, "", "\n"):
        w = io.TextIOWrapper(io.BytesIO(data), newline=nl)
        before = w.newlines
        w.read()
        print(repr(data), repr(nl), before, w.newlines)
