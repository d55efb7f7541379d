"""eventwatch.link"""
