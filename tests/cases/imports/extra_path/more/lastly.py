value = "last"
