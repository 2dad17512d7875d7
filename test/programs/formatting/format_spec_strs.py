# covers: lang.fstring.spec, type.str
s = "python"
print(f"[{s:10}][{s:<10}][{s:>10}][{s:^10}][{s:-^11}][{s:.3}][{s:>8.2}]")
print(f"[{'':5}][{'é':>3}][{'日本':^6}][{s!r:^12}]")
print("[%10s][%-10s][%.2s]" % (s, s, s))
try:
    f"{s:=10}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{s:+}"
except ValueError as e:
    print("ValueError:", e)
