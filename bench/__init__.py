"""The benchmark: seeds a large portal and measures it against baselines in the same run."""
