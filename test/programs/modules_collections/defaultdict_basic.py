# covers: module.collections.defaultdict
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "banana", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
s = defaultdict(set)
s["k"].add(1)
print(s, "k" in s, "q" in s, s.get("q"))
