# a replaced showwarning sees the interpreter's warnings too
import warnings

def show(message, category, filename, lineno, file=None, line=None):
    print("show:", message, category.__name__, lineno)

warnings.showwarning = show

async def job():
    pass

job()
~True
