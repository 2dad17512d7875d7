# covers: module.string.constants, lang.stmt.import_builtin, lang.class.inheritance
# string.Template: $name, ${name} and $$ with substitute/safe_substitute, errors with their position,
# get_identifiers/is_valid, and subclasses changing delimiter, idpattern and flags.
import string
t = string.Template("$who likes ${what}s $$ and $who again")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who=1))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"), t.template, t.get_identifiers(), t.is_valid())
for bad in ["cost: $5", "line1\nline2 ${bad-name}", "$", "ok $x $ end"]:
    tb = string.Template(bad)
    try:
        print(tb.substitute(x=1))
    except ValueError as e:
        print("ValueError:", e)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %{age}%% sure").substitute(name="Bo", age=7), Pct.delimiter, isinstance(Pct("x"), string.Template))
class Strict(string.Template):
    flags = 0
    idpattern = r"[a-z]+"
print(Strict("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(string.Template("$Name_1 ${_x}").substitute(Name_1="A", _x="B"))
rows = [dict(n=i, sq=i * i) for i in range(3)]
line = string.Template("$n^2 = $sq")
print([line.substitute(r) for r in rows])
