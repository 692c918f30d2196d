# bytes and bytearray are cut into groups of four bytes; what follows the
# value counts only when the last group is short.
import pprint

for n in (0, 3, 4, 5, 8, 15, 16, 17, 22, 40):
    for data in (b'a' * n, bytes(range(200, 200 + n)), bytes(range(30, 30 + n))):
        for width in (5, 9, 12, 20, 24, 33):
            print(n, width, pprint.pformat(data, width=width))
            print(pprint.pformat([data], width=width))
            print(pprint.pformat([data, 1], width=width))
            print(pprint.pformat(bytearray(data), width=width))
            print(pprint.pformat({'k': bytearray(data)}, width=width))
print(pprint.pformat(bytearray(b"'l\\"), width=3))
print(pprint.pformat([bytearray(b"'l\\abcdefgh")], width=3))
