print("sitrep")
