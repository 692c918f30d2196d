VALUE = "module in a namespace package"
