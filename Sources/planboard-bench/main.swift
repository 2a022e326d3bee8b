print("planboard-bench: not yet written")
