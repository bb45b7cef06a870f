"""Statistics with tidy result records (paper, Methods "Statistics")."""

from __future__ import annotations

import numpy as np


def result(test: str, statistic: float, p: float, n: int, groups: list[str] | tuple[str, ...] = (), **extra) -> dict:
    """The tidy record every test here returns and every table stores beside its result (paper,
    Methods "Statistics").

    Parameters
    ----------
    test : str
        Human-readable name of the test, e.g. ``"welch t (two-sided)"``.
    statistic, p : float
        Test statistic and p value; NaN when the test cannot be computed.
    n : int
        Number of observations the test used.
    groups : sequence of str, optional
        Names of the groups compared.
    **extra
        Test-specific fields (group means, per-group records, null summaries).

    Returns
    -------
    dict
        ``{"test", "statistic", "p", "n", "groups", **extra}`` with plain Python numbers (JSON-ready).
    """
    return {"test": test, "statistic": float(statistic), "p": float(p), "n": int(n), "groups": list(groups), **extra}


def _finite(values) -> np.ndarray:
    v = np.asarray(values, float).ravel()
    return v[np.isfinite(v)]


def sem(values) -> float:
    """Standard error of the mean of the finite values (paper, Methods "Statistics": mean ± s.e.m.).

    Parameters
    ----------
    values : array_like
        Any shape; non-finite values are dropped.

    Returns
    -------
    float
        SD (ddof 1) over sqrt n; NaN with fewer than 2 finite values.
    """
    v = _finite(values)
    return float(v.std(ddof=1) / np.sqrt(v.size)) if v.size > 1 else float("nan")


def welch_t(a: np.ndarray, b: np.ndarray, groups: tuple[str, str] = ("a", "b")) -> dict:
    """Two-sided Welch t test (unequal variances) of ``a`` vs ``b`` (paper, Fig. 1F and 2B: real vs
    shuffled accuracies and embedding distances).

    Parameters
    ----------
    a, b : ndarray
        The two samples; non-finite values are dropped.
    groups : (str, str), optional
        Names of ``a`` and ``b``, used in the record's keys.

    Returns
    -------
    dict
        :func:`result` record plus ``mean_<a>``, ``mean_<b>`` and ``n_per_group``; NaN statistic and p
        with fewer than 2 values per group or no variance in either.
    """
    from scipy import stats

    a, b = _finite(a), _finite(b)
    extra = {"mean_" + groups[0]: float(a.mean()) if a.size else float("nan"),
             "mean_" + groups[1]: float(b.mean()) if b.size else float("nan"), "n_per_group": [int(a.size), int(b.size)]}
    if a.size < 2 or b.size < 2 or (np.ptp(a) == 0 and np.ptp(b) == 0):
        return result("welch t (two-sided)", np.nan, np.nan, a.size + b.size, groups, **extra)
    res = stats.ttest_ind(a, b, equal_var=False)
    return result("welch t (two-sided)", res.statistic, res.pvalue, a.size + b.size, groups, **extra)


def mann_whitney(a: np.ndarray, b: np.ndarray, groups: tuple[str, str] = ("a", "b")) -> dict:
    """Two-sided Mann-Whitney U of ``a`` vs ``b`` (paper, Fig. 7E-G, J-L: laser-on vs laser-off trials).

    Parameters
    ----------
    a, b : ndarray
        The two samples; non-finite values are dropped.
    groups : (str, str), optional
        Names of ``a`` and ``b``, used in the record's keys.

    Returns
    -------
    dict
        :func:`result` record plus ``median_<a>``, ``median_<b>`` and ``n_per_group``; NaN statistic
        and p when a group is empty or all values are tied.
    """
    from scipy import stats

    a, b = _finite(a), _finite(b)
    extra = {"median_" + groups[0]: float(np.median(a)) if a.size else float("nan"),
             "median_" + groups[1]: float(np.median(b)) if b.size else float("nan"), "n_per_group": [int(a.size), int(b.size)]}
    if not a.size or not b.size or len(set(a) | set(b)) < 2:
        return result("mann-whitney u (two-sided)", np.nan, np.nan, a.size + b.size, groups, **extra)
    res = stats.mannwhitneyu(a, b, alternative="two-sided")
    return result("mann-whitney u (two-sided)", res.statistic, res.pvalue, a.size + b.size, groups, **extra)


