"""eventwatch.serve"""
