# Iterating over strings, ord/chr, building strings in loops.
word = "Python"
for ch in word:
    print(ch, ord(ch), end=" ")
print()
out = ""
for i in range(len(word) - 1, -1, -1):
    out += word[i]
print(out)
codes = [ord(c) for c in "héllo✓"]
print(codes, "".join([chr(c) for c in codes]))
print(chr(65), chr(0x263A), chr(0x1F40D), ord("\n"), ord("€"))
vowels = 0
for c in "the quick brown fox":
    if c in "aeiou":
        vowels += 1
print("vowels:", vowels)
print(list("abc"), tuple("xy"), sorted("banana"), set("aaa"))
