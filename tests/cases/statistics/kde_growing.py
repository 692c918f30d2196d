# kde works on the caller's list: data added later count too.
import statistics

data = [1.0, 2.0, 4.0]
for kernel in ('normal', 'triangular', 'cosine'):
    f = statistics.kde(data, 1, kernel)
    F = statistics.kde(data, 1, kernel, cumulative=True)
    before = (f(2.5), F(2.5))
    data.append(2.25)
    print(kernel, before, (f(2.5), F(2.5)))
    data.pop()
