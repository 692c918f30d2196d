print("lazymod runs")
VALUE = "value from lazymod"
given = "set by the code"
