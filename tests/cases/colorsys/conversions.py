# colorsys: every conversion, there and back, over a grid and random colours.
import colorsys

print(colorsys.__doc__)
print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)

state = 12345
def rand():
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state / 2**31

steps = [0.0, 0.1, 0.2, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 1.0]
colours = [(r, g, b) for r in steps for g in steps[::2] for b in steps[::3]]
colours += [(rand(), rand(), rand()) for _ in range(300)]
colours += [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 1), (0, 0, 0), (2, -1, 0.5)]
for r, g, b in colours:
    yiq = colorsys.rgb_to_yiq(r, g, b)
    hls = colorsys.rgb_to_hls(r, g, b)
    hsv = colorsys.rgb_to_hsv(r, g, b)
    print(yiq, colorsys.yiq_to_rgb(*yiq))
    print(hls, colorsys.hls_to_rgb(*hls))
    print(hsv, colorsys.hsv_to_rgb(*hsv))
for h in [-0.5, -0.1, 0.0, 0.1, 1 / 6, 0.3, 0.5, 0.7, 5 / 6, 0.99, 1.0, 1.5, 7.25]:
    for x, y in [(0.5, 0.5), (0.2, 0.8), (0.9, 0.3), (0.0, 1.0), (1.0, 0.0)]:
        print(h, x, y, colorsys.hls_to_rgb(h, x, y), colorsys.hsv_to_rgb(h, x, y))
for y, i, q in [(0.5, 0.6, 0.5), (0.5, -0.6, -0.5), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)]:
    print(colorsys.yiq_to_rgb(y, i, q))
for bad in [("a", 0, 0), (None, 0, 0)]:
    try:
        colorsys.rgb_to_hsv(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    colorsys.hsv_to_rgb(0.5, 1.0)
except TypeError as e:
    print(e)
