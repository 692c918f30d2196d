# A message over two lines keeps one colour around both lines.
# env: FORCE_COLOR=1
class Report(Exception):
    pass

raise Report("first line\nsecond line")
