#!/usr/bin/env python3
"""Makes the timer chime (src/main/resources/org/zielbild/ui/shell/run/chime.wav): two soft bell
tones, a major third apart, 2.2 s, 22,050 Hz mono. Run once; the WAV is committed."""
import math
import struct
import sys
import wave

RATE = 22050
LENGTH = 2.2
# (start s, frequency Hz, loudness): "ding" then "dong"
NOTES = [(0.0, 783.99, 1.0), (0.45, 659.25, 0.9)]
# Bell-like partials: (ratio, loudness, decay time s)
PARTIALS = [(1.0, 1.0, 0.9), (2.0, 0.35, 0.5), (2.76, 0.12, 0.35), (4.07, 0.05, 0.2)]

def sample(t):
    v = 0.0
    for start, freq, loud in NOTES:
        u = t - start
        if u < 0:
            continue
        attack = min(1.0, u / 0.006)
        for ratio, amp, decay in PARTIALS:
            v += loud * amp * attack * math.exp(-u / decay) * math.sin(2 * math.pi * freq * ratio * u)
    return v

samples = [sample(i / RATE) for i in range(int(RATE * LENGTH))]
fade = int(0.05 * RATE)
for i in range(fade):
    samples[-1 - i] *= i / fade
peak = max(abs(s) for s in samples)
scale = 0.7 * 32767 / peak  # about -3 dBFS
out = sys.argv[1] if len(sys.argv) > 1 else "chime.wav"
with wave.open(out, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(b"".join(struct.pack("<h", int(s * scale)) for s in samples))
