"""eventwatch.eval"""
