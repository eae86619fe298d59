#!/usr/bin/env python3
"""Generates a synthetic population of learners for Pathway, one JSON object a line.

  python3 scripts/generate-population.py [COUNT] [SEED] > examples/population.jsonl

COUNT defaults to 1000 and SEED to 20230221 (the day the DART-Ed framework was published), so
the committed examples/population.jsonl is reproduced byte for byte by running the script with no
arguments. Each line has the learner fields of the project's contract: id, archetype,
profession, assessment {capability id: level 0-4}, optional targets, preferences
{budgetMinutes, formats, freeOnly} and completed [resource ids]. The learners are made up; the
capability ids come from catalogue/framework.yaml and every completed id is a real resource of
catalogue/resources/, read when the script runs. Only the standard library is used.

The spread is our judgement, guided by the framework's sources (framework-facts.md, section 2):
the archetypes come from HEE's 2022 reports on healthcare workers' confidence in AI, which treat
the great majority of the workforce as people who use AI and digital tools in their daily work,
and name far smaller groups who put technology into services, lead it, build it, or set national
direction. No source gives numbers, so the proportions below are ours:

  users      70%  nurses, healthcare assistants, doctors, allied health professionals,
                  pharmacists, paramedics, midwives, care workers, administrative staff: most of
                  the NHS and social care workforce
  embedders  12%  IT and data teams, clinical safety officers, information governance staff,
                  clinical scientists, radiologists and digital nurses in local services
  drivers     8%  CCIOs, CIOs, CNIOs, digital and service transformation leads, commissioners
  creators    7%  data scientists, software engineers, clinical scientists and informaticians
                  who build and validate tools
  shapers     3%  national policy leads, regulators, professional educators, leaders in the
                  arm's-length bodies: the fewest people of all

Self-assessments are correlated with the archetype: users mostly rate themselves 0 or 1 (a
little higher in patient-facing care, data collection and privacy, which are part of their daily
work); embedders are strongest in implementation, regulation, data storage and privacy; drivers
in implementation and human factors; creators in data and AI (2-3); shapers in ethics,
regulation and leadership. Each learner also has a personal offset (some people are more digitally
confident across the board), and some professions shift particular capabilities (a data
scientist in analytics and machine learning, a clinical safety officer in regulation, a surgeon
in robotics). A capability rated 0 is usually left out, as a real self-assessment often is.

Preferences: budgets from 1 to 40 hours, most of them short, and about 10% with no budget
(unlimited); about 15% ask for free resources only; about 30% name the formats they prefer.
About 10% set their own target for one or two capabilities. Completed training: most NHS staff
have done the mandatory data security awareness e-learning (social care staff the Digital Care
Hub course instead), some the first level of the patient safety syllabus, most clinical safety
officers the essentials course, and a few a well-known introduction to AI.
"""
import argparse
import json
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Archetype weights (see the docstring for why).
ARCHETYPES = [("user", 70), ("embedder", 12), ("driver", 8), ("creator", 7), ("shaper", 3)]

# Professions per archetype, with weights: roughly how common each is in the workforce.
# Names match the professions the rules look for (rules/archetypes.yaml, rules/governance.yaml).
PROFESSIONS = {
    "user": [
        ("nurse", 26), ("healthcare assistant", 14), ("care worker", 9), ("general practitioner", 5),
        ("junior doctor", 5), ("consultant physician", 4), ("practice nurse", 3), ("midwife", 3),
        ("physiotherapist", 3), ("occupational therapist", 2), ("paramedic", 3), ("pharmacist", 3),
        ("pharmacy technician", 2), ("diagnostic radiographer", 2), ("speech and language therapist", 1),
        ("dietitian", 1), ("surgeon", 2), ("domiciliary care worker", 2), ("medical secretary", 3),
        ("receptionist", 3), ("clinical researcher", 2), ("mental health nurse", 3),
    ],
    "embedder": [
        ("clinical safety officer", 15), ("IT lead", 14), ("data analyst", 14),
        ("information governance manager", 10), ("clinical scientist", 9), ("digital nurse", 8),
        ("clinical systems trainer", 7), ("radiologist", 5), ("pacs manager", 5),
        ("reporting radiographer", 4), ("business intelligence developer", 5), ("digital pharmacist", 4),
    ],
    "driver": [
        ("chief clinical information officer", 18), ("chief information officer", 12),
        ("chief nursing information officer", 12), ("digital transformation lead", 18),
        ("service transformation lead", 16), ("clinical commissioner", 10), ("medical director", 6),
        ("care home manager", 4), ("radiology manager", 4),
    ],
    "creator": [
        ("data scientist", 30), ("software engineer", 25), ("clinical scientist", 15),
        ("clinical informatician", 12), ("machine learning engineer", 10),
        ("computer science researcher", 8),
    ],
    "shaper": [
        ("national policy lead", 25), ("regulator", 20), ("professional educator", 25),
        ("arm's-length body director", 15), ("royal college digital lead", 15),
    ],
}

