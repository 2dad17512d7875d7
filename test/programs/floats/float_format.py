# covers: lang.fstring.spec, type.float
x = 3.14159265
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1f}|{-x:.0f}")
print(f"{x:e}|{x:.2E}|{x:g}|{1e-7:g}|{1e16:g}|{123456789.0:g}|{0.0001:g}")
print(f"{x:%}|{0.256:.1%}|{1234567.891:,.2f}|{1234567.891:_.1f}")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{1.005:.2f}")
print(f"{float('inf'):f}|{float('-inf'):.2f}|{float('nan'):e}|{float('inf'):>6}")
print(f"{-0.0:.1f}|{0.0:+.2f}|{1e300:.3g}|{12.0:g}|{12.5:08.2f}|{-12.5:08.2f}")
print(f"{x!r}|{x!s}|{x}|{1e22}|{1e21:.0f}")
print(format(x, ".3"), format(1.0, ".3"), format(1234.5, ".3"), format(x, ""))
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2**0.5:.15g}")
