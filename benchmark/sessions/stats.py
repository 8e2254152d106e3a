"""Statistics for small samples (5–20 testers is the norm), as in Sauro & Lewis,
*Quantifying the User Experience*. Formulas, with z = 1.96 and t = the two-sided 95% quantile
of Student's t with n − 1 degrees of freedom:

- Completion rate, adjusted Wald: p̂ = (x + z²/2) / (n + z²);
  CI = p̂ ± z·√(p̂(1 − p̂) / (n + z²)), clipped to [0, 1].
- Task time, geometric mean: exp(mean(ln tᵢ)); CI = exp(mean(ln t) ± t·s(ln t)/√n).
  Median reported as well. Times of successful tasks only.
- SEQ (1–7): mean ± t·s/√n, compared with the historical average of about 5.5 (Sauro):
  "above" or "below" when the interval excludes it, else "not different".
- With fewer than two values there is no spread, so no t interval: the estimate is given
  with "interval not estimable" and SEQ is not compared with the norm ("not estimable").
- First-click success: share of tasks whose first click stayed on the path to success.
- Directness (tree testing): share of successful tasks done without going back.
- Agreement of robot and humans: Spearman's rank correlation (average ranks for ties).

No SciPy: Student's t quantile comes from the regularised incomplete beta function
(continued fraction, Lentz's method) and bisection.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

Z95 = 1.959963984540054
SEQ_HISTORICAL_MEAN = 5.5


@dataclass(frozen=True)
class Interval:
    """An estimate with its 95% interval; `low` and `high` are None when not estimable."""

    estimate: float
    low: float | None
    high: float | None
    n: int

    @property
    def estimable(self) -> bool:
        return self.low is not None and self.high is not None

    def __str__(self) -> str:
        if not self.estimable:
            return f"{self.estimate:.2f} (n={self.n}, interval not estimable)"
        return f"{self.estimate:.2f} [{self.low:.2f}, {self.high:.2f}] (n={self.n})"


def _betacf(a: float, b: float, x: float) -> float:
    tiny, qab, qap, qam = 1e-300, a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c if abs(1.0 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def incomplete_beta(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x)
    )
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def t_cdf(t: float, df: int) -> float:
    tail = 0.5 * incomplete_beta(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


def t_quantile(p: float, df: int) -> float:
    """Inverse of Student's t CDF, by bisection (accurate to 1e-10)."""
    if not 0 < p < 1:
        raise ValueError("p must be in (0, 1)")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    low, high = 0.0, 1e4
    for _ in range(200):
        mid = (low + high) / 2
        if t_cdf(mid, df) < p:
            low = mid
        else:
            high = mid
        if high - low < 1e-10:
            break
    return (low + high) / 2


def adjusted_wald(successes: int, n: int, z: float = Z95) -> Interval:
    if n <= 0:
        raise ValueError("no tasks")
    adjusted = (successes + z * z / 2) / (n + z * z)
    margin = z * math.sqrt(adjusted * (1 - adjusted) / (n + z * z))
    return Interval(successes / n, max(0.0, adjusted - margin), min(1.0, adjusted + margin), n)


def mean_interval(values: list[float]) -> Interval:
    n = len(values)
    if n == 0:
        raise ValueError("no values")
    mean = statistics.fmean(values)
    if n < 2:
        return Interval(mean, None, None, n)  # one value has no spread: no t interval
    margin = t_quantile(0.975, n - 1) * statistics.stdev(values) / math.sqrt(n)
    return Interval(mean, mean - margin, mean + margin, n)


def geometric_mean_interval(times: list[float]) -> Interval:
    if not times or any(t <= 0 for t in times):
        raise ValueError("task times must be positive")
    logs = mean_interval([math.log(t) for t in times])
    if logs.low is None or logs.high is None:
        return Interval(math.exp(logs.estimate), None, None, logs.n)
    return Interval(math.exp(logs.estimate), math.exp(logs.low), math.exp(logs.high), logs.n)


def seq_interval(ratings: list[int]) -> tuple[Interval, str]:
    """SEQ mean with its CI, and how it compares with the historical average."""
    interval = mean_interval([float(r) for r in ratings])
    if interval.low is None or interval.high is None:
        verdict = "not estimable"
    elif interval.low > SEQ_HISTORICAL_MEAN:
        verdict = "above"
    elif interval.high < SEQ_HISTORICAL_MEAN:
        verdict = "below"
    else:
        verdict = "not different"
    return interval, verdict


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(x: list[float], y: list[float]) -> float | None:
    """Spearman's rho; None when fewer than three pairs or no variation."""
    if len(x) != len(y) or len(x) < 3:
        return None
    rx, ry = _ranks(x), _ranks(y)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    sy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return sxy / (sx * sy) if sx and sy else None


def share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None
