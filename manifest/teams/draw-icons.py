#!/usr/bin/env python3
"""Draws the two Teams app icons: color.png (192x192, full colour) and outline.png (32x32, white on
transparent). Standard library only, so anyone can redraw them; the output is deterministic, and the
committed PNGs are what scripts/package-teams-app.sh puts into the app package.

Usage: python3 manifest/teams/draw-icons.py [output-folder]   (default: this script's folder)
"""
import math
import os
import struct
import sys
import zlib

SAMPLES = 4  # supersampling per axis, for smooth edges

BACKGROUND = (0x2F, 0x5A, 0xA8)  # the manifest's accentColor
PAPER = (0xFF, 0xFF, 0xFF)
INK = (0xB8, 0xC4, 0xD6)
BADGE = (0x1E, 0x9E, 0x5A)
TICK = (0xFF, 0xFF, 0xFF)


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        if x < x0 or x > x1 or y < y0 or y > y1:
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    return inside


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def stroke(points, width):
    """A polyline of the given width with round joins and caps."""
    half = width / 2.0
    segments = list(zip(points, points[1:]))

    def near(x, y, a, b):
        (ax, ay), (bx, by) = a, b
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= half

    return lambda x, y: any(near(x, y, a, b) for a, b in segments)


def ring(outer, inner):
    return lambda x, y: outer(x, y) and not inner(x, y)


def render(size, layers):
    """layers: (shape, (r, g, b)) painted in order over a transparent canvas; returns RGBA rows."""
    rows = []
    step = 1.0 / SAMPLES
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x, y = px + (sx + 0.5) * step, py + (sy + 0.5) * step
                    colour = None
                    for shape, rgb in layers:
                        if shape(x, y):
                            colour = rgb
                    if colour is not None:
                        r, g, b, a = r + colour[0], g + colour[1], b + colour[2], a + 1
            n = SAMPLES * SAMPLES
            if a == 0:
                row += bytes((0, 0, 0, 0))
            else:
                row += bytes((round(r / a), round(g / a), round(b / a), round(255 * a / n)))
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every row
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def colour_icon():
    # A draft (sheet with lines of text) carrying a green approval badge, on the accent colour.
    lines = [stroke([(62, y), (x_end, y)], 8) for y, x_end in ((62, 118), (82, 118), (102, 104), (122, 92))]
    return render(192, [
        (lambda x, y: True, BACKGROUND),
        (rounded_rect(44, 30, 136, 156, 10), PAPER),
        *[(line, INK) for line in lines],
        (circle(130, 128, 38), BADGE),
        (stroke([(112, 129), (125, 142), (149, 116)], 10), TICK),
    ])


def outline_icon():
    # The same sheet and tick as white strokes; the sheet is cut clear around the tick so both read.
    tick_path = [(13, 21), (17.5, 25.5), (28, 14)]
    clearance = stroke(tick_path, 7)
    sheet = ring(rounded_rect(4, 3, 21, 28, 3), rounded_rect(6, 5, 19, 26, 1.5))
    text = [stroke([(9, y), (16, y)], 2) for y in (10, 15)]
    cut = lambda shape: (lambda x, y: shape(x, y) and not clearance(x, y))
    layers = [(cut(sheet), PAPER)] + [(cut(line), PAPER) for line in text]
    return render(32, layers + [(stroke(tick_path, 3), PAPER)])


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write_png(os.path.join(folder, "color.png"), 192, colour_icon())
    write_png(os.path.join(folder, "outline.png"), 32, outline_icon())


if __name__ == "__main__":
    main()
