"""Poortwachter timeline: every legal step and advice moment of a wachttijd, from the first sick day."""
