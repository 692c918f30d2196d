# Uncaught TypeError from a bad operand: the binary-operator caret line.
def label(count):
    return "items: " + count

print(label("3"))
print(label(3))
