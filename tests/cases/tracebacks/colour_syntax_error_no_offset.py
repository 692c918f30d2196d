# A SyntaxError with a line but no offset: the text is shown plain, no carets.
# env: FORCE_COLOR=1
raise SyntaxError("bad line", ("data.txt", 7, None, "  key = = value\n"))
