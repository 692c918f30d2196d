runs = 0
