# dis.dis of a module: every function and class in name order
# lib: dissample
import dis
import dissample

dis.dis(dissample)
print(dis.code_info(dissample.clamp))
dis.show_code(dissample.Box.get)
