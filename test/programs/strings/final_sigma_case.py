# covers: type.str.upper_lower, type.str.methods
# Greek capital sigma lowercases to final 'ς' after a cased letter and not before one (Unicode
# Final_Sigma) in title(), swapcase() and capitalize() as in lower().
for s in ["AΣ", "ΣΑΣ", "ΑΣ.", "Σ", "ΑΣ'Α", "ΑΣ' ", "ὈΔΥΣΣΕΎΣ ΣΑΣ!", "a.Σ", "abΣ'"]:
    print(s.capitalize(), s.title(), s.swapcase(), s.lower(), s.casefold())
