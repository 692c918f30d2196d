# The "Did you mean" hint is part of the coloured message.
# env: FORCE_COLOR=1
def total(values):
    result = 0
    for value in values:
        result += valeu
    return result

total([1])