# Mean self-assessed level per archetype and capability (keys are capability ids or domain ids;
# a capability id beats its domain). The spread around the mean is ±0.7 or so.
MEANS = {
    "user": {"implementation": 0.6, "patients": 1.0, "ethics": 0.5, "human-factors": 0.5,
             "data": 0.3, "data.collection": 1.0, "data.privacy": 1.0, "ai": 0.4,
             "ai.robotics": 0.1},
    "embedder": {"implementation": 1.8, "patients": 1.2, "ethics": 1.2, "ethics.regulation": 1.7,
                 "human-factors.management": 1.5, "human-factors.leadership": 1.0, "data": 1.4,
                 "data.storage": 1.8, "data.privacy": 1.9, "data.collection": 1.6, "ai": 1.0,
                 "ai.using": 1.3, "ai.robotics": 0.3},
    "driver": {"implementation": 2.0, "patients": 1.5, "ethics": 1.5, "ethics.regulation": 1.7,
               "human-factors": 2.2, "data": 1.3, "data.visualisation": 1.6, "data.privacy": 1.6,
               "ai": 0.9, "ai.robotics": 0.4},
    "creator": {"implementation": 1.4, "patients": 0.8, "ethics": 1.3, "human-factors": 0.9,
                "data": 2.3, "data.analytics": 2.6, "data.privacy": 1.8, "ai": 2.2,
                "ai.ml": 2.5, "ai.robotics": 0.6},
    "shaper": {"implementation": 2.2, "patients": 1.5, "ethics": 2.2, "ethics.regulation": 2.4,
               "human-factors": 2.2, "human-factors.leadership": 2.5, "data": 1.3,
               "data.privacy": 1.8, "ai": 1.3, "ai.robotics": 0.5},
}

# Shifts for particular professions: capability id -> added to the mean.
PROFESSION_SHIFTS = {
    "data scientist": {"data.analytics": 0.8, "ai.ml": 0.8, "data.visualisation": 0.5},
    "machine learning engineer": {"ai.ml": 1.0, "ai.evaluating": 0.5},
    "software engineer": {"data.storage": 0.6, "ai.ml": 0.2, "data.analytics": -0.4},
    "data analyst": {"data.analytics": 1.0, "data.visualisation": 1.0},
    "business intelligence developer": {"data.visualisation": 1.2, "data.storage": 0.8},
    "clinical safety officer": {"ethics.regulation": 0.8, "human-factors.management": 0.5},
    "information governance manager": {"data.privacy": 1.2, "ethics.regulation": 0.8},
    "IT lead": {"data.storage": 0.7, "implementation.digital": 0.5},
    "surgeon": {"ai.robotics": 1.2},
    "radiologist": {"ai.using": 0.8, "ai.evaluating": 0.5},
    "reporting radiographer": {"ai.using": 0.6},
    "diagnostic radiographer": {"ai.using": 0.5},
    "pacs manager": {"data.storage": 0.8, "ai.using": 0.4},
    "regulator": {"ethics.regulation": 0.8},
    "clinical researcher": {"data.collection": 0.8, "data.analytics": 0.6},
    "general practitioner": {"patients.remote": 0.8},
    "practice nurse": {"patients.remote": 0.6},
    "receptionist": {"patients.direct-care": -0.5, "data.privacy": 0.3},
    "medical secretary": {"patients.direct-care": -0.5, "data.privacy": 0.4},
}

SOCIAL_CARE = {"care worker", "domiciliary care worker", "care home manager"}
FORMATS = ["e-learning", "video", "article", "course", "workshop", "podcast", "book",
           "simulation", "mentoring", "guidance"]
