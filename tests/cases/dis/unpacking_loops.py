# unpacking, nested loops with break/else, chained with, while True
import dis


def nested(grid):
    found = None
    for row in grid:
        for (x, y), *z in row:
            if x == y:
                found = x
                break
        else:
            continue
        break
    while True:
        if found:
            break
        found = 0
    return found


dis.dis(nested)
