import PlanBoardCore
print("planboard")