def one_sample_t_bonferroni(samples: dict[str, np.ndarray], popmean: float = 0.0) -> dict:
    """One-sample two-sided t test of each group against ``popmean`` with Bonferroni correction over
    the groups tested (paper, Fig. 6: per-stimulus responses against baseline).

    Parameters
    ----------
    samples : dict of str to ndarray
        One sample per group (stimulus); non-finite values are dropped.
    popmean : float, optional
        The value tested against (0: no change from baseline).

    Returns
    -------
    dict
        :func:`result` record whose ``per_group`` maps each group to ``{"statistic", "p",
        "p_bonferroni", "n", "mean"}``; the record's own statistic and p are those of the smallest
        corrected p. Groups with fewer than 2 values or no variance get NaN and are not counted in the
        correction.
    """
    from scipy import stats

    per = {}
    for name, values in samples.items():
        v = _finite(values)
        if v.size < 2 or np.ptp(v) == 0:
            per[name] = {"statistic": float("nan"), "p": float("nan"), "n": int(v.size),
                         "mean": float(v.mean()) if v.size else float("nan")}
            continue
        res = stats.ttest_1samp(v, popmean)
        per[name] = {"statistic": float(res.statistic), "p": float(res.pvalue), "n": int(v.size), "mean": float(v.mean())}
    tested = [k for k, r in per.items() if np.isfinite(r["p"])]
    for k, r in per.items():
        r["p_bonferroni"] = min(1.0, r["p"] * len(tested)) if k in tested else float("nan")
    best = min(tested, key=lambda k: per[k]["p_bonferroni"], default=None)
    return result(f"one-sample t vs {popmean:g} (two-sided, bonferroni x{len(tested)})",
                  per[best]["statistic"] if best else np.nan, per[best]["p_bonferroni"] if best else np.nan,
                  sum(r["n"] for r in per.values()), sorted(per), per_group=per)


def null_summary(null: np.ndarray) -> dict:
    """Summary of a shuffle distribution, stored instead of the distribution itself (paper, Methods:
    shuffle tests; enough to draw its histogram outline and the observed value against it).

    Parameters
    ----------
    null : ndarray
        The statistic under shuffled labels; non-finite values are dropped.

    Returns
    -------
    dict
        ``{"mean", "sd", "percentiles" (2.5, 50, 95, 97.5), "histogram" ([counts, edges], 20 bins)}``;
        NaN mean and SD and no percentiles when ``null`` is empty.
    """
    null = _finite(null)
    if not null.size:
        return {"mean": float("nan"), "sd": float("nan"), "percentiles": {}}
    q = (2.5, 50.0, 95.0, 97.5)
    lo, hi = float(null.min()), float(null.max())
    if hi - lo <= 1e-9 * max(1.0, abs(lo)):  # (nearly) one value: numpy cannot make 20 bins of rounding noise
        lo, hi = lo - 0.5, hi + 0.5
    return {"mean": float(null.mean()), "sd": float(null.std()),
            "percentiles": {f"{k:g}": float(v) for k, v in zip(q, np.percentile(null, q))},
            "histogram": [c.tolist() for c in np.histogram(null, bins=20, range=(lo, hi))]}


def shuffle_test(a: np.ndarray, b: np.ndarray, n_shuffles: int = 1000, seed: int = 0,
                 groups: tuple[str, str] = ("a", "b")) -> dict:
    """One-sided permutation test that mean(a) - mean(b) is larger than with the group labels shuffled
    (paper, Methods: shuffle tests).

    Parameters
    ----------
    a, b : ndarray
        The two samples; non-finite values are dropped.
    n_shuffles : int, optional
        Number of label permutations.
    seed : int, optional
        Seed of the permutation generator.
    groups : (str, str), optional
        Names of ``a`` and ``b``.

    Returns
    -------
    dict
        :func:`result` record with the observed difference as statistic,
        p = (1 + #null >= observed) / (1 + n_shuffles), ``n_shuffles`` and ``null``
        (:func:`null_summary`).
    """
    a, b = _finite(a), _finite(b)
    if not a.size or not b.size:
        return result("shuffle test, difference of means (one-sided)", np.nan, np.nan, a.size + b.size, groups,
                      n_shuffles=n_shuffles, null=null_summary(np.array([])))
    pooled = np.concatenate([a, b])
    observed = a.mean() - b.mean()
    rng = np.random.default_rng(seed)
    null = np.empty(n_shuffles)
    for i in range(n_shuffles):
        perm = rng.permutation(pooled)
        null[i] = perm[: a.size].mean() - perm[a.size :].mean()
    p = (1 + np.sum(null >= observed - 1e-12)) / (1 + n_shuffles)
    return result("shuffle test, difference of means (one-sided)", observed, p, pooled.size, groups,
                  n_shuffles=n_shuffles, null=null_summary(null))


