# covers: traceback.carets, traceback.basic
def divide_all(values, by):
    return [v / by for v in values]

totals = {
    "a": 10,
    "b": 0,
}
result = sum(
    divide_all([1, 2], 2)
) + totals["a"] / (
    totals["b"]
)
