import sys
print("before")
sys.exit("fatal: configuration missing")
