# The reading of a line (_raw_input) and of keys shown as echo_char, on
# files given to it.
import getpass
import io


def read(text, prompt="P: ", echo_char=None):
    out = io.StringIO()
    try:
        value = getpass._raw_input(prompt, out, io.StringIO(text), echo_char)
    except BaseException as e:
        value = repr(e)
    print(repr(text), repr(value), repr(out.getvalue()))


read("x\n")
read("x")
read("")
read("two\nlines\n")
read("a\r\n")
read("x\n", 5)
read("x\n", "")
read("ab\n", "", "#")
read("ab\x7fc\n", "> ", "*")
read("\x7fa\n", "", "*")
read("ab\bc\r", "", "*")
read("a\x03b", "", "*")
read("a\x04b\n", "", "*")
read("a\x04\x04b", "", "*")
read("a\x04\x7f\x04", "", "*")
read("a\x15b\n", "", "*")
read("a\x00b\n", "", "*")
read("\x04\x04", "", "*")


class Ascii(io.StringIO):
    encoding = "ascii"

    def write(self, s):
        s.encode(self.encoding)
        return super().write(s)


out = Ascii()
print(repr(getpass._raw_input("Pässwörd: ", out, io.StringIO("z\n"))), repr(out.getvalue()))
