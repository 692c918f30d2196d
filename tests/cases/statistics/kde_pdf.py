# kde: density estimates for every kernel and its aliases.
import statistics

data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
kernels = ['normal', 'gauss', 'logistic', 'sigmoid', 'rectangular', 'uniform',
           'triangular', 'parabolic', 'epanechnikov', 'quartic', 'biweight',
           'triweight', 'cosine']
points = [-4.0, -2.1, -1.0, 0.0, 0.35, 1.9, 3.3, 6.2, 9.0]
for kernel in kernels:
    f = statistics.kde(data, h=1.5, kernel=kernel)
    print(kernel, f.__doc__)
    print(' '.join(f(x).hex() for x in points))
f = statistics.kde([1, 2, 2, 5], 1)
print([f(x) for x in range(7)])
f = statistics.kde((3, 1, 4, 1, 5), 0.5, 'triangular')
print([f(x / 2) for x in range(12)])
