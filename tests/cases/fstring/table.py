# A formatted table: alignment of mixed columns.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.125), ("dates", 0, 12.0)]
print(f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}")
print("-" * 35)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5}|{price:>8.3f}|{total:>9.2f}")
print("-" * 35)
print(f"{'sum':<10}|{'':>5}|{'':>8}|{grand:>9.2f}")
print(f"{grand:=^35.1f}")
