# -X utf8 takes 0 or 1 only.
# options: -X utf8=yes
print("not reached")
