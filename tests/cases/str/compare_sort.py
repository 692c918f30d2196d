# String ordering is by code point.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "", "a", "ab"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len))
print("a" * 3 < "aaaa", "b" > "abc", "\u00ff" < "\u0100", "😀" > "\uffff")
