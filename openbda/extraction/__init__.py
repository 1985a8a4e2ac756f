"""Custom output: blueprint fields extracted from a document, with confidences and the places
on the page they were read from (see `types.py`)."""
