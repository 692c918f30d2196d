# Deeply indented lines, dedented before they are shown.
# env: FORCE_COLOR=1
def outer():
    def inner(rows):
        for row in rows:
            if row:
                return row[0] @ row[1]
    return inner([[1, 2]])

outer()
