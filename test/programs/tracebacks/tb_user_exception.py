# covers: traceback.user_exception
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f"{item}: wanted {wanted}, have 0")

def take(item, n):
    raise OutOfStock(item, n)

take("widget", 3)
