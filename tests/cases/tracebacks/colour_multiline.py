# An instruction over several lines: each shown line is coloured, with
# "...<N lines>..." between them left plain.
# env: FORCE_COLOR=1
def combine(a, b, c, d, e):
    return a + b + c + d + e

total = combine(
    1,
    2,
    3,
    4,
    5,
) + None
