# wait() with a timeout, poll(), terminate(), kill() and send_signal().
import signal
import subprocess

p = subprocess.Popen(['sleep', '5'])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout)
p.terminate()
print(p.wait(), p.returncode, p.poll())
p.terminate()   # a child already waited for: nothing happens
p.kill()
p.send_signal(signal.SIGINT)

p = subprocess.Popen(['sleep', '5'])
p.kill()
print(p.wait(timeout=5))
p = subprocess.Popen(['sleep', '5'])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'exit 9'])
print(p.wait(timeout=5), p.wait(), p.poll())
p = subprocess.Popen(['sh', '-c', 'kill -KILL $$'])
print(p.wait())
