kind = "nothing"
