import state
state.runs += 1
RUNS = state.runs
