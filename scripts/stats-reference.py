#!/usr/bin/python3
# Reference values for src/stats, computed independently with SciPy (Debian's python3-scipy):
#   apt-get install -y python3-scipy && /usr/bin/python3 scripts/stats-reference.py
# writes test/stats/reference.json. Hodges-Lehmann intervals, Holm and Benjamini-Hochberg have
# no SciPy 1.10 function; they are computed here with NumPy straight from their textbook
# definitions (the same as statsmodels' multipletests), using SciPy's null distributions.
import json
import math
import os

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats._mannwhitneyu import _mwu_state, _mwu_choose_method
from scipy.stats._morestats import _get_wilcoxon_distr

rng = np.random.default_rng(20261130)


def floats(a):
    return [float(v) for v in a]


def lognormal(n, median, sigma=0.05, decimals=None):
    v = median * np.exp(rng.normal(0, sigma, n))
    return floats(np.round(v, decimals) if decimals is not None else v)


# -- quantiles ------------------------------------------------------------------------------
quantile_cases = []
for x in ([3.0], [1.0, 2.0], [5.0, 1.0, 4.0, 2.0, 3.0], lognormal(30, 1200.0), [2.0, 2.0, 2.0, 7.0]):
    for p in (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1.0):
        quantile_cases.append({"x": x, "p": p, "value": float(np.quantile(x, p))})

# -- normal distribution --------------------------------------------------------------------
normal_cases = [{"z": z, "sf": float(stats.norm.sf(z))}
                for z in (-5.0, -1.3, 0.0, 0.1, 0.7, 1.2, 1.959963984540054, 2.5, 2.9, 3.7, 5.0, 8.3, 12.0, 20.0, 30.0)]
erfc_cases = [{"x": x, "erfc": float(special.erfc(x))} for x in (-1.0, 0.0, 0.3, 1.0, 1.99, 2.0, 2.01, 3.5, 6.0, 15.0, 25.0)]
quantile_normal_cases = [{"p": p, "z": float(stats.norm.ppf(p))}
                         for p in (1e-12, 1e-6, 0.001, 0.01, 0.02, 0.025, 0.1, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-9)]

# -- Mann-Whitney U -------------------------------------------------------------------------
mwu_inputs = {
    "single values": ([1.0], [2.0]),
    "tiny separated": ([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]),
    "tiny interleaved": ([1.0, 4.0, 5.0], [2.0, 3.0, 6.0, 7.0]),
    "tiny with ties (asymptotic)": ([1.0, 2.0, 2.0, 3.0], [2.0, 3.0, 4.0]),
    "exact 5 vs 20": (lognormal(5, 1000.0), lognormal(20, 1040.0)),
    "exact 8 vs 8": (lognormal(8, 1000.0), lognormal(8, 1100.0)),
    "exact 8 vs 200": (lognormal(8, 1000.0), lognormal(200, 1010.0)),
    "exact U at centre": ([1.0, 4.0], [2.0, 3.0]),
    "asymptotic 9 vs 9": (lognormal(9, 1000.0), lognormal(9, 1050.0)),
    "asymptotic 30 vs 30": (lognormal(30, 1200.0), lognormal(30, 1290.0)),
    "asymptotic integer us ties": (lognormal(30, 100.0, 0.1, 0), lognormal(40, 104.0, 0.1, 0)),
    "asymptotic 100 vs 120": (lognormal(100, 500.0, 0.2), lognormal(120, 520.0, 0.2)),
    "identical samples": ([10.0, 11.0, 12.0, 13.0, 14.0] * 2, [10.0, 11.0, 12.0, 13.0, 14.0] * 2),
    "all equal": ([5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0]),
    "fully separated 50 vs 50": (floats(np.arange(50) + 1.0), floats(np.arange(50) + 101.0)),
    "fully separated 300 vs 300": (floats(np.arange(300) + 1.0), floats(np.arange(300) + 1001.0)),
}
mwu_cases = []
for name, (x, y) in mwu_inputs.items():
    res = stats.mannwhitneyu(x, y, alternative="two-sided", method="auto")
    xy = np.concatenate([x, y])
    method = _mwu_choose_method(len(x), len(y), xy[None, :], "auto")
    mwu_cases.append({"name": name, "x": x, "y": y, "u1": float(res.statistic), "p": float(res.pvalue), "method": method})

# -- Wilcoxon signed-rank on differences ----------------------------------------------------
def logratios(n, shift, sigma=0.05, decimals=None):
    base = np.array(lognormal(n, 1000.0, sigma, decimals))
    head = np.array(lognormal(n, 1000.0 * shift, sigma, decimals))
    return floats(np.log(head) - np.log(base))


