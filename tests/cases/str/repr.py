# repr of strings: quote choice and escaping.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\",
          "\x00\x07\x1f\x7f", "\x80\x9f\xa0", "é", "\u200b", "\u2028", "\U0001F600",
          "\ud800", "\U000e0001", "", "'", '"']:
    print(repr(s))
print(["a", 'b"c', "d'e"])
print(str("x"), repr(repr("x")))
print(ascii("café ☃"), ascii("plain"))
