import traceback

cases = [
    SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6)),
    SyntaxError("bad", ("prog.py", 1, 1, "    indented\n", 1, 3)),
    SyntaxError("no offset", ("prog.py", 2, None, "text here\n")),
    SyntaxError("no line"),
    SyntaxError("", ("f.py", 1, 2, "abc", 1, 3)),
    SyntaxError("multi", ("f.py", 1, 2, "abcdef\n", 2, 3)),
    SyntaxError("past end", ("f.py", 1, 20, "abc\n", 1, 30)),
    IndentationError("unexpected indent", ("m.py", 4, 3, "  y = 2\n", 4, 4)),
    SyntaxError("no file", (None, 5, 2, "ab", 5, 3)),
    SyntaxError("file only", ("f.py", None, None, None)),
]
for exc in cases:
    print(traceback.format_exception_only(exc))
traceback.print_exception(cases[0], colorize=True)
