items = [3, 0, 2]
inverse = list(map(lambda x: 1 / x, items))
