"""Charts of the oversight figures, drawn with matplotlib as SVG.

The SVG keeps its text as text (``svg.fonttype = none``) in a Thai font of Debian's
``fonts-thai-tlwg``: whatever shows it (Chromium for the PDF, the staff's browser on the dashboard)
shapes the Thai with HarfBuzz, which matplotlib's own renderer does not do (tone marks over upper
vowels would collide). Layout uses the same font's metrics, so labels fit.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping, Sequence
from typing import Any

# Laksaman is TLWG's libre TH Sarabun (the official-document face); Garuda and Loma are fallbacks.
THAI_FONTS = ["Laksaman", "Garuda", "Loma", "Norasi", "DejaVu Sans"]
PALETTE = ["#1f5f8b", "#e07b39", "#3c9d5d", "#b23a48", "#7b5ea7", "#8c8c8c", "#c9a227"]
_lock = threading.Lock()  # pyplot's state is global: one chart at a time


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "font.family": THAI_FONTS, "font.size": 12,
                         "axes.spines.top": False, "axes.spines.right": False, "svg.hashsalt": "phoei"})
    return plt


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    # Drop the XML prolog and DOCTYPE so the SVG can be inlined in HTML as well as served alone.
    start = text.find("<svg")
    return text[start:]


def hbar(labels: Sequence[str], values: Sequence[float], title: str, *, xlabel: str = "",
         color: str = PALETTE[0], width: float = 6.4) -> str:
    """Horizontal bars, biggest on top, each with its value at the end."""
    with _lock:
        plt = _plt()
        n = max(1, len(labels))
        fig, ax = plt.subplots(figsize=(width, 0.9 + 0.38 * n))
        try:
            if not labels:
                ax.text(0.5, 0.5, "ไม่มีข้อมูล", ha="center", va="center", transform=ax.transAxes, fontsize=13)
                ax.set_axis_off()
            else:
                ys = list(range(len(labels)))[::-1]
                ax.barh(ys, values, color=color, height=0.62)
                ax.set_yticks(ys, [_short(lb) for lb in labels])
                top = max(values) if values else 0
                for y, v in zip(ys, values, strict=True):
                    ax.text(v + top * 0.01, y, f"{v:,.0f}", va="center", fontsize=10)
                ax.set_xlim(0, top * 1.15 or 1)
                ax.xaxis.get_major_locator().set_params(integer=True)
                if xlabel:
                    ax.set_xlabel(xlabel)
            ax.set_title(title, loc="left", fontsize=13, fontweight="bold")
            return _svg(fig)
        finally:
            plt.close(fig)


def stacked_months(months: Sequence[str], series: Mapping[str, Sequence[int]], title: str, *,
                   width: float = 6.8) -> str:
    """Stacked columns per month (one colour per series), with a legend."""
    with _lock:
        plt = _plt()
        fig, ax = plt.subplots(figsize=(width, 3.4))
        try:
            bottom: list[int] = [0] * len(months)
            xs = list(range(len(months)))
            for i, (name, vals) in enumerate(series.items()):
                ax.bar(xs, vals, bottom=bottom, color=PALETTE[i % len(PALETTE)], label=_short(name, 30), width=0.7)
                bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
            for x, total in zip(xs, bottom, strict=True):
                if total:
                    ax.text(x, total, f"{total:,}", ha="center", va="bottom", fontsize=9)
            ax.set_xticks(xs, months, fontsize=10, rotation=45, ha="right", rotation_mode="anchor")
            ax.yaxis.get_major_locator().set_params(integer=True)
            highest = max(bottom, default=0)
            ax.set_ylim(0, (highest or 1) * 1.18)
            if series:
                ax.legend(fontsize=9, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
            ax.set_title(title, loc="left", fontsize=13, fontweight="bold")
            return _svg(fig)
        finally:
            plt.close(fig)


def _short(text: str, n: int = 42) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
