import cyc.d
value = "c"
