def split_pair(s):
    key, value = s.split("=")
    return key, value
print(split_pair("a=1"))
split_pair("a=1=2")
