# Bad operand types in a longer expression: carets under the failing operator.
width = 10
height = "20"
area = width * 2 + width * height - 1
print(area)
