import json, subprocess, sys
for f in sys.argv[1:]:
    d = json.loads(subprocess.run(["/work/notes/s29/baogao-h0", "headings", "--format", "json", f], capture_output=True).stdout)
    d = d if isinstance(d, list) else d["headings"]
    print("==", f.split("/")[-1] + ":", " | ".join(f"{h['line']}:L{h['level']} {h['marker']}{h['title']}" for h in d))
