import sys, traceback

def show():
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=1, file=sys.stdout)
    stack = traceback.extract_stack(limit=2)
    print([(fs.name, fs.lineno, fs.line) for fs in stack])
    print([(fs.colno, fs.end_colno) for fs in stack])
    here = sys._getframe()
    print([fs.name for fs in traceback.extract_stack(here.f_back)])
    print(traceback.format_stack(here, limit=-1))

def caller():
    show()

caller()
