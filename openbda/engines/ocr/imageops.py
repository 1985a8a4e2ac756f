"""Pixel-level helpers shared by the OCR backends."""

from __future__ import annotations

import numpy as np

from openbda.engines.ocr.types import Image

ROTATIONS = (0, 90, 180, 270)


def turn(image: Image, rotation: int) -> Image:
    """The image turned clockwise by `rotation` degrees (a multiple of 90)."""
    if rotation % 360 == 0:
        return image
    # np.rot90 turns counter-clockwise; a contiguous copy keeps OpenCV and onnxruntime fast.
    return np.ascontiguousarray(np.rot90(image, k=-(rotation // 90)))


def to_rgb(image: Image) -> Image:
    if image.ndim == 2:
        return np.ascontiguousarray(np.repeat(image[:, :, None], 3, axis=2))
    if image.ndim == 3 and image.shape[2] == 3:
        return image
    raise ValueError(f"expected an RGB or grey image, got an array of shape {image.shape}")


def to_grey(image: Image) -> Image:
    if image.ndim == 2:
        return image
    rgb = to_rgb(image).astype(np.uint32)
    # ITU-R 601 luma, as Pillow's convert("L") computes it.
    grey = (rgb[:, :, 0] * 299 + rgb[:, :, 1] * 587 + rgb[:, :, 2] * 114 + 500) // 1000
    return grey.astype(np.uint8)
