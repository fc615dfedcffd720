"""Keeping the sociale kaart true: review reminders, reports of wrong listings ("Klopt dit
niet?"), duplicates, and completeness; with the public search for residents."""
