# covers: module.random.shuffle
import random
random.seed(3)
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.seed(99)
print(random.shuffle(words), words)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
random.seed(0)
cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(cards)
print(cards[:13])
