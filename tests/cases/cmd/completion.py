# The completion helpers called directly: command names, help topics and
# a command's own complete_ method.
import cmd

class Shop(cmd.Cmd):
    FRUITS = ['apple', 'apricot', 'banana']
    def do_buy(self, arg):
        pass
    def do_build(self, arg):
        pass
    def do_sell(self, arg):
        pass
    def help_shipping(self):
        print('shipping')
    def help_buy(self):
        print('buy')
    def complete_buy(self, text, line, begidx, endidx):
        return [f for f in self.FRUITS if f.startswith(text)]

s = Shop()
print(sorted(s.completenames('b')), s.completenames('z'), sorted(s.completenames('')))
print(sorted(s.complete_help('b')), sorted(s.complete_help('sh')), sorted(s.complete_help('')))
print(s.complete_buy('ap', 'buy ap', 4, 6), s.completedefault('x', 'y', 0, 1))
print(sorted(n for n in s.get_names() if n.startswith(('do_', 'help_', 'complete_'))))
