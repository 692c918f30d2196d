# A SyntaxError: file name and line number, the text under the carets
# highlighted, the carets themselves.
# env: FORCE_COLOR=1
def check(source):
    raise SyntaxError("invalid syntax", ("config.py", 3, 9, "    x = (1 +* 2)\n", 3, 12))

check("x")
