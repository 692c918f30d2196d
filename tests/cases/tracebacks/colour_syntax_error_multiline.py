# A SyntaxError ending on another line: carets to the end of the text.
# env: FORCE_COLOR=1
raise SyntaxError("never closed", ("prog.py", 2, 5, "  f(a,\n", 4, 2))
