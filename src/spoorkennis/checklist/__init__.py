"""Checklist: questions to judge and compare re-integratiebureaus for tweede spoor."""
