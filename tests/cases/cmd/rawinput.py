# use_rawinput: input() reads sys.stdin (here a string) and writes the
# prompt; EOF ends the loop through do_EOF.
import cmd, io, sys

class Calc(cmd.Cmd):
    prompt = 'calc> '
    def do_square(self, arg):
        """square N: prints N squared"""
        try:
            n = int(arg)
        except ValueError:
            print('*** not a number:', arg)
            return
        print(n * n)
    def do_quit(self, arg):
        print('quitting')
        return True
    def do_EOF(self, arg):
        print()
        return True

sys.stdin = io.StringIO('square 4\nsquare x\n\nhelp square\nquit\nsquare 9\n')
Calc(completekey=None).cmdloop()
print('after quit, left:', repr(sys.stdin.read()))
sys.stdin = io.StringIO('square 2\n')
Calc(completekey=None).cmdloop('intro line')
