# str: literals, escapes, concatenation, repetition, indexing, slicing, len.
s = "hello, world"
print(s, len(s), s[0], s[-1], s[4], s[7:], s[:5], s[::2], s[::-1], s[3:-3], s[100:], s[-100:2])
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "" * 5)
print('single', "double", """triple""", 'it\'s', "tab\there", "nl\\n")
print("caf\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41\x42", "snow\u2603man", "\U0001F600")
print(len("caf\u00e9"), len("\U0001F600"), "\u00e9" == "é")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "abc" == "abc", "a" != "b")
print("ell" in s, "xyz" in s, "" in s, "h" not in s)
u = "mixed ασβ 日本 🎉"
print(u, len(u), u[6], u[-1], u[10:12])