wilcoxon_inputs = {
    "one difference": [0.3],
    "two differences": [0.3, -0.1],
    "exact 10": logratios(10, 1.05),
    "exact 10 all positive": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0],
    "exact 50": logratios(50, 1.02),
    "exact with ties in |d| (SciPy truncates R+)": [1.0, -1.0, 2.0, 2.0, 3.0, -4.0, 5.0, 5.0, -5.0, 6.0],
    "asymptotic 51": logratios(51, 1.01),
    "asymptotic 200": logratios(200, 1.03, 0.1),
    "zeros switch to asymptotic": [0.0, 0.0, 1.0, 2.0, -3.0, 4.0, 5.0, 6.0, -1.5, 7.0, 8.0],
    "zeros and ties": [0.0, 1.0, 1.0, -1.0, 2.0, 2.0, 3.0, 0.0, -2.0, 4.0, 5.0, 5.0],
}
wilcoxon_cases = []
for name, d in wilcoxon_inputs.items():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = stats.wilcoxon(d)  # zero_method="wilcox", correction=False, method="auto"
    method = "exact" if (len(d) <= 50 and not np.any(np.array(d) == 0)) else "asymptotic"
    wilcoxon_cases.append({"name": name, "d": d, "statistic": float(res.statistic), "p": float(res.pvalue), "method": method})

# -- Kendall's tau (drift against run index, and general) -----------------------------------
idx = lambda n: floats(np.arange(n))
drift_rise = floats(1000.0 + np.arange(60) * 0.8 + rng.normal(0, 10, 60))
kendall_inputs = {
    "exact 10": (idx(10), lognormal(10, 1000.0)),
    "exact 33": (idx(33), lognormal(33, 1000.0)),
    "asymptotic 34": (idx(34), lognormal(34, 1000.0)),
    "asymptotic rising 60": (idx(60), drift_rise),
    "asymptotic ties in y": (idx(40), lognormal(40, 100.0, 0.05, 0)),
    "ties in both": ([1.0, 1.0, 2.0, 3.0, 3.0, 3.0, 4.0, 5.0], [2.0, 1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 6.0]),
    "perfect order 100 (exact)": (idx(100), floats(np.arange(100) * 2.0 + 5.0)),
    "one swap 100 (exact)": (idx(100), floats(np.r_[1.0, 0.0, np.arange(2, 100)])),
    "perfect order 200 (exact, tiny p)": (idx(200), floats(np.arange(200) * 1.0)),
    "reverse 5": (idx(5), [5.0, 4.0, 3.0, 2.0, 1.0]),
    "three values": (idx(3), [1.0, 3.0, 2.0]),
}
kendall_cases = []
for name, (x, y) in kendall_inputs.items():
    res = stats.kendalltau(x, y)
    kendall_cases.append({"name": name, "x": x, "y": y, "tau": float(res.statistic), "p": float(res.pvalue)})

# -- Hodges-Lehmann on logs, with Moses / Walsh intervals -----------------------------------
def hl_two_sample(base, head, alpha):
    lb, lh = np.log(base), np.log(head)
    diffs = np.sort(np.subtract.outer(lh, lb).ravel())
    m, n = len(base), len(head)
    pooled = np.concatenate([lb, lh])
    _, t = np.unique(pooled, return_counts=True)
    method = _mwu_choose_method(m, n, pooled[None, :], "auto")
    if method == "exact":
        cdf = _mwu_state.cdf(np.arange(m * n + 1), m, n)
        ks = [k for k in range(1, m * n + 1) if 2 * cdf[k - 1] <= alpha]
        k = max(ks) if ks else 1
    else:
        N = m + n
        sigma = math.sqrt(m * n / 12 * ((N + 1) - (t ** 3 - t).sum() / (N * (N - 1))))
        k = max(1, math.floor(m * n / 2 - stats.norm.ppf(1 - alpha / 2) * sigma))
    return float(np.exp(np.median(diffs))), float(np.exp(diffs[k - 1])), float(np.exp(diffs[m * n - k])), method


def hl_paired(base, head, alpha):
    d = np.log(head) - np.log(base)
    n = len(d)
    walsh = np.sort(np.array([(d[i] + d[j]) / 2 for i in range(n) for j in range(i, n)]))
    M = len(walsh)
    _, t = np.unique(np.abs(d), return_counts=True)
    exact = n <= 50 and not np.any(d == 0) and not np.any(t > 1)
    if exact:
        cdf = np.cumsum(_get_wilcoxon_distr(n))
        ks = [k for k in range(1, M + 1) if 2 * cdf[k - 1] <= alpha]
        k = max(ks) if ks else 1
    else:
        var = n * (n + 1) * (2 * n + 1) / 24 - (t * (t * t - 1)).sum() / 48
        k = max(1, math.floor(M / 2 - stats.norm.ppf(1 - alpha / 2) * math.sqrt(var)))
    return (float(np.exp(np.median(walsh))), float(np.exp(walsh[k - 1])), float(np.exp(walsh[M - k])),
            "exact" if exact else "asymptotic")


