"""Extract: every statistic of a `Document`, from its tables and its prose, as `Fact` records that
keep the text they came from."""
