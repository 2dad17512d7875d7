# covers: lang.stmt.import_own
import mod_counter
import mod_uses_other
sq = mod_uses_other.make_square(3)
mod_uses_other.make_square(4)
print(sq, sq.area(), mod_counter.count, mod_uses_other.mod_counter is mod_counter)
mod_counter.count = 100
print(mod_counter.bump())
