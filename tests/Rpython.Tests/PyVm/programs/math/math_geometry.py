# Geometry with math: distances, polygon area, circle points.
import math
pts = [(0, 0), (4, 0), (4, 3), (0, 3)]
perim = sum(math.dist(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts)))
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2
print(perim, area, math.dist((0, 0), (4, 3)))
for k in range(4):
    a = 2 * math.pi * k / 4
    print(k, "%.6f %.6f" % (math.cos(a), math.sin(a)))
print(math.degrees(math.atan2(3, 4)))
