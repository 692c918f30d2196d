# TextIOWrapper with tiny chunks: lines and characters split anywhere.
import io

text = "ab\r\ncd\ré€\n😀\r\n\rend"
data = text.encode()
for nl in (None, "", "\n", "\r", "\r\n"):
    for chunk in (1, 2, 5):
        w = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), 1), newline=nl)
        w._CHUNK_SIZE = chunk
        lines = []
        while True:
            line = w.readline()
            if not line:
                break
            lines.append(line)
        print(repr(nl), chunk, lines, w.newlines)
