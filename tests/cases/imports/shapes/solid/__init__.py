from ..circle import Circle
from .. import DEFAULT_SIDES as inherited_default
