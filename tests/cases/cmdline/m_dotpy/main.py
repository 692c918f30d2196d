# `-m main.py` imports main, then fails to find main.py in it, with the hint.
# options: -m main.py
print("main imported as", __name__)
