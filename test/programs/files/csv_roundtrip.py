# covers: file.write_read, type.str.join, type.str.split
name = "_tmp_csv_roundtrip.csv"
rows = [["name", "qty", "price"], ["apple", 3, 0.5], ["pear", 10, 0.25], ["fig", 0, 2.0]]
with open(name, "w") as f:
    for row in rows:
        f.write(",".join(str(c) for c in row) + "\n")
with open(name) as f:
    header = f.readline().strip().split(",")
    records = []
    for line in f:
        name_, qty, price = line.strip().split(",")
        records.append({"name": name_, "qty": int(qty), "price": float(price)})
print(header)
for r in records:
    print(r)
print("total", sum(r["qty"] * r["price"] for r in records))
