"""eventwatch.geo"""
