class Query:
    def __init__(self, items): self.items = items
    def where(self, pred): return Query([i for i in self.items if pred(i)])
    def first(self): return self.items[0]
q = Query([1, 2, 3])
print(q.where(lambda x: x > 1).first())
q.where(lambda x: x > 5).first()
