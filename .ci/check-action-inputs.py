"""Checks what neither actionlint nor the JSON Schema sees in action.yml:
every `inputs.X` and `steps.ID.outputs` the action uses is declared, every
env variable its scripts read is passed, and every `with:` key the example
workflow gives the policyc action is one of its inputs.
Usage: python check-action-inputs.py REPO_ROOT (needs ruamel.yaml)."""
import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

root = Path(sys.argv[1])
yaml = YAML(typ="safe")
action = yaml.load((root / "action.yml").read_text())
text = (root / "action.yml").read_text()
problems = []

inputs = set(action["inputs"])
used = set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))
for name in sorted(used - inputs):
    problems.append(f"action.yml uses inputs.{name}, which it does not declare")
for name in sorted(inputs - used):
    problems.append(f"action.yml declares the input {name} but never uses it")

steps = action["runs"]["steps"]
ids = {s["id"] for s in steps if "id" in s}
for sid in sorted(set(re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs", text)) - ids):
    problems.append(f"action.yml reads steps.{sid}.outputs, but no step has id {sid}")

# Each script's POLICYC_* variables must be set by the step that runs it.
for step in steps:
    m = re.search(r"action/([a-z]+\.sh)", step.get("run", ""))
    if not m:
        continue
    script = (root / "action" / m.group(1)).read_text()
    needed = set(re.findall(r"\$\{?(POLICYC_[A-Z_]+)", script)) - {"POLICYC_DOWNLOAD_BASE"}
    for var in sorted(needed - set(step.get("env", {}))):
        problems.append(f"step {step['name']!r} runs {m.group(1)}, which reads {var}, but does not set it")

example = yaml.load((root / "examples/ci/policy.yml").read_text())
uses_action = 0
for job in example["jobs"].values():
    for step in job["steps"]:
        if str(step.get("uses", "")).startswith("policyc/policyc@"):
            uses_action += 1
            for key in step.get("with", {}):
                if key not in inputs:
                    problems.append(f"examples/ci/policy.yml passes {key}, not an input of action.yml")
if uses_action == 0:
    problems.append("examples/ci/policy.yml does not use the policyc action")

for p in problems:
    print("FAILED:", p)
print(f"action inputs: {len(inputs)} inputs, {len(ids)} step ids, {len(problems)} problems")
sys.exit(1 if problems else 0)
