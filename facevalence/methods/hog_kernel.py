"""The numba kernel of :func:`facevalence.methods.hog.hog_frame` (paper, Methods "HOG"), in its own
module so that numba (half a second to import) loads when the first frame is scored, not whenever
the package is imported."""

from __future__ import annotations

import numba
import numpy as np


def _cell_histograms(img: np.ndarray, bins: np.ndarray, mags: np.ndarray, cell: int, orientations: int) -> np.ndarray:
    """Per-cell orientation histograms as skimage's ``hog_histograms`` (paper, Methods "HOG").

    Gradients are central differences with zero first/last rows and columns; a pixel adds its
    magnitude to its bin's float32 running total; cells that do not fit are dropped.

    Each (cell, bin) total must see its pixels in skimage's order (row-major within the cell) to
    be bit-identical, but totals are independent of each other. So the kernel walks one pixel row
    at a time: first the row's lookup indices (a branch-free loop numba vectorises), then the
    additions interleaved across the row's cells (column 0 of every cell, then column 1, ...), so
    consecutive additions go to different totals and the CPU overlaps them instead of waiting on
    one float32 rounding chain (2x faster than walking cell by cell).

    Parameters
    ----------
    img : ndarray, shape (rows, cols), uint8
    bins, mags : ndarray, shape (511 * 511,)
        Orientation bin and magnitude of every gradient pair (``hog._lookup``); a pair in no bin
        has magnitude 0, which leaves any total unchanged.
    cell : int
        Cell side, px.
    orientations : int

    Returns
    -------
    ndarray, shape (rows // cell, cols // cell, orientations), float32
        Each bin's magnitude sum divided by the cell area.
    """
    rows, cols = img.shape
    n_r, n_c = rows // cell, cols // cell
    width = n_c * cell
    out = np.empty((n_r, n_c, orientations), np.float32)
    area = np.float32(cell * cell)
    for cr in numba.prange(n_r):
        acc = np.zeros(n_c * orientations, np.float32)
        index = np.empty(width, np.int32)  # (g_row + 255) * 511 + (g_col + 255) per pixel of the row
        for r in range(cr * cell, cr * cell + cell):
            if 0 < r < rows - 1:
                for c in range(width):
                    index[c] = (np.int32(img[r + 1, c]) - np.int32(img[r - 1, c]) + 255) * 511
            else:
                index[:] = 255 * 511
            index[0] += 255
            for c in range(1, width):
                if c < cols - 1:
                    index[c] += np.int32(img[r, c + 1]) - np.int32(img[r, c - 1]) + 255
                else:
                    index[c] += 255
            for c in range(cell):
                for cc in range(n_c):
                    i = index[cc * cell + c]
                    k = cc * orientations + bins[i]
                    acc[k] = acc[k] + mags[i]  # float64 sum rounded to float32, as in skimage
        for cc in range(n_c):
            for b in range(orientations):
                out[cr, cc, b] = acc[cc * orientations + b] / area
    return out


#: rows of cells spread over numba's threads: one frame at a time, all cores
cell_histograms = numba.njit(parallel=True, cache=True, nogil=True)(_cell_histograms)
#: the same kernel on the calling thread only (``prange`` runs as ``range``), for callers that run
#: several frames at once on their own threads: numba's parallel layer must not be entered from two
#: threads at the same time
cell_histograms_serial = numba.njit(cache=True, nogil=True)(_cell_histograms)


@numba.njit(cache=True, nogil=True)
def _sum8(v: np.ndarray) -> float:
    # numpy's pairwise order for 8 values (its reduction over a length-8 axis), so that the
    # normalisation below rounds exactly as skimage's ``np.sum(block ** 2)`` does
    return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]))


@numba.njit(cache=True, nogil=True)
def l2hys_8(cells: np.ndarray, eps2: float) -> np.ndarray:
    """skimage's L2-Hys normalisation of 1 x 1-cell blocks of 8 orientations (paper, Methods "HOG").

    Parameters
    ----------
    cells : ndarray, shape (rows, cols, 8), float32
        Cell histograms (:func:`cell_histograms`).
    eps2 : float
        skimage's ``eps ** 2`` (1e-5 squared).

    Returns
    -------
    ndarray, shape (rows * cols * 8,), float64
        ``v / sqrt(sum(v**2) + eps2)``, clipped at 0.2, normalised again; equal to numpy's result.
    """
    rows, cols, _ = cells.shape
    out = np.empty(rows * cols * 8, np.float64)
    v = np.empty(8, np.float64)
    for r in range(rows):
        for c in range(cols):
            for b in range(8):
                v[b] = cells[r, c, b]
            norm = np.sqrt(_sum8(v * v) + eps2)
            for b in range(8):
                v[b] = min(v[b] / norm, 0.2)
            norm = np.sqrt(_sum8(v * v) + eps2)
            base = (r * cols + c) * 8
            for b in range(8):
                out[base + b] = v[b] / norm
    return out
