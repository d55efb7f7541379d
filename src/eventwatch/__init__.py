"""eventwatch: news reports on armed conflict in, ACLED-style events, truces and airspace threats out."""

__version__ = "0.1.0"
