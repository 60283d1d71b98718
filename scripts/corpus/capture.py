#!/usr/bin/env python3
"""Runs one real test command inside a private network namespace and records it as a corpus case.

Usage: capture.py CASES.py [case-id ...]
CASES.py defines CASES, a list of dicts (see keys below), and PROJECT, a dict with defaults.
Each case: services started (list of start_* names from netns-services.sh), optional one-line
defect (file, exact old text, new text; applied before and reverted after), env, the command,
the label decided by construction. The log is the command's stdout+stderr interleaved, as printed.
A case whose command exits 0 is not written (it is no failure log).
"""
import json, os, subprocess, sys, runpy, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "__fixtures__", "corpus")
RCFILE = f"/tmp/r2rc-{os.getpid()}"
SERVICE_NAMES = {"pg": "PostgreSQL 15", "redis": "redis-server 7.0", "mysql": "MariaDB 10.11",
                 "rabbitmq": "RabbitMQ 3.10", "memcached": "memcached"}


def apply_defect(root, d):
    path = os.path.join(root, d["file"])
    with open(path) as f:
        text = f.read()
    n = text.count(d["old"])
    if n != 1:
        raise SystemExit(f"defect text found {n} times in {path}: {d['old']!r}")
    line = text[: text.index(d["old"])].count("\n") + 1
    with open(path, "w") as f:
        f.write(text.replace(d["old"], d["new"]))
    return path, text, line


def run(case, project):
    c = {**project, **case}
    root = c["root"]
    cid = c["id"]
    base = os.path.join(OUT, "runs", cid)
    os.makedirs(os.path.dirname(base), exist_ok=True)
    defect = c.get("defect")
    saved = None
    if defect:
        saved = apply_defect(root, defect)
        # report only the line(s) that differ, at their own line number
        ol, nl = defect["old"].split("\n"), defect["new"].split("\n")
        k = next((i for i, (a, b) in enumerate(zip(ol, nl)) if a != b), 0)
        j = 0
        while j < min(len(ol), len(nl)) - k - 1 and ol[-1 - j] == nl[-1 - j]:
            j += 1
        before, after = "\n".join(ol[k:len(ol) - j]).strip(), "\n".join(nl[k:len(nl) - j]).strip()
        defect_note = f"{defect['file']}:{saved[2] + k}: {before!r} -> {after!r}"
    try:
        env_str = " ".join(f"{k}={v}" for k, v in c.get("env", {}).items())
        starts = "; ".join(f"start_{s}" for s in c.get("services", []))
        stops = "; ".join(f"stop_{s}" for s in c.get("services", []))
        svc_env = " ".join(f"{k}={v}" for k, v in c.get("service_env", {}).items())
        inner = (
            f"ip link set lo up; {'export ' + svc_env + '; ' if svc_env else ''}source {HERE}/netns-services.sh; "
            f"{starts + ';' if starts else ''} {c.get('pre', '')}\n"
            f"cd {c.get('cwd', root)} && env {env_str} {c['cmd']} > {base}.log 2>&1; echo $? > {RCFILE}; "
            f"{c.get('post', '')}\n{stops}"
        )
        # "mount_ns": a private mount namespace even without bind mounts (e.g. for an overlay made in "pre")
        # optional bind mounts (e.g. an nsswitch.conf with "hosts: files", so an unknown host name fails
        # with "Name or service not known" as on a runner without the service's DNS name)
        mounts = c.get("mounts", [])
        if mounts:
            inner = "".join(f"mount --bind {src} {dst}; " for src, dst in mounts) + inner
        subprocess.run(["unshare", "--net"] + (["--mount"] if mounts or c.get("mount_ns") else []) + ["bash", "-c", inner], check=False, timeout=c.get("timeout", 900),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rc = int(open(RCFILE).read().strip() or 0)
    finally:
        if saved:
            with open(saved[0], "w") as f:
                f.write(saved[1])
    size = os.path.getsize(base + ".log")
    if rc == 0 or size > 400_000 or size == 0:
        print(f"SKIP {cid}: rc={rc} size={size}")
        os.rename(base + ".log", base + ".rejected-log")
        return
    cls, conf, service = c["label"]
    setup = c.get("setup", "")
    if defect:
        setup = (setup + " " if setup else "") + f"One-line defect: {defect_note}."
    doc = {
        "id": "runs/" + cid,
        "ecosystem": cid.split("-")[0] if "/" not in cid else cid.split("/")[0].split("-")[0],
        "runner": c["runner"],
        "expected": {"classification": cls, "confidence": conf, "service": service},
        "condition": c["condition"],
        "why": c["why"],
        "provenance": {
            "kind": "real-run",
            "project": c["project"],
            "version": c["version"],
            "command": f"cd {c.get('cwd', root)} && env {env_str} {c['cmd']}  (inside unshare --net with lo up; exit code {rc})",
            "setup": (f"Services started in the namespace: {', '.join(SERVICE_NAMES.get(x, x) for x in c.get('services', [])) or 'none'}"
                      + (f" ({svc_env})" if svc_env else "") + ". "
                      + "".join(f"Bind-mounted {src} over {dst} (a private mount namespace). " for src, dst in c.get("mounts", []))
                      + setup).strip(),
            "date": os.environ.get("CAPTURE_DATE") or datetime.date.today().isoformat(),
        },
    }
    with open(base + ".json", "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    print(f"OK   {cid}: rc={rc} size={size} {cls}/{conf}/{service}")


def main():
    mod = runpy.run_path(sys.argv[1])
    wanted = set(sys.argv[2:])
    for case in mod["CASES"]:
        if wanted and case["id"] not in wanted and not any(case["id"].startswith(w) for w in wanted):
            continue
        run(case, mod["PROJECT"])


if __name__ == "__main__":
    main()
