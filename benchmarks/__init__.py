"""The performance suite: ``python -m benchmarks`` generates the "large council" data set
(once, cached under benchmarks/data/) and measures every target of DESIGN.md's
performance table beside a reference measured in the same run."""
