# kde with cumulative=True: distribution estimates for every kernel.
import statistics

data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
kernels = ['normal', 'logistic', 'sigmoid', 'rectangular', 'triangular',
           'parabolic', 'quartic', 'triweight', 'cosine']
points = [-10.0, -2.1, -1.0, 0.0, 0.35, 1.9, 3.3, 6.2, 12.0]
for kernel in kernels:
    F = statistics.kde(data, h=1.5, kernel=kernel, cumulative=True)
    print(kernel, F.__doc__)
    print(' '.join(F(x).hex() for x in points))
