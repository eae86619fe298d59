#!/usr/bin/env python3
"""Flesch reading ease of what a learner reads in plans.

Usage: scripts/readability.py PATHWAY LEARNER... [--population FILE --count N]

Runs `PATHWAY plan LEARNER` (text) for each learner, and for the first N lines of a population
file (JSON Lines), keeps the prose a learner reads (the summary, each step's "Why:", the gaps
left open and the advice; not titles, providers or addresses), and prints the Flesch reading
ease of it all (206.835 - 1.015 x words per sentence - 84.6 x syllables per word; 60 to 70 is
plain English, higher is easier), with the words, sentences and syllables counted, and how many
sentences a plan says more than once.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

def syllables(word):
    """Vowel groups, less a silent final e; at least one."""
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def prose(text):
    """The lines a learner reads as sentences: the summary, reasons, gaps left and advice."""
    kept, section, current = [], None, []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            section = line
            if line.startswith(("For ", "Users", "Shapers", "Drivers", "Creators", "Embedders")):
                kept.append(line)
            continue
        stripped = line.strip()
        if stripped.startswith("Why: ") or (section in ("Not covered by this plan", "What would help") and stripped.startswith("- ")):
            if current:
                kept.append(" ".join(current))
            current = [stripped.removeprefix("Why: ").removeprefix("- ")]
        elif current and line.startswith("    "):
            current.append(stripped)
        else:
            if current:
                kept.append(" ".join(current))
            current = []
    if current:
        kept.append(" ".join(current))
    return "\n".join(kept)


def measure(texts):
    words = sentences = syllable_count = 0
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            tokens = re.findall(r"[A-Za-z][A-Za-z'-]*|\d+", sentence)
            if not tokens:
                continue
            sentences += 1
            words += len(tokens)
            syllable_count += sum(syllables(token) for token in tokens)
    ease = 206.835 - 1.015 * words / max(1, sentences) - 84.6 * syllable_count / max(1, words)
    return ease, words, sentences, syllable_count


def repeats(text):
    """How many sentences of a plan's prose are ones it has said before."""
    seen, again = set(), 0
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        sentence = sentence.strip()
        if not sentence:
            continue
        again += sentence in seen
        seen.add(sentence)
    return again


def plan_text(pathway, path):
    result = subprocess.run([pathway, "plan", path], capture_output=True, text=True, check=True)
    return prose(result.stdout)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    pathway, rest = argv[1], argv[2:]
    population, count = None, 0
    if "--population" in rest:
        index = rest.index("--population")
        population = rest[index + 1]
        count = int(rest[rest.index("--count") + 1]) if "--count" in rest else 200
        rest = [a for i, a in enumerate(rest) if i not in (index, index + 1)]
        if "--count" in rest:
            i = rest.index("--count")
            rest = rest[:i] + rest[i + 2:]
    texts = [plan_text(pathway, path) for path in rest]
    if population:
        with open(population) as lines, tempfile.TemporaryDirectory() as folder:
            for number, line in enumerate(lines):
                if number >= count:
                    break
                path = os.path.join(folder, f"learner-{number}.json")
                with open(path, "w") as out:
                    out.write(line)
                texts.append(plan_text(pathway, path))
    ease, words, sentences, syllable_count = measure(texts)
    repeated = sum(repeats(text) for text in texts)
    print(f"plans {len(texts)}  sentences {sentences}  words {words}  syllables {syllable_count}")
    print(f"words per sentence {words / max(1, sentences):.1f}  syllables per word {syllable_count / max(1, words):.2f}")
    print(f"Flesch reading ease {ease:.1f}")
    print(f"sentences said again within a plan {repeated}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
