# covers: lang.expr.floordiv_mod, lang.literal.int
# // % and divmod on big and small ints of every sign combination (floor, not truncation).
vals=[0,1,-1,7,-7,2**70+3,-(2**70+3),2**64,-(2**64),10**30,-(10**30),3,-3]
for a in vals:
  for b in vals:
    if b: print(a//b, a%b, divmod(a,b))
