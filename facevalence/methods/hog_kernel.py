"""The numba kernel of :func:`facevalence.methods.hog.hog_frame` (paper, Methods "HOG"), in its own
module so that numba (half a second to import) loads when the first frame is scored, not whenever
the package is imported."""

from __future__ import annotations

import numba
import numpy as np


@numba.njit(parallel=True, cache=True, nogil=True)
def cell_histograms(img: np.ndarray, bins: np.ndarray, mags: np.ndarray, cell: int, orientations: int) -> np.ndarray:
    """Per-cell orientation histograms as skimage's ``hog_histograms`` (paper, Methods "HOG").

    Gradients are central differences with zero first/last rows and columns; a pixel adds its
    magnitude to its bin's float32 running total; cells that do not fit are dropped.

    Parameters
    ----------
    img : ndarray, shape (rows, cols), uint8
    bins, mags : ndarray, shape (511 * 511,)
        Orientation bin (-1: none) and magnitude of every gradient pair (``hog._lookup``).
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
    out = np.empty((n_r, n_c, orientations), np.float32)
    area = np.float32(cell * cell)
    for cr in numba.prange(n_r):
        acc = np.empty(orientations, np.float32)
        for cc in range(n_c):
            acc[:] = 0
            for r in range(cr * cell, cr * cell + cell):
                for c in range(cc * cell, cc * cell + cell):
                    g_row = 0
                    g_col = 0
                    if 0 < r < rows - 1:
                        g_row = np.int32(img[r + 1, c]) - np.int32(img[r - 1, c])
                    if 0 < c < cols - 1:
                        g_col = np.int32(img[r, c + 1]) - np.int32(img[r, c - 1])
                    index = (g_row + 255) * 511 + (g_col + 255)
                    b = bins[index]
                    if b >= 0:
                        acc[b] = acc[b] + mags[index]  # float64 sum rounded to float32, as in skimage
            for b in range(orientations):
                out[cr, cc, b] = acc[b] / area
    return out
