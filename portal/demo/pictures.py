"""Pictures for the demo content, drawn with Pillow: no network, no files shipped."""

import io
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ((163, 20, 26), (246, 211, 101)),
    ((11, 79, 156), (168, 214, 255)),
    ((27, 110, 32), (214, 240, 170)),
    ((120, 60, 140), (250, 205, 225)),
    ((160, 90, 0), (255, 230, 170)),
    ((0, 110, 120), (190, 240, 235)),
]


def picture(seed, name, size=(1200, 800), image_format="JPEG"):
    """A pleasant abstract picture, the same for the same seed: a sky, hills, a sun, a flag."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    width, height = size
    image = Image.new("RGB", size, light)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(
            int(light[i] * (1 - t) + dark[i] * t * 0.6 + 255 * t * 0.15) for i in range(3)
        )
        draw.line([(0, y), (width, y)], fill=colour)
    sun_x, sun_y, sun_r = rng.randint(150, width - 150), rng.randint(80, height // 3), 70
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=(255, 240, 200))
    for layer in range(3):
        base = height * (0.55 + layer * 0.13)
        points = [(0, height)]
        for x in range(0, width + 100, 100):
            points.append((x, base + rng.randint(-60, 40)))
        points.append((width, height))
        shade = tuple(max(0, int(c * (0.9 - layer * 0.2))) for c in dark)
        draw.polygon(points, fill=shade)
    pole_x = rng.randint(width // 4, 3 * width // 4)
    draw.rectangle([pole_x, height * 0.25, pole_x + 8, height * 0.7], fill=(90, 90, 90))
    draw.rectangle(
        [pole_x + 8, height * 0.25, pole_x + 158, height * 0.25 + 100], fill=(200, 16, 46)
    )
    image = image.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, format=image_format, quality=88)
    return ContentFile(out.getvalue(), name=name)
