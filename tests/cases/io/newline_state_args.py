# IncrementalNewlineDecoder.setstate() refuses a state of the wrong shape
# with one message, whatever is wrong with it.
import io

decoder = io.IncrementalNewlineDecoder(None, True)
for state in ((b"", 0, 1), (b"",), (), (b"", "x"), (b"", 1.5), [b"", 1], (b"", 1), (b"", 0)):
    try:
        decoder.setstate(state)
        print(repr(state), "->", decoder.getstate())
    except TypeError as e:
        print(repr(state), "->", e)
