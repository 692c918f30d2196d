import cyc.c
print("d sees c partly", not hasattr(cyc.c, "value"))
