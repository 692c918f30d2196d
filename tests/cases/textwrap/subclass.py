# Overriding the documented hooks of TextWrapper.
import textwrap

class Tracing(textwrap.TextWrapper):
    def _split(self, text):
        chunks = super()._split(text)
        print('split', chunks)
        return chunks

    def _munge_whitespace(self, text):
        out = super()._munge_whitespace(text)
        print('munge', repr(out))
        return out

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        print('long', reversed_chunks[-1], cur_line, cur_len, width)
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)

print(Tracing(width=8).wrap('a\tverylongword-with-hyphens and more'))

class Upper(textwrap.TextWrapper):
    def _wrap_chunks(self, chunks):
        return [line.upper() for line in super()._wrap_chunks(chunks)]

print(Upper(width=10).fill('shout these words please'))
w = textwrap.TextWrapper(width=12)
w.width = 6
w.subsequent_indent = '.'
print(w.wrap('attributes can change after creation'))
