"""WIA calculator: income per WIA outcome, month by month, from the first sick day."""
