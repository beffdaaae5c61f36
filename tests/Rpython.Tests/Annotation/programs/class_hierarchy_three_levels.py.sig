entry_point(argv: list(str(no_nul))) -> int(nonneg)
Vehicle.__init__(self: instance of class_hierarchy_three_levels.Vehicle, wheels: int(nonneg)) -> None
Car.__init__(self: instance of class_hierarchy_three_levels.Car, seats: int(nonneg)) -> None
SportsCar.__init__(self: instance of class_hierarchy_three_levels.SportsCar) -> None
total(vehicles: list(instance of class_hierarchy_three_levels.Vehicle)) -> int(nonneg)
Car.capacity(self: instance of class_hierarchy_three_levels.Car) -> int(nonneg)
Vehicle.capacity(self: instance of class_hierarchy_three_levels.Vehicle) -> int(nonneg) = 1
Car.describe(self: instance of class_hierarchy_three_levels.Car) -> str(no_nul) = 'car'
SportsCar.describe(self: instance of class_hierarchy_three_levels.SportsCar) -> str(no_nul) = 'sports car'
Vehicle.describe(self: instance of class_hierarchy_three_levels.Vehicle) -> str(no_nul) = 'vehicle'
class class_hierarchy_three_levels.Vehicle:
    wheels: int(nonneg)
class class_hierarchy_three_levels.Car(class_hierarchy_three_levels.Vehicle):
    seats: int(nonneg)
class class_hierarchy_three_levels.SportsCar(class_hierarchy_three_levels.Car):
    top_speed: int(nonneg) = 300
