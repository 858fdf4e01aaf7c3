"""The tool "In welke week van het verzuim zit ik?" (its rules are the poortwachter timeline's)."""
