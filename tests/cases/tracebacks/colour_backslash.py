# A binary operation continued with a backslash.
# env: FORCE_COLOR=1
count = 3
label = "items: " + \
    count
