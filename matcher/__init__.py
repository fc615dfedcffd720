"""The domain: activities of the sociale kaart, the HSDS Dutch profile, places, matching.

Pure Python: nothing here imports Flask or a search engine's client library.
"""
