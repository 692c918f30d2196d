# A package without __main__ is imported, then refused.
# options: -m pkg
