print("start")
import definitely_not_a_module
