// A command run under /usr/bin/time: its wall time and peak RSS, for the bench scripts.
import { spawnSync } from "node:child_process";

export interface Measure {
  wall: number;
  rssMB: number;
}

export function timed(cmd: string, args: string[], cwd: string): Measure & { stdout: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr.slice(-2000)}`);
  const last = r.stderr.trim().split("\n").pop()!.split(" ");
  return { wall: Number(last[0]), rssMB: Math.round(Number(last[1]) / 1024), stdout: r.stdout };
}
