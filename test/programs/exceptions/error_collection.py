# covers: exc.Exception, exc.hierarchy
errors = []
for value in ["1", "x", "2", None, "3.5"]:
    try:
        errors.append(("ok", int(value)))
    except (ValueError, TypeError) as e:
        errors.append((type(e).__name__, str(e)))
for kind, detail in errors:
    print(f"{kind:10} {detail}")
