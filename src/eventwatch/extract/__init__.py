"""eventwatch.extract"""
