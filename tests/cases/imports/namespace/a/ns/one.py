v = "one"
