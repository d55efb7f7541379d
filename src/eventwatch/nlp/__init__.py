"""Language processing: sentence segmentation (cheap, whole text) and spaCy parsing (candidates only)."""
