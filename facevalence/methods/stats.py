"""Statistics with tidy result records (paper, Methods "Statistics")."""

from __future__ import annotations

import numpy as np
from scipy import stats


def spearman_shuffle(x: np.ndarray, y: np.ndarray, n_shuffles: int = 1000, seed: int = 0) -> dict:
    """Spearman rho of x and y with a one-sided shuffle test (rho larger than under shuffled y).

    Returns ``{"test", "rho", "p", "p_shuffle", "n", "n_shuffles", "slope", "intercept"}``.
    """
    x = np.asarray(x, float)
    y = np.asarray(y, float)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    n = int(len(x))
    if n < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return {"test": "spearman", "rho": float("nan"), "p": float("nan"), "p_shuffle": float("nan"), "n": n,
                "n_shuffles": n_shuffles, "slope": float("nan"), "intercept": float("nan")}
    res = stats.spearmanr(x, y)
    rng = np.random.default_rng(seed)
    rx = stats.rankdata(x)
    ry = stats.rankdata(y)
    null = np.array([np.corrcoef(rx, rng.permutation(ry))[0, 1] for _ in range(n_shuffles)])
    p_shuffle = (1 + np.sum(null >= res.statistic)) / (1 + n_shuffles)
    slope, intercept = np.polyfit(x, y, 1)
    return {"test": "spearman", "rho": float(res.statistic), "p": float(res.pvalue), "p_shuffle": float(p_shuffle),
            "n": n, "n_shuffles": n_shuffles, "slope": float(slope), "intercept": float(intercept)}


def zscore(values: np.ndarray) -> np.ndarray:
    """(v - mean) / sd over finite values; all-NaN when sd is 0."""
    v = np.asarray(values, float)
    sd = np.nanstd(v)
    return (v - np.nanmean(v)) / sd if sd > 0 else np.full_like(v, np.nan)


def arousal_trough(times: np.ndarray, similarity_to_baseline: np.ndarray, onset: float, window_s: float = 5.0) -> dict:
    """Arousal of one trial (paper, Fig. 1H-I): the trough of the similarity of each frame to the
    pre-stimulus frames after onset. A deeper trough means a larger departure from the resting face.

    Returns ``{"trough", "trough_time", "baseline"}`` with the trough expressed as the drop from the
    mean pre-stimulus similarity (positive = away from rest); NaN when a window is empty.
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


def wilcoxon_paired(a: np.ndarray, b: np.ndarray) -> dict:
    """Two-sided Wilcoxon signed-rank test of paired samples ``a`` vs ``b`` (paper, Fig. 2H-I:
    cumulative similarity of each trial to the positive vs the negative prototype).

    Returns ``{"test", "statistic", "p", "n", "median_difference"}``; NaN statistic and p when fewer
    than 2 pairs remain or every difference is 0.
    """
    a = np.asarray(a, float)
    b = np.asarray(b, float)
    ok = np.isfinite(a) & np.isfinite(b)
    d = a[ok] - b[ok]
    out = {"test": "wilcoxon signed-rank (paired, two-sided)", "n": int(ok.sum()),
           "median_difference": float(np.median(d)) if d.size else float("nan")}
    if d.size < 2 or not np.any(d):
        return {**out, "statistic": float("nan"), "p": float("nan")}
    res = stats.wilcoxon(a[ok], b[ok], alternative="two-sided")
    return {**out, "statistic": float(res.statistic), "p": float(res.pvalue)}


def wilcoxon_one_sample(values: np.ndarray) -> dict:
    """Two-sided one-sample Wilcoxon signed-rank test against 0 (paper, Fig. 5A-E: is a feature's
    change for a stimulus different from no change?).

    Returns ``{"test", "statistic", "p", "n", "median"}``; NaN statistic and p with fewer than 2
    finite values or when every value is 0.
    """
    v = np.asarray(values, float)
    v = v[np.isfinite(v)]
    out = {"test": "wilcoxon signed-rank (one-sample vs 0, two-sided)", "n": int(v.size),
           "median": float(np.median(v)) if v.size else float("nan")}
    if v.size < 2 or not np.any(v):
        return {**out, "statistic": float("nan"), "p": float("nan")}
    res = stats.wilcoxon(v, alternative="two-sided")
    return {**out, "statistic": float(res.statistic), "p": float(res.pvalue)}


def kruskal_dunn(groups: dict[str, np.ndarray], adjust: str = "bonferroni") -> dict:
    """Kruskal-Wallis across groups, then Dunn's pairwise test with ``adjust`` correction
    (scikit-posthocs; paper, Fig. 5: features across stimuli).

    Returns ``{"test", "statistic", "p", "n", "groups", "dunn"}`` where ``dunn`` maps
    ``"a|b"`` to the adjusted p of groups a and b; NaN statistic and p (and no pairs) with fewer
    than 2 groups holding a finite value.
    """
    import scikit_posthocs as sp

    clean = {k: np.asarray(v, float)[np.isfinite(np.asarray(v, float))] for k, v in groups.items()}
    clean = {k: v for k, v in clean.items() if v.size}
    names = sorted(clean)
    out = {"test": f"kruskal-wallis + dunn ({adjust})", "n": int(sum(v.size for v in clean.values())), "groups": names}
    if len(names) < 2 or len({x for v in clean.values() for x in v}) < 2:
        return {**out, "statistic": float("nan"), "p": float("nan"), "dunn": {}}
    res = stats.kruskal(*(clean[k] for k in names))
    table = sp.posthoc_dunn([clean[k] for k in names], p_adjust=adjust)
    dunn = {f"{a}|{b}": float(table.iloc[i, j]) for i, a in enumerate(names) for j, b in enumerate(names) if i < j}
    return {**out, "statistic": float(res.statistic), "p": float(res.pvalue), "dunn": dunn}
