# WarningMessage, the record of one warning
import warnings
m = warnings.WarningMessage("text", UserWarning, "f.py", 3)
print(m)
print(repr(m))
print(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source)
m = warnings.WarningMessage(UserWarning("w"), RuntimeWarning, "g.py", 4, None, "the line", "src")
print(m, m.source)
print(warnings.WarningMessage._WARNING_DETAILS)
m = warnings.WarningMessage("no category", None, "f.py", 1)
print(m)
