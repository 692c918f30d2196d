class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.parse_item(x) for x in self.text.split(",")]
    def parse_item(self, item):
        return int(item.strip())
print(Parser("1, 2, 3").parse())
Parser("4, five").parse()
