entry_point(argv: list(str(no_nul))) -> int(nonneg)
Car.__init__(self: instance of object_composition.Car, power: int(nonneg) = 90, wheel_size: int(nonneg)) -> None
Engine.__init__(self: instance of object_composition.Engine, power: int(nonneg) = 90) -> None
Wheel.__init__(self: instance of object_composition.Wheel, size: int(nonneg)) -> None
Car.drive(self: instance of object_composition.Car) -> int(nonneg)
Engine.start(self: instance of object_composition.Engine) -> None
class object_composition.Car:
    engine: instance of object_composition.Engine
    wheels: list(instance of object_composition.Wheel, resizable)
class object_composition.Engine:
    power: int(nonneg) = 90
    running: bool
class object_composition.Wheel:
    size: int(nonneg)
