# options: -W ::: -W ::Warning -W :
import warnings
for f in warnings.filters[:3]:
    print(f)
