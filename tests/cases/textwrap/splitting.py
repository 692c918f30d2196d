# How text splits into chunks: hyphens, em-dashes, numbers, punctuation.
import textwrap

w = textwrap.TextWrapper()
nohy = textwrap.TextWrapper(break_on_hyphens=False)
samples = ['Look, goof-ball -- use the -b option!', 'well-known', 'a-b', 'ab-c',
           'a-b-c', 'x-1', '1-x', '12-34', 'foo--bar', 'foo---bar', 'foo-- bar',
           '--foo', 'foo--', '"hi"--there', 'e-mail!--yes', 'über-cool', 'Größen-wahn',
           'a_b-c_d', 'what?--no', "it's--fine", 'a--', '-', '--', '----', '- -',
           'co-op-er-a-tion', 'x-y', 'xy-z', 'xy-zw', 'semi-.colon', 'tab\tsep\nnl',
           'end. Next', 'end.\nNext', 'e.g. this', 'Why? Because.', '"Quote." Yes']
for s in samples:
    print(repr(s), w._split(s), nohy._split(s))
    print('   ', w._split_chunks(s), w._munge_whitespace(s))
chunks = w._split('He said so. Then left! Really? "Yes." ok. A. b.')
w._fix_sentence_endings(chunks)
print(chunks)
for width in range(1, 14):
    print(width, textwrap.wrap('Look, goof-ball -- use the -b option! self-contained--ish', width))
    print(width, textwrap.wrap('hyphen-at-the-edge a-very-long-hyphenated-compound-word', width))
    print(width, textwrap.wrap('--------- ab---------cd', width))
class Mine(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        print('long', reversed_chunks[-1], cur_line, cur_len, width)
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)
print(Mine(width=6).wrap('ab cdefghijkl mnop-qrstu'))
