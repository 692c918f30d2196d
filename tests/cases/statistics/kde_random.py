# kde_random: seeded selections for every kernel.
import statistics

data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
rand = statistics.kde_random(data, h=1.5, seed=8675309)
print([round(x, 1) for x in (rand() for i in range(10))])
print(rand.__doc__)
for kernel in ('normal', 'gauss', 'logistic', 'sigmoid', 'rectangular',
               'uniform', 'triangular', 'parabolic', 'epanechnikov', 'cosine'):
    rand = statistics.kde_random(data, 2.0, kernel, seed=kernel)
    print(kernel, [rand().hex() for _ in range(6)])
for kernel in ('quartic', 'biweight', 'triweight'):
    rand = statistics.kde_random(data, 2.0, kernel, seed=42)
    print(kernel, [round(rand(), 9) for _ in range(8)])