hl_inputs = {
    "tiny 3 vs 3 (full range)": ([100.0, 110.0, 105.0], [120.0, 125.0, 118.0]),
    "exact 6 vs 8": (lognormal(6, 1000.0), lognormal(8, 1070.0)),
    "exact 8 vs 30": (lognormal(8, 1000.0), lognormal(30, 1100.0)),
    "asymptotic 30 vs 30": (lognormal(30, 1200.0), lognormal(30, 1290.0)),
    "asymptotic ties": (lognormal(30, 100.0, 0.1, 0), lognormal(30, 95.0, 0.1, 0)),
    "asymptotic 200 vs 150": (lognormal(200, 800.0, 0.15), lognormal(150, 800.0, 0.15)),
}
hl_cases = []
for name, (base, head) in hl_inputs.items():
    for alpha in (0.05, 0.1):
        ratio, lower, upper, method = hl_two_sample(base, head, alpha)
        hl_cases.append({"name": name, "base": base, "head": head, "alpha": alpha,
                         "ratio": ratio, "lower": lower, "upper": upper, "method": method})

hl_paired_inputs = {
    "exact 10": (lognormal(10, 1000.0), lognormal(10, 1050.0)),
    "exact 4 (full range)": ([100.0, 101.0, 102.0, 103.0], [104.0, 107.0, 105.5, 110.0]),
    "exact 50": (lognormal(50, 1000.0), lognormal(50, 1020.0)),
    "asymptotic 80": (lognormal(80, 1000.0, 0.1), lognormal(80, 1030.0, 0.1)),
    "asymptotic ties and zeros": ([10.0, 10.0, 20.0, 20.0, 30.0, 40.0, 50.0, 60.0], [10.0, 11.0, 22.0, 20.0, 33.0, 44.0, 50.0, 66.0]),
}
hl_paired_cases = []
for name, (base, head) in hl_paired_inputs.items():
    ratio, lower, upper, method = hl_paired(base, head, 0.05)
    hl_paired_cases.append({"name": name, "base": base, "head": head, "alpha": 0.05,
                            "ratio": ratio, "lower": lower, "upper": upper, "method": method})

# -- multiple testing (statsmodels' multipletests formulas) ---------------------------------
def holm(p):
    p = np.asarray(p, float)
    order = np.argsort(p)
    adj = np.maximum.accumulate(p[order] * np.arange(len(p), 0, -1))
    out = np.empty_like(p)
    out[order] = np.minimum(adj, 1)
    return floats(out)


def bh(p):
    p = np.asarray(p, float)
    order = np.argsort(p)
    raw = p[order] * len(p) / np.arange(1, len(p) + 1)
    adj = np.minimum.accumulate(raw[::-1])[::-1]
    out = np.empty_like(p)
    out[order] = np.minimum(adj, 1)
    return floats(out)


padj_inputs = [
    [0.01],
    [0.01, 0.04, 0.03, 0.005],
    [0.5, 0.5, 0.01, 0.01, 0.2],
    [1e-8, 0.02, 0.9, 0.04, 0.049, 0.3, 0.001, 0.6],
    floats(rng.uniform(0, 1, 100)),
]
padj_cases = [{"p": p, "holm": holm(p), "bh": bh(p)} for p in padj_inputs]

# -- coefficient of variation (ddof = 1) ----------------------------------------------------
cv_cases = [{"x": x, "cv": float(stats.variation(x, ddof=1))}
            for x in ([1.0, 2.0, 3.0, 4.0], lognormal(30, 1200.0), [7.0, 7.0, 7.0], lognormal(100, 50.0, 0.3))]

reference = {
    "generatedBy": "scripts/stats-reference.py",
    "scipy": scipy.__version__,
    "numpy": np.__version__,
    "note": "SciPy " + scipy.__version__ + " references for test/stats; regenerate with /usr/bin/python3 scripts/stats-reference.py",
    "quantile": quantile_cases,
    "normalSf": normal_cases,
    "erfc": erfc_cases,
    "normalQuantile": quantile_normal_cases,
    "mannWhitneyU": mwu_cases,
    "wilcoxon": wilcoxon_cases,
    "kendallTau": kendall_cases,
    "hodgesLehmann": hl_cases,
    "hodgesLehmannPaired": hl_paired_cases,
    "pAdjust": padj_cases,
    "coefficientOfVariation": cv_cases,
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "stats", "reference.json")
with open(out, "w") as f:
    json.dump(reference, f, indent=1, allow_nan=False)
    f.write("\n")
print(f"wrote {os.path.normpath(out)} with SciPy {scipy.__version__}")