def spearman_shuffle(x: np.ndarray, y: np.ndarray, n_shuffles: int = 1000, seed: int = 0) -> dict:
    """Spearman rho of x and y with a one-sided shuffle test and the least-squares line of y on x
    (paper, Fig. 7A-B: dF/F against face similarity).

    Parameters
    ----------
    x, y : ndarray
        Paired values; pairs with a non-finite member are dropped.
    n_shuffles : int, optional
        Number of permutations of ``y`` for the shuffle test (rho larger than under shuffled y).
    seed : int, optional
        Seed of the permutation generator.

    Returns
    -------
    dict
        :func:`result` record (``statistic`` = rho, ``p`` = Spearman's two-sided p) with ``rho``,
        ``p_shuffle``, ``n_shuffles``, ``slope``, ``slope_ci`` (95 % interval of the slope),
        ``intercept`` and ``null`` (summary of the shuffled rhos); NaN fields with fewer than 3 pairs
        or a constant variable.
    """
    from scipy import stats

    x = np.asarray(x, float)
    y = np.asarray(y, float)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    n = int(len(x))
    test = "spearman rho, one-sided shuffle test"
    if n < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        nan = float("nan")
        return result(test, nan, nan, n, ("dF/F", "similarity"), rho=nan, p_shuffle=nan, n_shuffles=n_shuffles,
                      slope=nan, slope_ci=[nan, nan], intercept=nan, null=null_summary(np.array([])))
    res = stats.spearmanr(x, y)
    rng = np.random.default_rng(seed)
    rx = stats.rankdata(x)
    ry = stats.rankdata(y)
    null = np.array([np.corrcoef(rx, rng.permutation(ry))[0, 1] for _ in range(n_shuffles)])
    p_shuffle = (1 + np.sum(null >= res.statistic)) / (1 + n_shuffles)
    fit = stats.linregress(x, y)
    half = stats.t.ppf(0.975, n - 2) * fit.stderr
    return result(test, res.statistic, res.pvalue, n, ("dF/F", "similarity"), rho=float(res.statistic),
                  p_shuffle=float(p_shuffle), n_shuffles=n_shuffles, slope=float(fit.slope),
                  slope_ci=[float(fit.slope - half), float(fit.slope + half)], intercept=float(fit.intercept),
                  null=null_summary(null))


def zscore(values: np.ndarray) -> np.ndarray:
    """Z-score over the finite values (paper, Fig. 6-7: z-scored responses).

    Parameters
    ----------
    values : ndarray
        Any shape; NaNs are ignored in the mean and SD and kept in place.

    Returns
    -------
    ndarray
        ``(values - mean) / sd``, same shape; all NaN when the SD is 0.
    """
    v = np.asarray(values, float)
    sd = np.nanstd(v)
    return (v - np.nanmean(v)) / sd if sd > 0 else np.full_like(v, np.nan)


def arousal_trough(times: np.ndarray, similarity_to_baseline: np.ndarray, onset: float, window_s: float = 5.0) -> dict:
    """Arousal of one trial (paper, Fig. 1H-I): the trough of the similarity of each frame to the
    pre-stimulus frames after onset. A deeper trough means a larger departure from the resting face.

    Parameters
    ----------
    times : ndarray, shape (n,)
        Frame times in seconds, session clock.
    similarity_to_baseline : ndarray, shape (n,)
        Similarity of each frame to the mean pre-stimulus frame; NaN where not computed.
    onset : float
        Stimulus onset, session clock.
    window_s : float, optional
        Length of the post-onset window searched for the trough.

    Returns
    -------
    dict
        ``{"trough", "trough_time", "baseline"}``: the trough as the drop from the mean pre-stimulus
        similarity (positive = away from rest), its time after onset, and that mean; NaN when either
        window is empty.
    """
    t = np.asarray(times, float)
    v = np.asarray(similarity_to_baseline, float)
    pre = np.isfinite(v) & (t < onset)
    post = np.isfinite(v) & (t >= onset) & (t < onset + window_s)
    if not pre.any() or not post.any():
        return {"trough": float("nan"), "trough_time": float("nan"), "baseline": float("nan")}
    base = float(np.mean(v[pre]))
    i = int(np.argmin(np.where(post, v, np.inf)))
    return {"trough": base - float(v[i]), "trough_time": float(t[i] - onset), "baseline": base}


