# Of several invalid settings, the UTF-8 mode is refused first.
# env: PYTHONUTF8=7 PYTHONHASHSEED=x PYTHONINTMAXSTRDIGITS=1
print("not reached")
