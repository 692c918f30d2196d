# Uncaught NameError for an unknown global at module level.
print("before")
undefined_function(42)
