count = 3
message = "items: " + count
