# A seed past 2**32-1 is refused.
# env: PYTHONHASHSEED=4294967296
print("not reached")
