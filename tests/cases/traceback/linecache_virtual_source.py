import linecache, traceback
src = "def f(a, b):\n    return compute(a) + other[b]\n\nresult = (first_value +\n          second_value)\nx = 'é' + name  # wide: 漢字\n"
linecache.cache["<virtual>"] = (len(src), None, src.splitlines(True), "<virtual>")
frames = [
    traceback.FrameSummary("<virtual>", 2, "f", colno=11, end_colno=37),
    traceback.FrameSummary("<virtual>", 2, "f", colno=11, end_colno=21),
    traceback.FrameSummary("<virtual>", 2, "f", colno=24, end_colno=32),
    traceback.FrameSummary("<virtual>", 4, "<module>", end_lineno=5, colno=9, end_colno=22),
    traceback.FrameSummary("<virtual>", 6, "<module>", colno=4, end_colno=16),
    traceback.FrameSummary("<virtual>", 2, "f", colno=4, end_colno=37),
    traceback.FrameSummary("<virtual>", 2, "f"),
    traceback.FrameSummary("<virtual>", 3, "f", colno=0, end_colno=0),
    traceback.FrameSummary("<virtual>", 99, "f", colno=0, end_colno=3),
]
for fs in frames:
    print(repr(fs.line))
print("".join(traceback.format_list(frames)), end="")
print("".join(traceback.StackSummary.from_list(frames).format(colorize=True)), end="")
