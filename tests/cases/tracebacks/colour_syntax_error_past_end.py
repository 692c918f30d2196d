# An offset past the end of the text, an empty message, no file name.
# env: FORCE_COLOR=1
raise SyntaxError("", (None, 3, 9, "abc", 3, 12))
