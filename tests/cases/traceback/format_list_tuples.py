import traceback, sys

entries = [("spam.py", 3, "<module>", "spam.eggs()"),
           ("eggs.py", 42, "eggs", "return 'bacon'")]
print(traceback.format_list(entries))
traceback.print_list(entries, file=sys.stdout)
traceback.print_list(entries)
summary = traceback.StackSummary.from_list(entries)
print(type(summary).__name__, summary[0], summary[1].line)
print(summary.format())
mixed = [traceback.FrameSummary("a.py", 1, "f", line="  pass  "), ("b.py", 2, "g", None)]
print(traceback.format_list(mixed))
try:
    traceback.format_list([("x", 1, "y")])
except ValueError as e:
    print("ValueError", e)
