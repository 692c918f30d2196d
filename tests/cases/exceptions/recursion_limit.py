# Unbounded recursion: RecursionError, with the repeated-lines summary.
def down(n):
    return down(n + 1) + 1

down(0)
