import traceback, sys

class Short(traceback.StackSummary):
    def format_frame_summary(self, frame_summary, **kwargs):
        if frame_summary.name == "hidden":
            return None
        return f"[{frame_summary.name}:{frame_summary.lineno}]\n"

def hidden():
    raise OSError("disk")

def visible():
    hidden()

try:
    visible()
except OSError as e:
    tb = e.__traceback__
summary = Short.extract(traceback.walk_tb(tb))
print(type(summary).__name__, summary.format())
print(type(Short.from_list([("a", 1, "b", "c")])).__name__)

class Upper(traceback.TracebackException):
    def format_exception_only(self, **kwargs):
        yield "UPPER " + self.exc_type_str + "\n"
print(list(Upper.from_exception(ValueError("v")).format()))
