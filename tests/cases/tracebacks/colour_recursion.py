# "[Previous line repeated N more times]" stays plain.
# env: FORCE_COLOR=1
def countdown(n):
    return countdown(n - 1) + 1

countdown(10)
