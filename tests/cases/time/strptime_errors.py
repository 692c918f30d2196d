# strptime(): every error it reports.
# env: TZ=UTC
import time


def attempt(*args, **kw):
    try:
        print(args, tuple(time.strptime(*args, **kw)))
    except (ValueError, TypeError) as e:
        print(args, "!", type(e).__name__, e)


attempt("x", "%Y")
attempt("  2000", "%Y")
attempt("2000 ", "%Y")
attempt("2000 1234567", "%Y %f")
attempt("x", "")
attempt("12345", "%Y")
attempt("2000", "%Y %")
attempt("2000", "%")
attempt("2000", "% d")
attempt("2000", "%%%")
attempt("2000", "%Q")
attempt("2000", "%.")
attempt("2000", "%\\")
attempt("2000", "%é")
attempt("2000", "%:z")
attempt("2000", "%E")
attempt("2000", "%Ey")
attempt("2000", "%E%d")
attempt("2000", "%-")
attempt("2000", "%^a")
attempt("2000", "%D")
attempt("2000", "%\n")
attempt("2004", "%G")
attempt("2004 53", "%G %V")
attempt("2005 53 1", "%G %V %u")
attempt("2005 5 1 100", "%G %V %u %j")
attempt("2005 5 1", "%Y %V %u")
attempt("2005 5", "%V %u 2005")
attempt("2005 mon 5", "%Y %a %V")
attempt("0000", "%Y")
attempt("2001-04-31", "%Y-%m-%d")
attempt("2001-02-29", "%Y-%m-%d")
attempt("2000-00-10", "%Y-%m-%d")
attempt("+01:3000", "%z")
attempt("+0130:15", "%z")
attempt("13 2000", "%I %Y")
attempt("Feb 30 2000", "%b %d %Y")
attempt(1, "%Y")
attempt(b"2000", "%Y")
attempt("2000", b"%Y")
attempt("2000", None)
attempt()
attempt("a", "b", "c")
attempt("2000", format="%Y")
for fmt in ["%Od", "%Oe%Y", "%Om %Y", "%Op", "%OC", "%OH:%OM:%OS", "%Ec", "%Ex", "%EY", "%OQ", "%O"]:
    for data in ["", "5", "pm", "05 2000", ":: 2000"[:2]]:
        attempt(data, fmt)
attempt("1", "%d %d %.")
attempt("1", "%T%M%-")
attempt("1", "%R%R/%:")
attempt("1234567", "%j%_H%G")
attempt("2005 5 1 100", "%G %j")
