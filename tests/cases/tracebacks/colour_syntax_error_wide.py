# A SyntaxError's text with wide characters and a tab under the carets.
# env: FORCE_COLOR=1
raise IndentationError("odd indent", ("w.py", 1, 2, "日\t本語 = 1\n", 1, 5))
