"""eventwatch.store"""
