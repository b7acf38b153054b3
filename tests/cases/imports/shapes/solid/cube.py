from ..square import area as square_area


def volume(side):
    return square_area(side) * side
