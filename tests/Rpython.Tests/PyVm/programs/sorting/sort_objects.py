# Sorting instances with __lt__, and with a key.
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in "KH 3S AD TC 3H 9D".split()]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(sorted(hand, key=lambda c: (c.suit, Card.ranks.index(c.rank))))
print(max(hand), min(hand))
