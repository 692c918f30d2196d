value = "sub"
