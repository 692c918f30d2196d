import traceback

def holder():
    big = [1, 2, 3]
    raise ValueError("x")

try:
    holder()
except ValueError as e:
    tb = e.__traceback__
frame = tb.tb_next.tb_frame
print(sorted(frame.f_locals))
traceback.clear_frames(tb)
print(sorted(frame.f_locals))
traceback.clear_frames(None)
print("done")
