# An invalid character in an identifier position.
price = 5 €
