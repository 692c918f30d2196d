level = "top"
