import state
state.runs += 100
