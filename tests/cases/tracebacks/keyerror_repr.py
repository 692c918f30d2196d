inventory = {"apples": 3}
print(inventory["apples"])
print(inventory[("pears", 2)])
