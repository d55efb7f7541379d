"""eventwatch.ingest"""
