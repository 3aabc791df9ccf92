"""Analysis: what the notebooks use — report selection, coverage, rates with intervals, models,
data-quality summaries, the figure style and the notebook runner."""

from gidata.analysis.stats import (body_codes, body_labels, poolable, coverage, funnel_limits, gini, load_kept,
                                   loglog_fit, lorenz, nb_glm, period, proportions, rate_ratios, select_reports, shares,
                                   term_name, wide)

__all__ = ["body_codes", "body_labels", "poolable", "coverage", "funnel_limits", "gini", "load_kept", "loglog_fit",
           "lorenz", "nb_glm", "period", "proportions", "rate_ratios", "select_reports", "shares", "term_name", "wide"]
