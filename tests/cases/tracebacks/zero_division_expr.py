scores = {"math": 90, "art": 0}
weights = {"math": 2, "art": 0}
avg = sum(scores[k] * weights[k] for k in scores) / sum(weights[k] for k in scores if weights[k] == 0)
