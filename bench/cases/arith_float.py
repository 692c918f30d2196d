# Floating-point arithmetic: a numeric integration and a damped oscillator in a loop.
import time


N = 1800000


def main():
    # Midpoint-rule integral of 4/(1+x^2) over [0, 1] (approaches pi).
    h = 1.0 / N
    s = 0.0
    for i in range(N):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    pi_est = s * h
    # Semi-implicit Euler damped spring.
    pos = 1.0
    vel = 0.0
    dt = 0.001
    for i in range(N):
        acc = -9.0 * pos - 0.1 * vel
        vel += acc * dt
        pos += vel * dt
    return round(pi_est, 9) + round(pos, 9) + round(vel, 9)


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
