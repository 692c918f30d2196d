kind = "regular"
