nstance(other):
