"""What changed between two runs of a benchmark: the cells and site items the history keeps
(`snapshot`), one mark per cell and item (`classify`), the comparison of two runs
(`compare`), its reports (`render`), alert states over scheduled checks (`alerts`), the
notifications (`notify`) and scheduler templates (`schedule`)."""
