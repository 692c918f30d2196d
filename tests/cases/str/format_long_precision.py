# Float formatting at precisions past a double's exact digits (zeros from
# there on), with grouping, padding, signs and every type; ints zero-padded
# with grouping.  Long results are shown as a length and a checksum.
def h(s):
    if len(s) <= 60:
        return repr(s)
    # a digest of long text: its length and a checksum of its characters
    acc = 0
    for i, c in enumerate(s):
        acc = (acc * 131 + ord(c) + i) % 1000000007
    return '%d:%d' % (len(s), acc)
vals = [0.0, -0.0, 1.5, -1.5, 0.1, 2.5e-310, 5e-324, 1.7976931348623157e308, 123456.789, 1e22, 1e-7, float('inf'), float('nan'), -float('inf'), 2**0.5, 1/3, 1e16, 9.999999999999999e22]
specs = ['', 'e', 'f', 'g', 'E', 'F', 'G', '%', 'n', '.0f', '.0e', '.0g', '#.0f', '#.0e', '#.0g', '.1100f', '.1200f', '.2000f', '.800e', '.801e', '.1500e', '.1500g', '#.1500g', '#.30g', '.17g', '.50f', '.70f', '.100e',
         '_.2000f', '.2000_f', '.10_f', '.1500,f', ',.3f', '_.1200e', ',g', ',.1500g', '#,.1500g', '020.1500f', '0=3000.10f', '>3000.2f', '<3000.2000f', '^5001.3000e', 'z.1200f', '+.1200f', ' .1500e', 'x^2000.1200%', '010,.2f', '015_.4e', '#.2000G', '.1500%', '.1500_%']
for v in vals:
    for sp in specs:
        try:
            r = format(v, sp)
        except Exception as e:
            r = type(e).__name__ + ':' + str(e)
        print(repr(v), repr(sp), h(r))
# complex
for v in [1+2j, -1.5-0.5j, 1e-310j, complex(float('inf'), 1)]:
    for sp in ['', '.1500f', '.1200e', '>3000.1100g', '#.1500g', '.1500_f', '^5000']:
        try: r = format(v, sp)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print(repr(v), repr(sp), h(r))
# % formatting
for v in [1.5, -0.1, 1e300, 2.5e-310]:
    for f in ['%.1500f', '%.1200e', '%#.1500g', '%3000.2000f', '%-3000.1500e', '%+03000.10f', '%.1500G', '%.1101f', '%.1100f']:
        r = f % v
        print(repr(v), repr(f), h(r))
# ints with grouping and zero padding
for v in [0, 1, -1, 12345678901234567890, -99999]:
    for sp in ['010,', '04,', '05,', '06,', '0=30_', '030_x', '030_b', '#030_x', '0=3000,', ',', '_', '>3000,', '0100_o', '+0200,d', ' 0201,d']:
        try: r = format(v, sp)
        except Exception as e: r = type(e).__name__ + ':' + str(e)
        print(repr(v), repr(sp), h(r))
