# An iterable class returning a separate iterator object, so it can be iterated twice and nested.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIterator(self.cards)
class DeckIterator:
    def __init__(self, cards):
        self.cards, self.i = cards, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]
d = Deck(["A", "K", "Q"])
print([(a, b) for a in d for b in d if a != b])
print(list(d), sorted(d), "K" in d)
