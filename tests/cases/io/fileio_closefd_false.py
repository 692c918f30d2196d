# cwd: tmp
# closefd=False leaves the descriptor open for its owner.
import io

owner = io.FileIO("f", "w+")
borrowed = io.FileIO(owner.fileno(), "w", closefd=False)
borrowed.write(b"through the borrower")
borrowed.close()
print(borrowed.closed, owner.closed)
owner.seek(0)
print(owner.read())
with open(owner.fileno(), "r", closefd=False) as text:
    text.seek(0)
    print(text.read())
print(owner.closed)
owner.close()
