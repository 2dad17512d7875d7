# covers: lang.expr.pow, lang.expr.int_float_mix, type.float
# int ** negative int and float ** float are C pow() of the two doubles, correctly rounded
# (7 ** -2 is 0.02040816326530612, not JavaScript's Math.pow 0.020408163265306124).
print(7 ** -2, 7.0 ** -2, pow(7, -2), 7.0 ** -2.0, 3 ** -5, 10 ** -7, 2 ** -1074, (-3) ** -3)
x = 7
x **= -2
print(x)
rows = []
for b in range(2, 30):
    for e in range(-9, 0):
        rows.append(b ** e)
        rows.append(float(b) ** float(e))
print(sum(rows))
print(rows[:6])
print(rows[-6:])
print(1.5 ** 2.5, 2 ** 0.5, 9 ** 0.5, 10.0 ** -3, 1.1 ** 10, 0.5 ** 1074)
try:
    0 ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
