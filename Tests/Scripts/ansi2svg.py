#!/usr/bin/env python3
"""Converts a coloured terminal capture (`tmux capture-pane -p -e`) into an SVG image.

Usage: ansi2svg.py WIDTH HEIGHT [--title TEXT] < capture.ansi > screen.svg

Understands the SGR sequences tmux emits: reset, bold, dim, italic, underline, reverse, the 8/16 colours,
256-colour and RGB colours, default foreground/background. Characters are placed cell by cell
(East Asian wide characters take two cells, combining marks none), so columns line up as on screen.
Standard library only.
"""
import re
import sys
import unicodedata
from html import escape

PALETTE = ["#1d1f21", "#cc6666", "#8cb866", "#e6c547", "#6a9fd8", "#b294bb", "#5fb3b3", "#c5c8c6",
           "#666666", "#ff7b7b", "#b5e07d", "#ffe680", "#8fc0ff", "#d7a6e0", "#7fdbdb", "#ffffff"]
DEFAULT_FG, DEFAULT_BG = "#d8dadb", "#1d1f21"
CELL_W, CELL_H, FONT = 8.4, 18, 14
SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER_ESC = re.compile(r"\x1b(\[[0-9;?]*[A-Za-ln-z]|\][^\x07]*\x07|[()][0-9A-B])")


def color256(n):
    if n < 16:
        return PALETTE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def width(ch):
    if unicodedata.combining(ch) or ch in "\u200d\ufe0e\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Style:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def key(self):
        return (self.fg, self.bg, self.bold, self.dim, self.italic, self.underline, self.reverse)

    def apply(self, params):
        codes = [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0: self.reset()
            elif c == 1: self.bold = True
            elif c == 2: self.dim = True
            elif c == 3: self.italic = True
            elif c == 4: self.underline = True
            elif c == 7: self.reverse = True
            elif c == 22: self.bold = self.dim = False
            elif c == 23: self.italic = False
            elif c == 24: self.underline = False
            elif c == 27: self.reverse = False
            elif 30 <= c <= 37: self.fg = PALETTE[c - 30]
            elif c == 39: self.fg = None
            elif 40 <= c <= 47: self.bg = PALETTE[c - 40]
            elif c == 49: self.bg = None
            elif 90 <= c <= 97: self.fg = PALETTE[c - 82]
            elif 100 <= c <= 107: self.bg = PALETTE[c - 92]
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    col = color256(codes[i + 2]); i += 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    col = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5]); i += 4
                else:
                    col = None
                if c == 38: self.fg = col
                else: self.bg = col
            i += 1


def parse(text, cols, rows):
    """Returns a grid of (char, style key, is_start_of_wide) per cell."""
    grid = [[(" ", Style().key()) for _ in range(cols)] for _ in range(rows)]
    for y, line in enumerate(text.split("\n")[:rows]):
        style, x, pos = Style(), 0, 0
        line = OTHER_ESC.sub("", line)
        while pos < len(line):
            m = SGR.match(line, pos)
            if m:
                style.apply(m.group(1)); pos = m.end(); continue
            ch = line[pos]; pos += 1
            w = width(ch)
            if w == 0:
                if x > 0:
                    prev = grid[y][x - 1]
                    grid[y][x - 1] = (prev[0] + ch, prev[1])
                continue
            if x + w > cols:
                break
            grid[y][x] = (ch, style.key())
            if w == 2:
                grid[y][x + 1] = ("", style.key())
            x += w
    return grid


def colors(key):
    fg, bg, bold, dim, italic, underline, reverse = key
    fg, bg = fg or DEFAULT_FG, bg or DEFAULT_BG
    if bold and fg in PALETTE[:8]:
        fg = PALETTE[PALETTE.index(fg) + 8]
    if reverse:
        fg, bg = bg, fg
    return fg, bg


def render(grid, cols, rows, title):
    pad, bar = 12, 28 if title else 0
    w, h = cols * CELL_W + 2 * pad, rows * CELL_H + 2 * pad + bar
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0f}" height="{h:.0f}" viewBox="0 0 {w:.0f} {h:.0f}">',
           f'<rect width="100%" height="100%" rx="8" fill="{DEFAULT_BG}"/>']
    if title:
        out.append(f'<text x="{w / 2:.0f}" y="19" fill="#888" font-family="sans-serif" font-size="13" '
                   f'text-anchor="middle">{escape(title)}</text>')
    out.append(f'<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="{FONT}" xml:space="preserve">')
    top = pad + bar
    for y, row in enumerate(grid):
        x = 0
        while x < cols:
            key = row[x][1]
            end = x
            while end < cols and row[end][1] == key:
                end += 1
            fg, bg = colors(key)
            px, py = pad + x * CELL_W, top + y * CELL_H
            if bg != DEFAULT_BG:
                out.append(f'<rect x="{px:.1f}" y="{py}" width="{(end - x) * CELL_W:.1f}" height="{CELL_H}" fill="{bg}"/>')
            text = "".join(c for c, _ in row[x:end])
            if text.strip():
                attrs = ' font-weight="bold"' if key[2] else ""
                attrs += ' opacity="0.6"' if key[3] else ""
                attrs += ' font-style="italic"' if key[4] else ""
                attrs += ' text-decoration="underline"' if key[5] else ""
                out.append(f'<text x="{px:.1f}" y="{py + CELL_H - 5}" fill="{fg}" textLength="{(end - x) * CELL_W:.1f}" '
                           f'lengthAdjust="spacingAndGlyphs"{attrs}>{escape(text)}</text>')
            x = end
    out.append("</g></svg>")
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    title = None
    if "--title" in args:
        i = args.index("--title"); title = args[i + 1]; del args[i:i + 2]
    cols, rows = int(args[0]), int(args[1])
    text = sys.stdin.read()
    sys.stdout.write(render(parse(text, cols, rows), cols, rows, title))


if __name__ == "__main__":
    main()