# Budget in hours (1 to 40), weighted towards the short end: most staff find an hour or two.
BUDGET_HOURS = [(1, 18), (2, 20), (3, 12), (4, 10), (5, 7), (6, 6), (8, 7), (10, 6), (12, 4),
                (15, 3), (20, 3), (25, 2), (30, 1), (40, 1)]


def read_capabilities():
    """Capability ids of catalogue/framework.yaml, in the framework's order."""
    text = (ROOT / "catalogue" / "framework.yaml").read_text(encoding="utf-8")
    ids = re.findall(r"^\s+- id: ([a-z0-9-]+\.[a-z0-9.-]+)\s*$", text, re.MULTILINE)
    if not ids:
        sys.exit("generate-population: no capability ids found in catalogue/framework.yaml")
    return ids


def read_resource_ids():
    """Every resource id of catalogue/resources/*.yaml."""
    ids = set()
    for path in sorted((ROOT / "catalogue" / "resources").rglob("*.yaml")):
        ids.update(re.findall(r"^- id: ([a-z0-9][a-z0-9._-]*)\s*$",
                              path.read_text(encoding="utf-8"), re.MULTILINE))
    return ids


def weighted(rng, pairs):
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights, k=1)[0]


def mean_for(archetype, capability):
    table = MEANS[archetype]
    if capability in table:
        return table[capability]
    return table.get(capability.split(".")[0], 1.0)


def learner(rng, number, capabilities, resources):
    archetype = weighted(rng, ARCHETYPES)
    profession = weighted(rng, PROFESSIONS[archetype])
    confidence = rng.gauss(0, 0.4)  # a person's digital confidence across the board
    shifts = PROFESSION_SHIFTS.get(profession, {})

    assessment = {}
    for capability in capabilities:
        mean = mean_for(archetype, capability) + shifts.get(capability, 0) + confidence
        level = max(0, min(4, round(rng.gauss(mean, 0.7))))
        if level > 0 or rng.random() < 0.3:  # a 0 is usually left out
            assessment[capability] = level

    result = {"id": f"learner-{number:05d}", "archetype": archetype, "profession": profession,
              "assessment": assessment}

    if rng.random() < 0.10:  # own targets for one or two capabilities
        targets = {}
        for capability in rng.sample(capabilities, rng.choice([1, 1, 2])):
            targets[capability] = min(4, assessment.get(capability, 0) + rng.choice([1, 1, 2]))
        result["targets"] = targets

    preferences = {}
    if rng.random() >= 0.10:  # about 10% have no budget: unlimited
        preferences["budgetMinutes"] = weighted(rng, BUDGET_HOURS) * 60
    if rng.random() < 0.30:
        preferences["formats"] = sorted(rng.sample(FORMATS, rng.choice([1, 2, 2, 3])),
                                        key=FORMATS.index)
    preferences["freeOnly"] = rng.random() < 0.15
    result["preferences"] = preferences

    completed = []
    if profession in SOCIAL_CARE:
        if rng.random() < 0.5:
            completed.append("digital-care-hub-data-security-elearning")
    elif rng.random() < 0.6:  # mandatory data security training done
        completed.append("elfh-data-security-awareness")
    if archetype in ("user", "embedder", "driver") and rng.random() < 0.25:
        completed.append("elfh-patient-safety-level-1")
    if profession == "clinical safety officer" and rng.random() < 0.7:
        completed.append("nhse-clinical-safety-essentials-intermediate")
    if rng.random() < 0.08:
        completed.append(rng.choice(["learning-hub-ai-catalogue", "elements-of-ai",
                                     "hee-dart-ed-webinars", "ndg-caldicott-principles"]))
    result["completed"] = [item for item in completed if item in resources]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000, help="learners (default 1000)")
    parser.add_argument("seed", nargs="?", type=int, default=20230221, help="seed (default 20230221)")
    args = parser.parse_args()
    if args.count < 0:
        parser.error("count must be 0 or more")

    rng = random.Random(args.seed)
    capabilities = read_capabilities()
    resources = read_resource_ids()
    out = sys.stdout
    for number in range(1, args.count + 1):
        out.write(json.dumps(learner(rng, number, capabilities, resources),
                             ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
