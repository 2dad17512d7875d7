# covers: exc.KeyError, exc.AttributeError
inventory = {"apples": 3, ("x", 1): "tuple key", 7: "seven"}
for k in ("pears", ("x", 2), 8, 7.5, "", "multi\nline"):
    try:
        inventory[k]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e))
class Config:
    debug = False
for name in ("debug", "verbose", "__secret"):
    try:
        print(name, getattr(Config, name))
    except AttributeError as e:
        print("AttributeError:", e)
import math as mod_like
try:
    mod_like.tau2
except AttributeError as e:
    print("AttributeError:", e)
