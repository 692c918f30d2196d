# Notes are plain text after the coloured message.
# env: FORCE_COLOR=1
def check(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note("while checking the input")
        e.add_note("second note\nover two lines")
        raise e

check(-5)