def wilcoxon_paired(a: np.ndarray, b: np.ndarray, groups: tuple[str, str] = ("a", "b")) -> dict:
    """Two-sided Wilcoxon signed-rank test of paired samples ``a`` vs ``b`` (paper, Fig. 2H-I:
    cumulative similarity of each trial to the positive vs the negative prototype).

    Parameters
    ----------
    a, b : ndarray, shape (n,)
        Paired samples; pairs with a non-finite member are dropped.
    groups : (str, str), optional
        Names of ``a`` and ``b``.

    Returns
    -------
    dict
        :func:`result` record plus ``median_difference`` (median of a - b); NaN statistic and p when
        fewer than 2 pairs remain or every difference is 0.
    """
    from scipy import stats

    a = np.asarray(a, float)
    b = np.asarray(b, float)
    ok = np.isfinite(a) & np.isfinite(b)
    d = a[ok] - b[ok]
    test = "wilcoxon signed-rank (paired, two-sided)"
    median = float(np.median(d)) if d.size else float("nan")
    if d.size < 2 or not np.any(d):
        return result(test, np.nan, np.nan, ok.sum(), groups, median_difference=median)
    res = stats.wilcoxon(a[ok], b[ok], alternative="two-sided")
    return result(test, res.statistic, res.pvalue, ok.sum(), groups, median_difference=median)


def wilcoxon_one_sample(values: np.ndarray) -> dict:
    """Two-sided one-sample Wilcoxon signed-rank test against 0 (paper, Fig. 5A-E: is a feature's
    change for a stimulus different from no change?).

    Parameters
    ----------
    values : ndarray
        The changes; non-finite values are dropped.

    Returns
    -------
    dict
        :func:`result` record plus ``median``; NaN statistic and p with fewer than 2 finite values or
        when every value is 0.
    """
    from scipy import stats

    v = _finite(values)
    test = "wilcoxon signed-rank (one-sample vs 0, two-sided)"
    median = float(np.median(v)) if v.size else float("nan")
    if v.size < 2 or not np.any(v):
        return result(test, np.nan, np.nan, v.size, median=median)
    res = stats.wilcoxon(v, alternative="two-sided")
    return result(test, res.statistic, res.pvalue, v.size, median=median)


def kruskal_dunn(groups: dict[str, np.ndarray], adjust: str = "bonferroni") -> dict:
    """Kruskal-Wallis across groups, then Dunn's pairwise test (scikit-posthocs; paper, Fig. 5:
    features across stimuli).

    Parameters
    ----------
    groups : dict of str to ndarray
        One sample per group; non-finite values are dropped, empty groups are left out.
    adjust : str, optional
        Multiple-comparison correction passed to ``scikit_posthocs.posthoc_dunn``.

    Returns
    -------
    dict
        :func:`result` record plus ``dunn`` mapping ``"a|b"`` to the adjusted p of groups a and b;
        NaN statistic and p (and no pairs) with fewer than 2 non-empty groups or all values tied.
    """
    import scikit_posthocs as sp
    from scipy import stats

    clean = {k: _finite(v) for k, v in groups.items()}
    clean = {k: v for k, v in clean.items() if v.size}
    names = sorted(clean)
    test, n = f"kruskal-wallis + dunn ({adjust})", sum(v.size for v in clean.values())
    if len(names) < 2 or len({x for v in clean.values() for x in v}) < 2:
        return result(test, np.nan, np.nan, n, names, dunn={})
    res = stats.kruskal(*(clean[k] for k in names))
    table = sp.posthoc_dunn([clean[k] for k in names], p_adjust=adjust)
    dunn = {f"{a}|{b}": float(table.iloc[i, j]) for i, a in enumerate(names) for j, b in enumerate(names) if i < j}
    return result(test, res.statistic, res.pvalue, n, names, dunn=dunn)
