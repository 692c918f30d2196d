print("lazydel runs")
DROP = 1
KEEP = 2
