VALUE = "mod value"
