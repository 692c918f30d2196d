# Wide characters: CPython pairs characters and carets by position, so the
# colours drift right of the text, and the end of line is coloured too.
# env: FORCE_COLOR=1
greeting = "日本語"
message = greeting + "です" + None
